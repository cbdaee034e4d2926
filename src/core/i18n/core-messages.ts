import type { KpiError, MessageParams } from "../errors";
import { functionMessagesEn } from "./en/functions";
import { sharedMessagesEn } from "./en/shared";
import { fillMessage } from "./format";
import type { Language } from "./language";
import { functionMessagesVi } from "./vi/functions";
import { sharedMessagesVi } from "./vi/shared";

/**
 * The messages that Code.js carries: custom-function errors, direction labels and the menu.
 * The rest lives in the app bundle (see messages.ts), which custom-function calls never load.
 */
export type CoreMessageKey = keyof typeof functionMessagesEn | keyof typeof sharedMessagesEn;

type Catalog = Readonly<Record<CoreMessageKey, string>>;

// Built on first use rather than at load, because Apps Script evaluates Code.js on every call.
let catalogs: Record<Language, Catalog> | undefined;

export function translateCore(language: Language, key: CoreMessageKey, params: MessageParams = {}): string {
  catalogs ??= {
    en: { ...functionMessagesEn, ...sharedMessagesEn },
    vi: { ...functionMessagesVi, ...sharedMessagesVi },
  };
  return fillMessage(catalogs[language][key], params, language);
}

/**
 * Builds the text a cell shows for a custom function's error: the function's name first, because
 * formulas nest and the user must see which function complained, then where in the ranges, then
 * what is wrong and how to fix it.
 */
export function formatFunctionError(functionName: string, error: KpiError, language: Language): string {
  const where = error.position
    ? translateCore(language, "fn.position", { row: String(error.position.row), column: String(error.position.column) })
    : "";
  return `${functionName}${where}: ${translateCore(language, error.key as CoreMessageKey, error.params)}`;
}
