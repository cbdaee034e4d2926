/**
 * The content of a cell after setValue/setValues, which Apps Script treats like text typed into Sheets.
 *
 * Rules for a string, checked in this order (none applies when the cell's number format is "@",
 * which keeps every string as literal text):
 * 1. "" empties the cell.
 * 2. A leading apostrophe forces text and is dropped ("'123" stores the text "123").
 * 3. A string starting with "=" (longer than "=") is a formula.
 * 4. TRUE or FALSE in any letter case is a boolean.
 * 5. A number in the spreadsheet locale is a number: optional sign, digits with optional grouping in
 *    threes, optional decimals, optional exponent, optional trailing "%" (divided by 100). vi_VN and
 *    de_DE read "1.234" as 1234 and "1,5" as 1.5; en_US reads "1,234" as 1234 and "1.5" as 1.5;
 *    fr_FR reads "1 234,5" as 1234.5, grouped with a narrow no-break space, a no-break space or a
 *    space. Surrounding spaces are ignored.
 * 6. A date is a Date at midnight of the spreadsheet's time zone: ISO "2026-07-15", or day, month
 *    and year in the locale's order and with its separators ("15/07/2026" or "15-07-2026" in vi_VN
 *    and fr_FR, "7/15/2026" in en_US, "15.07.2026" in de_DE), or day and month alone in the current
 *    year ("3/4", or "1.5" in de_DE). A two-digit year means 2000-2029 for 00-29 and 1930-1999 for
 *    30-99. A time "HH:mm" or "HH:mm:ss" may follow the date, or stand alone (a time on 1899-12-30).
 * 7. Any other string longer than one character that starts with "+" or "-" becomes a formula, as
 *    Sheets prefixes "=" to it ("+84 90 123" gives "=+84 90 123", an error value).
 * 8. Everything else is text.
 * Numbers, booleans and Dates are stored as given; null and undefined empty the cell.
 *
 * When the cell's format is automatic, a typed percentage sets the format "0%" (or "0.00%" when it
 * has decimals), a typed date or date-time sets the locale's date or date-time pattern, and a Date
 * object sets the locale's date-time pattern.
 */
import { CellScalar } from "./model";
import { LocaleInfo } from "./locale";
import { fromWallClock, isValidCalendarDate, wallClock } from "./dates";
import { isDate } from "./realm";

export interface InterpretedInput {
  /** Literal value; undefined empties the cell (unless `formula` is set). */
  readonly value?: CellScalar;
  readonly formula?: string;
  /** Format to apply when the cell's format is automatic. */
  readonly impliedFormat?: string;
}

export interface InputContext {
  readonly locale: LocaleInfo;
  readonly timeZone: string;
  /** The cell's current number format ("" or undefined for automatic). */
  readonly numberFormat?: string;
  /** Clock used for dates typed without a year. */
  readonly now?: () => Date;
}

export function interpretInput(input: unknown, context: InputContext): InterpretedInput {
  if (input === null || input === undefined) return {};
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  if (isDate(input)) return { value: new Date(input.getTime()), impliedFormat: context.locale.dateTimePattern };
  if (typeof input !== "string") return interpretText(String(input), context);
  return interpretText(input, context);
}

function interpretText(text: string, context: InputContext): InterpretedInput {
  if (text === "") return {};
  if (context.numberFormat === "@") return { value: text };
  if (text.startsWith("'")) return text.length > 1 ? { value: text.slice(1) } : {};
  if (text.startsWith("=") && text.length > 1) return { formula: text };

  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };

  const number = parseLocaleNumber(trimmed, context.locale);
  if (number) {
    const impliedFormat = number.percent ? (number.decimals > 0 ? "0.00%" : "0%") : undefined;
    return { value: number.value, impliedFormat };
  }

  const date = parseLocaleDate(trimmed, context);
  if (date) return date;

  if (/^[+-]/.test(text) && text.length > 1) return { formula: `=${text}` };
  return { value: text };
}

interface ParsedNumber {
  value: number;
  percent: boolean;
  /** Digits after the decimal separator, to pick a percentage format. */
  decimals: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Returns a regular-expression character class matching any one of `characters`. */
function characterClass(characters: Iterable<string>): string {
  return `[${[...characters].map((char) => char.replace(/[\\\]^-]/g, "\\$&")).join("")}]`;
}

export function parseLocaleNumber(text: string, locale: LocaleInfo): ParsedNumber | undefined {
  const groupSeparators = [locale.groupSeparator, ...locale.inputGroupSeparators];
  const group = characterClass(groupSeparators);
  const decimal = escapeRegExp(locale.decimalSeparator);
  const pattern = new RegExp(
    `^([+-]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)?(?:${decimal}(\\d+))?(?:[eE]([+-]?\\d+))?(%?)$`,
  );
  const match = pattern.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) return undefined;
  const [, sign, integerPart = "0", decimalPart = "", exponent, percentSign] = match;
  const integerDigits = integerPart.replace(new RegExp(group, "g"), "");
  const canonical = `${sign}${integerDigits}.${decimalPart || "0"}e${exponent ?? "0"}`;
  const percent = percentSign === "%";
  const value = Number(canonical);
  return { value: percent ? value / 100 : value, percent, decimals: decimalPart.length };
}

function expandYear(year: string): number {
  const value = Number(year);
  if (year.length !== 2) return value;
  return value < 30 ? 2000 + value : 1900 + value;
}

function parseLocaleDate(text: string, context: InputContext): InterpretedInput | undefined {
  const { locale, timeZone } = context;
  const time = /(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
  const timeOnly = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (timeOnly) {
    const [hour, minute, second] = [Number(timeOnly[1]), Number(timeOnly[2]), Number(timeOnly[3] ?? 0)];
    if (hour > 23 || minute > 59 || second > 59) return undefined;
    const value = fromWallClock({ year: 1899, month: 12, day: 30, hour, minute, second, millisecond: 0 }, timeZone);
    return { value, impliedFormat: locale.timePattern };
  }

  let year: number;
  let month: number;
  let day: number;
  const iso = new RegExp(/^(\d{4})-(\d{1,2})-(\d{1,2})/.source + time.source).exec(text);
  const separator = characterClass(locale.dateSeparators);
  const local = new RegExp(`^(\\d{1,2})${separator}(\\d{1,2})(?:${separator}(\\d{4}|\\d{2}))?` + time.source).exec(text);
  const match = iso ?? local;
  if (!match) return undefined;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const first = Number(local![1]);
    const second = Number(local![2]);
    [day, month] = locale.dateOrder === "DMY" ? [first, second] : [second, first];
    year = local![3] ? expandYear(local![3]) : wallClock((context.now ?? (() => new Date()))(), timeZone).year;
  }
  if (!isValidCalendarDate(year, month, day)) return undefined;

  const hasTime = match[4] !== undefined;
  const hour = Number(match[4] ?? 0);
  const minute = Number(match[5] ?? 0);
  const second = Number(match[6] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const value = fromWallClock({ year, month, day, hour, minute, second, millisecond: 0 }, timeZone);
  return { value, impliedFormat: hasTime ? locale.dateTimePattern : locale.datePattern };
}
