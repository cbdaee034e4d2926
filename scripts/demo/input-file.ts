/**
 * Checks of the demo's --input file: its extension, that it exists and is not empty, and that
 * its content matches the extension. Each failure is a DemoInputError in the chosen language.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import path from "node:path";
import type { Language } from "../../src/core/i18n/language";
import type { Emulator } from "../../emulator";
import { demoInputError } from "./messages";

export type InputKind = "csv" | "xlsx";

/** Local file header signature of a zip archive, which an .xlsx workbook is. */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Returns the kind of the --input file after checking that it is a non-empty file with a known extension. */
export function checkInputFile(file: string, language: Language): InputKind {
  const kind = /\.csv$/i.test(file) ? "csv" : /\.xlsx$/i.test(file) ? "xlsx" : undefined;
  if (!kind) throw demoInputError(language, "input.extension", { file });

  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw demoInputError(language, "input.not_found", { path: path.resolve(file), folder: process.cwd() });
    }
    throw demoInputError(language, "input.unreadable", { file, reason: (error as Error).message });
  }
  if (stats.isDirectory()) throw demoInputError(language, "input.directory", { file });
  if (stats.size === 0) throw demoInputError(language, "input.empty", { file });
  return kind;
}

/**
 * Reads a CSV file as text. UTF-8 is expected, with or without a byte-order mark, which is dropped.
 * A UTF-16 file is read when it starts with its byte-order mark.
 */
export function readCsvText(file: string, language: Language): string {
  const bytes = readBytes(file, language);
  const { encoding, bomLength } = textEncodingOf(bytes);
  if (encoding === "utf-8" && (bytes.includes(0) || startsWith(bytes, ZIP_SIGNATURE))) {
    throw demoInputError(language, "input.csv_binary", { file });
  }

  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bomLength));
  } catch {
    throw demoInputError(language, "input.csv_encoding", { file });
  }
  if (text.trim() === "") throw demoInputError(language, "input.empty", { file });
  return text;
}

/** Replaces the emulated spreadsheet's tabs with the workbook's, after checking that it is a zip archive. */
export async function importXlsxInput(emulator: Emulator, file: string, language: Language): Promise<void> {
  if (!startsWith(readHead(file, ZIP_SIGNATURE.length, language), ZIP_SIGNATURE)) {
    throw demoInputError(language, "input.xlsx_format", { file });
  }
  try {
    await emulator.importXlsx(file);
  } catch (error) {
    // exceljs rejects zip archives that are not workbooks (a renamed .docx, a damaged download).
    throw demoInputError(language, "input.xlsx_failed", { file, reason: (error as Error).message });
  }
}

function textEncodingOf(bytes: Uint8Array): { encoding: "utf-8" | "utf-16le" | "utf-16be"; bomLength: number } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: "utf-8", bomLength: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: "utf-16le", bomLength: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: "utf-16be", bomLength: 2 };
  return { encoding: "utf-8", bomLength: 0 };
}

function startsWith(bytes: Uint8Array, prefix: ArrayLike<number>): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function readBytes(file: string, language: Language): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw demoInputError(language, "input.unreadable", { file, reason: (error as Error).message });
  }
}

function readHead(file: string, length: number, language: Language): Buffer {
  const head = Buffer.alloc(length);
  try {
    const descriptor = openSync(file, "r");
    try {
      const read = readSync(descriptor, head, 0, length, 0);
      return head.subarray(0, read);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    throw demoInputError(language, "input.unreadable", { file, reason: (error as Error).message });
  }
}
