import type { Language } from "../core/i18n/language";
import { translate } from "../core/i18n/messages";
import { HISTORY_WIDTH, historyFormats, historyHeader, historyRow } from "../core/scorecard/history";
import type { ScorecardResult } from "../core/scorecard/result";
import { growTo } from "./apply-plan";
import { METADATA } from "./owned-tabs";
import { freeSheetName } from "../core/plan/sheet-names";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Appends this build's scores to the history tab, creating the tab the first time, and redraws
 * its trend chart over every row. Rows typed or added by users are kept: only a new row is written.
 */
export function appendHistory(
  spreadsheet: Spreadsheet,
  history: Sheet | undefined,
  names: readonly string[],
  result: ScorecardResult,
  options: { language: Language; locale: string; builtAt: Date },
): void {
  const sheet = history ?? createHistory(spreadsheet, names, options.language);
  const row = sheet.getLastRow() + 1;
  growTo(sheet, row, HISTORY_WIDTH);
  const range = sheet.getRange(row, 1, 1, HISTORY_WIDTH);
  range.setNumberFormats([historyFormats(options.locale)]);
  range.setValues([historyRow(result, options.builtAt)]);

  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .addRange(sheet.getRange(1, 1, row, HISTORY_WIDTH))
      .setNumHeaders(1)
      .setPosition(2, HISTORY_WIDTH + 2, 0, 0)
      .setOption("title", translate(options.language, "sheet.history.chart_title"))
      .build(),
  );
}

function createHistory(spreadsheet: Spreadsheet, names: readonly string[], language: Language): Sheet {
  const sheet = spreadsheet.insertSheet(freeSheetName(names, translate(language, "sheet.history.name")), names.length);
  const header = sheet.getRange(1, 1, 1, HISTORY_WIDTH);
  header.setNumberFormat("@");
  header.setValues([historyHeader(language)]);
  header.setFontWeight("bold");
  sheet.setFrozenRows(1);
  sheet.addDeveloperMetadata(METADATA.history);
  return sheet;
}
