import { parseNumberText, type DecimalSeparator } from "../values/number-text";
import { foldText } from "../values/normalize";

const NO_DATA_WORDS = new Set(["", "nd", "na", "n a", "none", "khong co"]);

export function isBlank(value: unknown): boolean {
  return value === "" || value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Returns text exactly as typed, trimmed; numbers and dates as their plain text. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

/** Tells whether a cell means "no data": blank, "ND", "N/A", "-" and the like. */
export function isNoData(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (typeof value !== "string") return false;
  const text = value.trim();
  return NO_DATA_WORDS.has(foldText(text)) || /^[-–—]+$/.test(text);
}

/** Returns a value as a user would recognise it in a message, cut short if long. */
export function displayText(value: unknown): string {
  const text = isDate(value) ? (value as Date).toISOString().slice(0, 10) : String(value).trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Reads a numeric cell; blanks, "ND", "N/A", "-" and text that is not a number give null (no data). */
export function numberOf(value: unknown, decimalSeparator: () => DecimalSeparator): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || isNoData(value)) return null;
  return parseNumberText(value.trim(), decimalSeparator);
}

/** Reads a date cell; anything else gives null. */
export function dateOf(value: unknown): Date | null {
  if (!isDate(value)) return null;
  const date = value as Date;
  return Number.isNaN(date.getTime()) ? null : date;
}

// Dates from Sheets come from another realm in Apps Script and in the tests, so instanceof is unsafe.
function isDate(value: unknown): boolean {
  return Object.prototype.toString.call(value) === "[object Date]";
}
