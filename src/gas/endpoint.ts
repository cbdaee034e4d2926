import { KpiError } from "../core/errors";
import type { Language } from "../core/i18n/language";
import { translate } from "../core/i18n/messages";
import { SpreadsheetLocale } from "./locale";

/**
 * Runs a sidebar or menu action and turns a KpiError into an Error whose message is the
 * sentence in the user's language, which google.script.run hands to the failure handler.
 */
export function runEndpoint<T>(language: () => Language, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof KpiError) throw new Error(translate(language(), error.key, error.params));
    throw error;
  }
}

/**
 * Handles one sidebar request: validates it with `parse`, settles its language (the request's,
 * else the spreadsheet's), runs the work, and reports rejected input in that language.
 */
export function handleRequest<R extends { language?: Language } | undefined, T>(
  rawRequest: unknown,
  parse: (data: unknown) => R,
  work: (request: R, language: Language, locale: SpreadsheetLocale) => T,
): T {
  const locale = new SpreadsheetLocale();
  // A request that fails validation still gets its error in the language it names.
  let language: Language | undefined = requestedLanguage(rawRequest);
  return runEndpoint(
    () => language ?? locale.language,
    () => {
      const request = parse(rawRequest);
      language = request?.language ?? locale.language;
      return work(request, language, locale);
    },
  );
}

function requestedLanguage(rawRequest: unknown): Language | undefined {
  if (typeof rawRequest !== "object" || rawRequest === null) return undefined;
  const language = (rawRequest as { language?: unknown }).language;
  return language === "vi" || language === "en" ? language : undefined;
}
