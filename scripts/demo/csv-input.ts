/**
 * Import of the demo's --input CSV file. A CSV file saved where "," is the decimal separator, as
 * in Vietnamese and most European settings, usually has semicolons between fields, and some
 * exports use tabs. The delimiter is detected from the header line, decimal commas are rewritten
 * with a dot, and the emulator imports the result as Sheets' File > Import does.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Language } from "../../src/core/i18n/language";
import { translate } from "../../src/core/i18n/messages";
import { MAX_SHEET_NAME } from "../../src/core/plan/sheet-names";
import { parseNumberText } from "../../src/core/values/number-text";
import type { Emulator } from "../../emulator";
import { parseCsv } from "../../emulator/csv";
import { readCsvText } from "./input-file";
import { demoInputError, demoMessage } from "./messages";
import { csvTabName } from "./tab-name";

export type Delimiter = "," | ";" | "\t";

const DELIMITERS: readonly Delimiter[] = [",", ";", "\t"];

/** Pattern of the fields read as decimal-comma numbers, which are digits with "." or "," separators and an optional sign. */
const PLAIN_NUMBER = /^[+\-\u2212]?[\d.,\u00a0\u202f ]*\d[\d.,\u00a0\u202f ]*$/;

export interface CsvImport {
  /** Name of the tab the rows were imported into. */
  readonly tab: string;
  readonly delimiter: Delimiter;
  /** Messages for the user about the import, such as the delimiter read and a changed tab name. */
  readonly notices: string[];
}

/**
 * Imports a CSV file into a new tab of the emulated spreadsheet and deletes the tab a new
 * spreadsheet starts with, since a CSV opened as a workbook has only its own tab.
 */
export function importCsvInput(emulator: Emulator, file: string, language: Language): CsvImport {
  const text = readCsvText(file, language);
  const delimiter = detectDelimiter(text);
  let rows = parseDelimited(text, delimiter);
  if (delimiter === ";") rows = rows.map((fields) => fields.map(toDotDecimal));
  if (rows.every((fields) => fields.every((field) => field.trim() === ""))) {
    throw demoInputError(language, "input.empty", { file });
  }

  // The add-on will add its summary and history tabs, so the CSV tab must not take their names either.
  const [blank] = emulator.spreadsheet.getSheets();
  const existing = [blank.getName(), translate(language, "sheet.summary.name"), translate(language, "sheet.history.name")];
  const tab = csvTabName(file, existing);

  const fileName = path.basename(file);
  const notices: string[] = [];
  if (delimiter === ";") notices.push(demoMessage(language, "csv.semicolon", { file: fileName }));
  if (delimiter === "\t") notices.push(demoMessage(language, "csv.tab", { file: fileName }));
  if (tab.blankBase) notices.push(demoMessage(language, "tab.blank", { file: fileName, tab: tab.name }));
  if (tab.truncated) notices.push(demoMessage(language, "tab.cut", { file: fileName, tab: tab.name, max: MAX_SHEET_NAME }));
  if (tab.clashedWith) notices.push(demoMessage(language, "tab.taken", { file: fileName, tab: tab.name, wanted: tab.clashedWith }));

  // The emulator imports comma-separated files with dot decimals, so it reads a rewritten copy.
  const folder = mkdtempSync(path.join(os.tmpdir(), "kpi-demo-csv-"));
  try {
    const copy = path.join(folder, "input.csv");
    writeFileSync(copy, formatCsv(rows), "utf8");
    emulator.importCsv(copy, tab.name);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  emulator.spreadsheet.deleteSheet(blank);
  return { tab: tab.name, delimiter, notices };
}

/**
 * Returns the delimiter that occurs most often, outside quoted fields, in the first line that has
 * one, so that a title line above the header is skipped. Ties go to the comma, then the semicolon.
 * A file with no delimiter is one column, read as comma-separated.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>();
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') i += 1;
      else if (char === '"') quoted = false;
      continue;
    }
    if (char === '"' && fieldStart) {
      quoted = true;
    } else if (char === "\n" || char === "\r") {
      if (counts.size > 0) break;
      fieldStart = true;
    } else if ((DELIMITERS as readonly string[]).includes(char)) {
      counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1);
      fieldStart = true;
    } else {
      fieldStart = false;
    }
  }

  let best: Delimiter = ",";
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}

/** Splits delimited text into rows of fields with the emulator's CSV rules (RFC 4180). */
export function parseDelimited(text: string, delimiter: Delimiter): string[][] {
  return parseCsv(text, delimiter);
}

/**
 * Rewrites a number written with "," as the decimal separator ("1.234,5", "-0,75", "2,5%",
 * "1.000 ₫") as the plain number the emulator's import reads ("1234.5", "0.025", "1000"), so that
 * the spreadsheet's own decimal mark cannot misread it. Other fields stay as they are.
 */
export function toDotDecimal(field: string): string {
  const text = field.trim();
  if (!PLAIN_NUMBER.test(text) && !/^[-+]?[\d.,\s]+\s*(%|₫|đ|VNĐ|VND)$/i.test(text)) return field;
  const value = parseNumberText(text, () => ",");
  return value === null ? field : String(value);
}

/** Writes rows as comma-separated text, quoting the fields that contain a comma, a quote or a line break. */
function formatCsv(rows: readonly string[][]): string {
  const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  return rows.map((fields) => fields.map(quote).join(",")).join("\n") + "\n";
}
