/** Returns a link that opens a tab of the current spreadsheet. */
export function sheetUrl(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet): string {
  return `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}`;
}
