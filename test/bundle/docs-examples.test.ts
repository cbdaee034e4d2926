/**
 * Checks every example in docs/functions.md and docs/functions.vi.md through the built add-on.
 *
 * The docs follow one convention, which they explain to readers too:
 * - A sample sheet is a Markdown table whose header row is the column letters (`|   | A | B |`)
 *   and whose rows start with their row number. Every such table of a page is part of one tab.
 * - An example is a line in a fenced code block: `=FORMULA → RESULT`, or `K2: =FORMULA → RESULT`
 *   when the formula goes into that cell of the sample sheet. A range result lists the cells it
 *   fills from top to bottom, separated by " / ".
 * - Numbers, formulas and results are written as the page's locale shows them: "," between
 *   arguments and "." for decimals in English, ";" and "," in Vietnamese.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Emulator } from "../../emulator";
import { FUNCTION_NAMES, spreadsheetWithAddon, type TestLocale } from "./helpers";

interface PageStyle {
  readonly file: string;
  readonly locale: TestLocale;
  readonly decimal: "." | ",";
  readonly group: "," | ".";
  readonly argumentSeparator: "," | ";";
  readonly blank: string;
}

const PAGES: readonly PageStyle[] = [
  { file: "docs/functions.md", locale: "en_US", decimal: ".", group: ",", argumentSeparator: ",", blank: "(blank)" },
  { file: "docs/functions.vi.md", locale: "vi_VN", decimal: ",", group: ".", argumentSeparator: ";", blank: "(trống)" },
];

interface SampleCell {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

interface Example {
  readonly line: string;
  readonly cell?: string;
  /** The formula as the page writes it. */
  readonly formula: string;
  readonly results: readonly string[];
}

interface Page {
  readonly cells: readonly SampleCell[];
  readonly examples: readonly Example[];
  readonly text: string;
}

const EXAMPLE = /^(?:([A-Z]+[0-9]+): )?(=.+) → (.+)$/;
const LETTERS_HEADER = /^\|\s*\|(?:\s*[A-Z]\s*\|)+\s*$/;

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim());
}

function columnNumber(letters: string): number {
  return [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
}

function readPage(style: PageStyle): Page {
  const text = readFileSync(path.resolve(__dirname, "../..", style.file), "utf8");
  const lines = text.split("\n");
  const cells: SampleCell[] = [];
  const examples: Example[] = [];
  let inCode = false;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.startsWith("```")) {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      const match = EXAMPLE.exec(line);
      if (match) examples.push({ line, cell: match[1], formula: match[2], results: match[3].split(" / ") });
      continue;
    }
    if (LETTERS_HEADER.test(line)) {
      const columns = tableCells(line).slice(1).map(columnNumber);
      index += 2;
      for (; index < lines.length && lines[index].startsWith("|"); index++) {
        const [rowText, ...values] = tableCells(lines[index]);
        values.forEach((value, offset) => {
          if (value !== "") cells.push({ row: Number(rowText), column: columns[offset], text: value });
        });
      }
    }
  }
  return { cells, examples, text };
}

/** Reads a number as the page writes it ("1,350,000,000" or "1.350.000.000", "5%"), or returns null. */
function pageNumber(text: string, style: PageStyle): number | null {
  const group = style.group === "," ? "," : "\\.";
  const decimal = style.decimal === "." ? "\\." : ",";
  const match = new RegExp(`^(-?(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}\\d+)?)(%?)$`).exec(text);
  if (!match) return null;
  const plain = match[1].split(style.group).join("").replace(style.decimal, ".");
  return Number(plain) / (match[2] ? 100 : 1);
}

function decimalsOf(text: string, style: PageStyle): number {
  const fraction = text.split(style.decimal)[1];
  return fraction === undefined ? 0 : fraction.replace("%", "").length + (text.endsWith("%") ? 2 : 0);
}

