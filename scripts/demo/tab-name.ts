import path from "node:path";
import { freeSheetName, MAX_SHEET_NAME } from "../../src/core/plan/sheet-names";

/** The tab name a CSV file gets, and why it differs from the file's base name. */
export interface CsvTabName {
  readonly name: string;
  /** The name another tab already has, which the file's name would have given. */
  readonly clashedWith?: string;
  /** Whether the file name was cut to MAX_SHEET_NAME. */
  readonly truncated: boolean;
  /** Whether the base name was blank, so that the whole file name is used. */
  readonly blankBase: boolean;
}

/** Intl.Segmenter exists in Node 16 and later, but the project's tsconfig lib (ES2020) does not declare it. */
interface GraphemeSegmenter {
  segment(text: string): Iterable<{ segment: string }>;
}
const { Segmenter } = Intl as unknown as {
  Segmenter: new (locale: string | undefined, options: { granularity: "grapheme" }) => GraphemeSegmenter;
};

/**
 * Names the tab of a CSV file after the file's base name without ".csv", in NFC form, with control
 * characters such as line breaks made spaces. Names longer than Sheets' limit are cut between
 * grapheme clusters, so no surrogate pair or accent mark is split. A name that `existing` has (in
 * any letter case) gets a " (2)" suffix from freeSheetName. Other characters stay, as in the add-on's
 * own tab names, and the emulator's .xlsx export replaces those that Excel forbids.
 */
export function csvTabName(file: string, existing: readonly string[]): CsvTabName {
  const fileName = path.basename(file);
  const clean = (text: string) => text.normalize("NFC").replace(/\p{Cc}+/gu, " ").trim();
  let base = clean(fileName.replace(/\.csv$/i, ""));
  const blankBase = base === "";
  if (blankBase) base = clean(fileName);

  const cutName = cutToLength(base, MAX_SHEET_NAME);
  // freeSheetName cuts by UTF-16 code units to make room for " (n)", which could split a character.
  // It adds a suffix only when the name equals one of the short names in `existing`, so nothing is cut.
  const name = freeSheetName(existing, cutName);
  return { name, clashedWith: name === cutName ? undefined : cutName, truncated: cutName !== base, blankBase };
}

/** Cuts `text` to at most `max` UTF-16 code units at a grapheme cluster boundary, dropping trailing spaces. */
export function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = "";
  for (const { segment } of new Segmenter(undefined, { granularity: "grapheme" }).segment(text)) {
    if (cut.length + segment.length > max) break;
    cut += segment;
  }
  return cut.trimEnd();
}
