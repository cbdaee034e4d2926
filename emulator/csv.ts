/**
 * CSV import into a new tab, as Sheets' File > Import does with its default "convert text to
 * numbers, dates and formulas" turned on, except for formulas.
 *
 * Parsing follows RFC 4180. Quoted fields may contain commas, line breaks and doubled quotes. Lines
 * end with CRLF or LF, and a UTF-8 byte-order mark is dropped. Conversion of each field:
 * - "" stays an empty cell;
 * - a plain decimal number with a dot ("80", "-3", "97.05882352941177", "1e3") becomes a number,
 *   whatever the spreadsheet locale, because data files use the dot;
 * - an ISO date "2021-01-31" becomes a Date at midnight in the spreadsheet's time zone;
 * - TRUE and FALSE in any letter case become booleans;
 * - everything else ("NA", "ND", "1,5", "=A1") stays text.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CellScalar, SheetModel } from "./model";
import { SpreadsheetState } from "./state";
import { checkSheetName } from "./sheet";
import { addSheet } from "./spreadsheet";
import { fromWallClock, isValidCalendarDate } from "./dates";

/** Splits CSV text into rows of fields; `delimiter` is "," unless a file uses ";" or a tab. */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
      continue;
    }
    if (char === '"' && field === "") {
      quoted = true;
    } else if (char === delimiter) {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && input[i + 1] === "\n") i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += char;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function convertCsvField(field: string, timeZone: string): CellScalar | undefined {
  if (field === "") return undefined;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(field)) return Number(field);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(field);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (isValidCalendarDate(year, month, day)) {
      return fromWallClock({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
    }
  }
  if (/^(true|false)$/i.test(field)) return field.toLowerCase() === "true";
  return field;
}

export function importCsv(state: SpreadsheetState, file: string, tabName?: string): SheetModel {
  const rows = parseCsv(fs.readFileSync(file, "utf8"));
  const name = checkSheetName(state, tabName ?? path.basename(file, path.extname(file)));
  const sheet = addSheet(state, name);
  sheet.maxRows = Math.max(sheet.maxRows, rows.length);
  sheet.maxColumns = Math.max(sheet.maxColumns, ...rows.map((row) => row.length));
  rows.forEach((fields, r) =>
    fields.forEach((field, c) => {
      const value = convertCsvField(field, state.timeZone);
      if (value === undefined) return;
      state.writeLiteral(sheet, r + 1, c + 1, value);
      if (value instanceof Date) sheet.ensureCell(r + 1, c + 1).numberFormat = state.locale.datePattern;
    }),
  );
  state.contentChanged(sheet);
  return sheet;
}
