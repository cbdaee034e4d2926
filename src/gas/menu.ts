import { KpiError } from "../core/errors";
import { translate, formatNumberForText } from "../core/i18n/messages";
import { buildSummaryTab } from "./scorecard";
import { SpreadsheetLocale, userLanguage } from "./locale";

/**
 * Adds the add-on menu. Runs in AuthMode.NONE when the add-on is installed but not yet used in
 * this file, so it only builds the menu and reads the user's locale: no document, no properties.
 */
export function onOpen(): void {
  const language = userLanguage();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(translate(language, "menu.open_sidebar"), "showSidebar")
    .addItem(translate(language, "menu.build_scorecard"), "buildScorecard")
    .addSeparator()
    .addItem(translate(language, "menu.help"), "showHelp")
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

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

/** Menu command: builds the summary tab, then reports the outcome in a toast or an alert. */
export function buildScorecard(): void {
  const locale = new SpreadsheetLocale();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  try {
    const outcome = buildSummaryTab(locale);
    const { overall, kpis } = outcome.result;
    const params = { tab: outcome.tab, kpis: kpis.length, tabs: outcome.tabsRead };
    const message =
      overall === null
        ? translate(outcome.language, "scorecard.built_no_score", params)
        : translate(outcome.language, "scorecard.built", { ...params, score: `${formatNumberForText(Math.round(overall * 1000) / 10, outcome.language)}%` });
    spreadsheet.toast(message, translate(outcome.language, "sidebar.title"), 8);
  } catch (error) {
    const language = locale.language;
    const ui = SpreadsheetApp.getUi();
    const message =
      error instanceof KpiError && error.key === "scorecard.busy"
        ? translate(language, "scorecard.busy")
        : translate(language, "scorecard.failed", { message: error instanceof Error ? error.message : String(error) });
    ui.alert(message);
  }
}
