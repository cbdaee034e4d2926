import type { KpiError, MessageParams } from "../errors";
import { functionMessagesEn } from "./en/functions";
import { sheetMessagesEn } from "./en/sheet";
import { uiMessagesEn } from "./en/ui";
import type { Language } from "./language";
import { functionMessagesVi } from "./vi/functions";
import { sheetMessagesVi } from "./vi/sheet";
import { uiMessagesVi } from "./vi/ui";

export type MessageKey = keyof typeof functionMessagesEn | keyof typeof sheetMessagesEn | keyof typeof uiMessagesEn;
type Catalog = Readonly<Record<MessageKey, string>>;

// Built on first use rather than at load, because Apps Script evaluates the bundle on every call.
let catalogs: Record<Language, Catalog> | undefined;

function catalogOf(language: Language): Catalog {
  catalogs ??= {
    en: { ...functionMessagesEn, ...sheetMessagesEn, ...uiMessagesEn },
    vi: { ...functionMessagesVi, ...sheetMessagesVi, ...uiMessagesVi },
  };
  return catalogs[language];
}

/** Renders a number for a sentence: up to 12 significant digits, "," as decimal mark in Vietnamese. */
export function formatNumberForText(value: number, language: Language): string {
  const text = String(Number(value.toPrecision(12)));
  return language === "vi" ? text.replace(".", ",") : text;
}

/** Fills "{name}" placeholders of a message; numbers are written in the language's style. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return catalogOf(language)[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? formatNumberForText(value, language) : value;
  });
}

/**
 * Builds the text a cell shows for a custom function's error: the function's name first, because
 * formulas nest and the user must see which function complained, then where in the ranges, then
 * what is wrong and how to fix it.
 */
export function formatFunctionError(functionName: string, error: KpiError, language: Language): string {
  const where = error.position
    ? translate(language, "fn.position", { row: error.position.row, column: error.position.column })
    : "";
  return `${functionName}${where}: ${translate(language, error.key, error.params)}`;
}
