import type { MessageParams } from "../../src/core/errors";
import { fillMessage } from "../../src/core/i18n/format";
import type { Language } from "../../src/core/i18n/language";
import { demoMessagesEn, type DemoMessageKey } from "./messages-en";
import { demoMessagesVi } from "./messages-vi";

export type { DemoMessageKey } from "./messages-en";

const catalogs: Record<Language, Readonly<Record<DemoMessageKey, string>>> = { en: demoMessagesEn, vi: demoMessagesVi };

/** Returns a demo message in the given language, placeholders filled. */
export function demoMessage(language: Language, key: DemoMessageKey, params: MessageParams = {}): string {
  return fillMessage(catalogs[language][key], params, language);
}

/**
 * A problem with the demo's options or input file that the user can fix. The command line prints
 * only its message, which is already in the chosen language, and exits with status 1.
 */
export class DemoInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DemoInputError";
  }
}

/** Creates a DemoInputError with a catalog message. */
export function demoInputError(language: Language, key: DemoMessageKey, params: MessageParams = {}): DemoInputError {
  return new DemoInputError(demoMessage(language, key, params));
}
