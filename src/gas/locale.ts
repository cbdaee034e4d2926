import { languageOfLocale, type Language } from "../core/i18n/language";
import { decimalSeparatorOfLocale, type DecimalSeparator } from "../core/values/number-text";

/**
 * The spreadsheet's locale, read at most once per execution and only when something needs it:
 * a plain numeric custom-function call never makes this service call.
 */
export class SpreadsheetLocale {
  private locale: string | undefined;

  get code(): string {
    this.locale ??= SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
    return this.locale;
  }

  get language(): Language {
    return languageOfLocale(this.code);
  }

  readonly decimalSeparator = (): DecimalSeparator => decimalSeparatorOfLocale(this.code);
}

/** Returns the language of the user's own Google account; safe in AuthMode.NONE. */
export function userLanguage(): Language {
  return languageOfLocale(Session.getActiveUserLocale());
}
