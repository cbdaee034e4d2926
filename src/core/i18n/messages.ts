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
  return fillMessage(catalogs[language][key], params, language);
}
