/**
 * Spreadsheet locales the emulator supports: separators, date order and default patterns.
 *
 * Sheets shows formulas in the formula bar with ";" between function arguments in decimal-comma
 * locales such as de_DE and fr_FR. Apps Script never exposes that form: setFormula, setFormulas and
 * getFormula use English function names and commas in every locale, so the emulator stores and
 * returns only that canonical form.
 */
import { notEmulated } from "./errors";

export interface LocaleInfo {
  readonly id: string;
  readonly decimalSeparator: string;
  /** Separator that number formats with "," show between groups of three digits. */
  readonly groupSeparator: string;
  /** Separators also read as group separators in typed numbers, besides `groupSeparator`. */
  readonly inputGroupSeparators: readonly string[];
  /** Order of day and month in typed dates such as "15/07/2026" or "7/15/2026". */
  readonly dateOrder: "DMY" | "MDY";
  /** Characters that separate day, month and year in typed dates (ISO "2026-07-15" works in every locale). */
  readonly dateSeparators: string;
  /** Patterns Sheets gives a cell with automatic format when a date, date-time or time is entered. */
  readonly datePattern: string;
  readonly dateTimePattern: string;
  readonly timePattern: string;
  /** Name of a new spreadsheet's sheets before the number ("Sheet" gives Sheet1, Sheet2...). */
  readonly sheetNamePrefix: string;
}

/** U+202F, the narrow no-break space that French typography puts between groups of digits. */
const NARROW_NO_BREAK_SPACE = "\u202f";

// NOTE: the default date patterns below are the usual short formats of each locale, and the de_DE
// and fr_FR sheet names, date separators and group separators follow common usage in those
// countries. None of them is confirmed against what Sheets shows in a spreadsheet of that locale.
const LOCALES: Record<string, LocaleInfo> = {
  vi_VN: {
    id: "vi_VN",
    decimalSeparator: ",",
    groupSeparator: ".",
    inputGroupSeparators: [],
    dateOrder: "DMY",
    dateSeparators: "/-",
    datePattern: "dd/MM/yyyy",
    dateTimePattern: "dd/MM/yyyy HH:mm:ss",
    timePattern: "HH:mm:ss",
    sheetNamePrefix: "Trang tính",
  },
  en_US: {
    id: "en_US",
    decimalSeparator: ".",
    groupSeparator: ",",
    inputGroupSeparators: [],
    dateOrder: "MDY",
    dateSeparators: "/-",
    datePattern: "M/d/yyyy",
    dateTimePattern: "M/d/yyyy H:mm:ss",
    timePattern: "h:mm:ss am/pm",
    sheetNamePrefix: "Sheet",
  },
  en_GB: {
    id: "en_GB",
    decimalSeparator: ".",
    groupSeparator: ",",
    inputGroupSeparators: [],
    dateOrder: "DMY",
    dateSeparators: "/-",
    datePattern: "dd/MM/yyyy",
    dateTimePattern: "dd/MM/yyyy HH:mm:ss",
    timePattern: "HH:mm:ss",
    sheetNamePrefix: "Sheet",
  },
  de_DE: {
    id: "de_DE",
    decimalSeparator: ",",
    groupSeparator: ".",
    inputGroupSeparators: [],
    dateOrder: "DMY",
    dateSeparators: ".",
    datePattern: "dd.MM.yyyy",
    dateTimePattern: "dd.MM.yyyy HH:mm:ss",
    timePattern: "HH:mm:ss",
    sheetNamePrefix: "Tabellenblatt",
  },
  fr_FR: {
    id: "fr_FR",
    decimalSeparator: ",",
    groupSeparator: NARROW_NO_BREAK_SPACE,
    inputGroupSeparators: ["\u00a0", " "],
    dateOrder: "DMY",
    dateSeparators: "/-",
    datePattern: "dd/MM/yyyy",
    dateTimePattern: "dd/MM/yyyy HH:mm:ss",
    timePattern: "HH:mm:ss",
    sheetNamePrefix: "Feuille ",
  },
};

export function localeInfo(locale: string): LocaleInfo {
  return LOCALES[locale] ?? notEmulated(`spreadsheet locale ${locale} (emulated: ${Object.keys(LOCALES).join(", ")})`);
}
