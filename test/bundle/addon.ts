import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Emulator } from "../../emulator";
import { DIST, loadAddon } from "../../scripts/demo/load-addon";

export { loadAddon, DIST };

/** Reads a file of dist/, failing with the fix when the build has not run. */
export function readDist(file: string): string {
  const full = path.join(DIST, file);
  if (!existsSync(full)) throw new Error(`${full} is missing: run "npm run build" first (npm test does).`);
  return readFileSync(full, "utf8");
}

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Generates KPI tabs through the sidebar endpoint and returns the created tabs. */
export function generate(emulator: Emulator, request: Record<string, unknown>): Sheet[] {
  const response = emulator.run("generateKpiTabs", [request]) as { created: { name: string }[] };
  return response.created.map((tab) => emulator.spreadsheet.getSheetByName(tab.name) as Sheet);
}

/** Returns the 1-based column of a header in a tab's header row. */
export function columnOf(sheet: Sheet, headerRow: number, header: string): number {
  const headers = sheet.getRange(headerRow, 1, 1, sheet.getLastColumn()).getValues()[0];
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`No column "${header}" in ${sheet.getName()}: ${headers.join(" | ")}`);
  return index + 1;
}

/** Adds a tab typed by a user, values written as typed. */
export function addUserTab(emulator: Emulator, name: string, rows: unknown[][]): Sheet {
  const sheet = emulator.spreadsheet.insertSheet(name);
  const width = Math.max(...rows.map((row) => row.length));
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((row) => [...row, ...new Array(width - row.length).fill("")]));
  return sheet;
}

/** Snapshot of everything a user could see in a tab, to prove a tab was left untouched. */
export function snapshot(sheet: Sheet): unknown {
  const range = sheet.getDataRange();
  return { name: sheet.getName(), values: range.getValues(), formulas: range.getFormulas(), notes: range.getNotes() };
}

export const SHARED_DATA = path.resolve(__dirname, "../../../shared/data");

/**
 * Declares a describe block that needs a public data file. Jest runs a skipped block's body to
 * collect its tests, so without the file the body is not run at all. A single skipped test
 * gives the reason instead.
 */
export function describeWithFile(file: string, name: string, body: () => void): void {
  if (existsSync(file)) {
    describe(name, body);
    return;
  }
  console.warn(`Skipping "${name}": ${file} is absent.`);
  describe(name, () => test.skip(`needs ${file}`, () => undefined));
}
