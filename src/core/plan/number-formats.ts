import type { Unit } from "../catalog/schema";

export const TEXT_FORMAT = "@";
export const PERCENT_FORMAT = "0%";

/** Returns the number format of a value in a unit (VND has no decimals); null keeps the automatic format. */
export function unitFormat(unit: Unit): string | null {
  switch (unit) {
    case "percent":
      return "0.0%";
    case "vnd":
      return '#,##0 "₫"';
    case "count":
      return "#,##0";
    case "ratio":
      return '0.0"×"';
    default:
      return null;
  }
}

/** Returns the date format that readers of a spreadsheet locale expect: month first only in en_US. */
export function dateFormat(locale: string): string {
  return /^en[_-]US$/i.test(locale) ? "mm/dd/yyyy" : "dd/mm/yyyy";
}

export function dateTimeFormat(locale: string): string {
  return `${dateFormat(locale)} hh:mm`;
}
