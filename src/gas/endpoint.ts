import { KpiError } from "../core/errors";
import type { Language } from "../core/i18n/language";
import { translate } from "../core/i18n/messages";

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
