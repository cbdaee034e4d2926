import type { MessageParams } from "../errors";
import type { CoreMessageKey } from "./core-messages";
import { functionMessagesEn } from "./en/functions";
import { sharedMessagesEn } from "./en/shared";
import { sheetMessagesEn } from "./en/sheet";
import { uiMessagesEn } from "./en/ui";
import { fillMessage } from "./format";
import type { Language } from "./language";
import { functionMessagesVi } from "./vi/functions";
import { sharedMessagesVi } from "./vi/shared";
import { sheetMessagesVi } from "./vi/sheet";
import { uiMessagesVi } from "./vi/ui";

export type MessageKey = CoreMessageKey | keyof typeof sheetMessagesEn | keyof typeof uiMessagesEn;
type Catalog = Readonly<Record<MessageKey, string>>;

let catalogs: Record<Language, Catalog> | undefined;

/** Returns a message of any area in the given language, placeholders filled. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  catalogs ??= {
    en: { ...functionMessagesEn, ...sharedMessagesEn, ...sheetMessagesEn, ...uiMessagesEn },
    vi: { ...functionMessagesVi, ...sharedMessagesVi, ...sheetMessagesVi, ...uiMessagesVi },
  };
  const catalog = catalogs[language];
  return fillMessage(catalog[key], withHeaderLabels(params, catalog), language);
}

// Replaces column keys with their header labels, which live in this catalog and not in Code.js.
function withHeaderLabels(params: MessageParams, catalog: Catalog): MessageParams {
  const entries = Object.entries(params);
  if (!entries.some(([, value]) => typeof value === "object" && "headers" in value)) return params;
  return Object.fromEntries(
    entries.map(([name, value]) => [
      name,
      typeof value === "object" && "headers" in value
        ? value.headers.map((key) => catalog[`sheet.header.${key}` as MessageKey] ?? key).join(", ")
        : value,
    ]),
  );
}
