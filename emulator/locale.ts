/** Spreadsheet locales the emulator knows: separators, date order and default patterns. */
import { notEmulated } from "./errors";

export interface LocaleInfo {
  readonly id: string;
  readonly decimalSeparator: string;
  readonly groupSeparator: string;
  /** Order of day and month in typed dates such as "15/07/2026" or "7/15/2026". */
  readonly dateOrder: "DMY" | "MDY";
  /** Patterns Sheets gives a cell with automatic format when a date, date-time or time is entered. */
  readonly datePattern: string;
  readonly dateTimePattern: string;
  readonly timePattern: string;
  /** Name of a new spreadsheet's sheets before the number ("Sheet" gives Sheet1, Sheet2...). */
  readonly sheetNamePrefix: string;
}

// NOTE: the default date patterns below are the usual short formats of each locale; they are not
// confirmed against what getNumberFormat returns in Sheets after a date is typed.
const LOCALES: Record<string, LocaleInfo> = {
  vi_VN: {
    id: "vi_VN",
    decimalSeparator: ",",
    groupSeparator: ".",
    dateOrder: "DMY",
    datePattern: "dd/MM/yyyy",
    dateTimePattern: "dd/MM/yyyy HH:mm:ss",
    timePattern: "HH:mm:ss",
    sheetNamePrefix: "Trang tính",
  },
  en_US: {
    id: "en_US",
    decimalSeparator: ".",
    groupSeparator: ",",
    dateOrder: "MDY",
    datePattern: "M/d/yyyy",
    dateTimePattern: "M/d/yyyy H:mm:ss",
    timePattern: "h:mm:ss am/pm",
    sheetNamePrefix: "Sheet",
  },
  en_GB: {
    id: "en_GB",
    decimalSeparator: ".",
    groupSeparator: ",",
    dateOrder: "DMY",
    datePattern: "dd/MM/yyyy",
    dateTimePattern: "dd/MM/yyyy HH:mm:ss",
    timePattern: "HH:mm:ss",
    sheetNamePrefix: "Sheet",
  },
};

export function localeInfo(locale: string): LocaleInfo {
  return LOCALES[locale] ?? notEmulated(`spreadsheet locale ${locale} (emulated: ${Object.keys(LOCALES).join(", ")})`);
}
