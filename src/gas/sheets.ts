/** Longest tab name Sheets accepts. */
const MAX_SHEET_NAME = 100;

/**
 * Returns `wanted`, or `wanted (2)`, `wanted (3)`… when a tab already has that name. Sheets
 * compares tab names without regard to letter case, so this does too.
 */
export function freeSheetName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const base = wanted.slice(0, MAX_SHEET_NAME);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Returns a link that opens a tab of the current spreadsheet. */
export function sheetUrl(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet): string {
  return `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}`;
}
