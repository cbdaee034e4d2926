/** Messages of `npm run demo`: option errors, input-file errors and notices about the imported tab. */
export const demoMessagesEn = {
  "option.language":
    '--language must be vi or en, not "{value}". Run again with --language vi or --language en.',
  "option.layout": '--layout must be basic or full, not "{value}". Run again with --layout basic or --layout full.',
  "option.generate": '--generate "{value}" is invalid. Use "all" or a comma-separated list of these keys: {known}.',

  "input.extension":
    '--input must be an .xlsx or .csv file, not "{file}". Save the table as CSV or as an Excel workbook (.xlsx) and pass that file.',
  "input.not_found":
    "--input file not found: {path}. Check the file name and the folder. npm run demo reads relative paths from {folder}.",
  "input.directory": '--input "{file}" is a folder. Pass the path of a .csv or .xlsx file inside it.',
  "input.unreadable": '--input file "{file}" could not be read: {reason}. Check that the file exists and that you may read it.',
  "input.empty": '--input file "{file}" is empty. Export the KPI table again, with a header row such as KPI, Actual, Target.',
  "input.csv_binary":
    '--input file "{file}" is not a CSV text file, because it contains binary data. If it is an Excel workbook, rename it to .xlsx; otherwise save the table as CSV.',
  "input.csv_encoding":
    '--input file "{file}" is not UTF-8 text. Save it again as "CSV UTF-8" in Excel, or download it from Sheets as .csv.',
  "input.xlsx_format":
    '--input file "{file}" is not an .xlsx workbook. Open it in Excel or Sheets and save it as .xlsx (this also converts an old .xls file), or pass a .csv file.',
  "input.xlsx_failed":
    '--input file "{file}" could not be read as an .xlsx workbook: {reason}. Open it in Excel or Sheets and save it again as .xlsx.',

  "tab.taken":
    'The tab name "{wanted}" belongs to another tab (the new spreadsheet\'s first tab, or the add-on\'s summary or history tab), so "{file}" is imported as tab "{tab}".',
  "tab.cut": "The file name is longer than the {max}-character limit of a tab name, so \"{file}\" is imported as tab \"{tab}\".",
  "tab.blank": 'The file name without .csv is blank, so "{file}" is imported as tab "{tab}".',
  "csv.semicolon": '"{file}" is read as separated by semicolons, with "," as the decimal separator ("1.234,5" is 1234.5).',
  "csv.tab": '"{file}" is read as separated by tabs.',

  "run.scorecard_failed": "The add-on could not build the scorecard: {message}",
  "run.workbook_written": "Workbook written to {path}",
  "run.catalog_written.one": "{count} KPI tab written to {path}",
  "run.catalog_written.other": "{count} KPI tabs written to {path}",
} as const;

export type DemoMessageKey = keyof typeof demoMessagesEn;
