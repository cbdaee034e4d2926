/** A1 notation: column letters, cell and range references, quoted sheet names. */
import { fail } from "./errors";

export interface GridRect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export function columnToLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const char of letters.toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
  return column;
}

export function formatA1(rect: GridRect): string {
  const start = columnToLetters(rect.column) + rect.row;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${columnToLetters(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
}

/**
 * Parses "B2", "A1:C3", "A:C" (whole columns) or "2:4" (whole rows) within a sheet of the given size.
 * Throws Apps Script's "Range not found" for anything else.
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridRect {
  const text = a1.replace(/\$/g, "").trim().toUpperCase();
  const [startText, endText = startText] = text.split(":");
  const start = parseEndpoint(startText);
  const end = parseEndpoint(endText);
  if (!start || !end || text.split(":").length > 2) fail("Range not found");
  const firstRow = start.row ?? 1;
  const lastRow = end.row ?? maxRows;
  const firstColumn = start.column ?? 1;
  const lastColumn = end.column ?? maxColumns;
  const row = Math.min(firstRow, lastRow);
  const column = Math.min(firstColumn, lastColumn);
  return {
    row,
    column,
    numRows: Math.max(firstRow, lastRow) - row + 1,
    numColumns: Math.max(firstColumn, lastColumn) - column + 1,
  };
}

function parseEndpoint(text: string | undefined): { row?: number; column?: number } | undefined {
  const match = /^([A-Z]{0,3})(\d*)$/.exec(text ?? "");
  if (!match || (!match[1] && !match[2])) return undefined;
  const row = match[2] ? Number(match[2]) : undefined;
  if (row === 0) return undefined;
  return { column: match[1] ? lettersToColumn(match[1]) : undefined, row };
}

/** Splits "'Q3''26 KD'!A1:B2" into the sheet name and the A1 part; the sheet part is optional. */
export function splitSheetReference(reference: string): { sheetName?: string; a1: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(reference);
  if (quoted) return { sheetName: quoted[1].replace(/''/g, "'"), a1: quoted[2] };
  const bang = reference.lastIndexOf("!");
  if (bang > 0) return { sheetName: reference.slice(0, bang), a1: reference.slice(bang + 1) };
  return { a1: reference };
}

/** Returns the sheet name as a formula needs it: bare when it is a plain identifier, else quoted. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
