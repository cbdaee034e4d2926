import { KpiError } from "../core/errors";
import { percentText } from "../core/scorecard/summary-plan";
import { countText } from "../core/i18n/count";
import { translate } from "../core/i18n/messages";
import { SpreadsheetLocale } from "./locale";
import { buildSummaryTab } from "./scorecard";

export function showSidebar(): void {
  const language = new SpreadsheetLocale().language;
  const output = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(translate(language, "sidebar.title"));
  SpreadsheetApp.getUi().showSidebar(output);
}

export function showHelp(): void {
  const language = new SpreadsheetLocale().language;
  const ui = SpreadsheetApp.getUi();
  ui.alert(translate(language, "help.title"), translate(language, "help.body"), ui.ButtonSet.OK);
}

/** Returns an error's message without its final full stop, to sit inside a sentence. */
function sentenceOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.\s*$/, "");
}

/** Menu command: builds the summary tab, then reports the outcome in a toast or an alert. */
export function buildScorecard(): void {
  const locale = new SpreadsheetLocale();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  try {
    const outcome = buildSummaryTab(locale);
    const { overall, kpis } = outcome.result;
    const language = outcome.language;
    const params = { tab: outcome.tab, kpis: countText(language, "kpi", kpis.length), tabs: countText(language, "tab", outcome.tabsRead) };
    let message =
      overall === null
        ? translate(language, "scorecard.built_no_score", params)
        : translate(language, "scorecard.built", { ...params, score: percentText(overall, language) });
    if (outcome.historyError) message += ` ${translate(language, "scorecard.history_failed", { message: sentenceOf(new Error(outcome.historyError)) })}`;
    spreadsheet.toast(message, translate(language, "sidebar.title"), 8);
  } catch (error) {
    const language = locale.language;
    const message =
      error instanceof KpiError && error.key === "scorecard.busy"
        ? translate(language, "scorecard.busy")
        : translate(language, "scorecard.failed", { message: sentenceOf(error) });
    SpreadsheetApp.getUi().alert(message);
  }
}