/** Splits a formula into quoted strings and the rest, so separators inside text stay untouched. */
function outsideQuotes(formula: string, rewrite: (part: string) => string): string {
  return formula
    .split(/("[^"]*")/)
    .map((part) => (part.startsWith('"') ? part : rewrite(part)))
    .join("");
}

/** Rewrites a page's formula into the form setFormula takes: "," between arguments, "." for decimals. */
function canonicalFormula(formula: string, style: PageStyle): string {
  if (style.argumentSeparator === ",") return formula;
  return outsideQuotes(formula, (part) => part.replace(/,/g, ".").replace(/;/g, ","));
}

function writeSampleSheet(emulator: Emulator, cells: readonly SampleCell[], style: PageStyle): void {
  const sheet = emulator.spreadsheet.getSheets()[0];
  for (const cell of cells) {
    const range = sheet.getRange(cell.row, cell.column);
    const number = pageNumber(cell.text, style);
    if (number === null) range.setNumberFormat("@").setValue(cell.text);
    else range.setValue(number);
  }
}

function checkResult(actual: unknown, expected: string, style: PageStyle, where: string): void {
  if (expected === "#ERROR!" || expected === "∞") {
    expect([where, actual]).toEqual([where, expected]);
    return;
  }
  if (expected === style.blank) {
    expect([where, actual]).toEqual([where, ""]);
    return;
  }
  const number = pageNumber(expected, style);
  if (number === null) throw new Error(`${where}: "${expected}" is not a result the docs' convention allows`);
  const tolerance = 0.5 * Math.pow(10, -decimalsOf(expected, style)) + 1e-9 * Math.abs(number);
  const close = typeof actual === "number" && Math.abs(actual - number) <= tolerance;
  expect([where, actual, close]).toEqual([where, actual, true]);
}

describe.each(PAGES)("$file", (style) => {
  const page = readPage(style);

  test("has examples and a sample sheet", () => {
    expect(page.examples.length).toBeGreaterThan(20);
    expect(page.cells.length).toBeGreaterThan(40);
  });

  test.each(FUNCTION_NAMES)("documents %s with its syntax and an example", (name) => {
    expect(page.text).toContain(`\n## ${name}\n`);
    expect(page.text).toMatch(new RegExp(`\`\`\`text\\n${name}\\(`));
    expect(page.examples.some((example) => example.formula.startsWith(`=${name}(`))).toBe(true);
  });

  test(`writes formulas with "${style.argumentSeparator}" between arguments`, () => {
    for (const { formula } of page.examples) {
      outsideQuotes(formula, (part) => {
        if (style.argumentSeparator === ",") {
          expect([formula, part.includes(";")]).toEqual([formula, false]);
        } else {
          expect([formula, /,(?!\d)|(?<!\d),/.test(part)]).toEqual([formula, false]);
        }
        return part;
      });
    }
  });

  test("every example in the sample sheet gives its result", () => {
    const emulator = spreadsheetWithAddon(style.locale);
    writeSampleSheet(emulator, page.cells, style);
    const sheet = emulator.spreadsheet.getSheets()[0];

    for (const example of page.examples.filter((item) => item.cell !== undefined)) {
      const anchor = sheet.getRange(example.cell as string);
      anchor.setFormula(canonicalFormula(example.formula, style));
      const values = sheet.getRange(anchor.getRow(), anchor.getColumn(), example.results.length + 1, 1).getValues();

      example.results.forEach((expected, offset) => checkResult(values[offset][0], expected, style, `${example.line} (row ${offset + 1})`));
      expect([example.line, values[example.results.length][0]]).toEqual([example.line, ""]);
    }
  });

  test("every example with values only gives its result", () => {
    for (const example of page.examples.filter((item) => item.cell === undefined)) {
      const emulator = spreadsheetWithAddon(style.locale);
      const sheet = emulator.spreadsheet.getSheets()[0];
      sheet.getRange("A1").setFormula(canonicalFormula(example.formula, style));
      const values = sheet.getRange(1, 1, example.results.length + 1, 1).getValues();

      example.results.forEach((expected, offset) => checkResult(values[offset][0], expected, style, example.line));
      expect([example.line, values[example.results.length][0]]).toEqual([example.line, ""]);
    }
  });
});
