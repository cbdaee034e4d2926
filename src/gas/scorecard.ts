import type { Language } from "../core/i18n/language";
import { computeScorecard, type ScorecardComputation, type ScorecardOptions, type TabValues } from "../core/scorecard/result";
import type { ColumnMapping } from "../core/scorecard/read-table";
import { planSummary, SUMMARY_LAYOUT } from "../core/scorecard/summary-plan";
import { applyPlan } from "./apply-plan";
import { appendHistory } from "./history";
import { columnMappings, idsWithKey, listTabs, METADATA, ownedIds, type Tab } from "./owned-tabs";
import { withDocumentLock } from "./lock";
import { SpreadsheetLocale } from "./locale";
import { freeSheetName } from "../core/plan/sheet-names";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;


export interface BuildOutcome extends ScorecardComputation {
  readonly tab: string;
  readonly tabsRead: number;
  readonly language: Language;
  /** Why the history row was not added, when it was not. */
  readonly historyError?: string;
}

/**
 * Builds the summary tab and swaps it in for the previous one. The new tab is written in full
 * first, so a failure leaves the old summary as it was. A user's own tab that happens to carry
 * the summary's name is never touched: only a tab marked with METADATA.summary is replaced.
 */
export function buildSummaryTab(locale: SpreadsheetLocale): BuildOutcome {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const unfinished = idsWithKey(spreadsheet, METADATA.building);
    const previousId = idsWithKey(spreadsheet, METADATA.summary)[0];
    const historyId = idsWithKey(spreadsheet, METADATA.history)[0];
    const tabs = listTabs(spreadsheet);
    for (const tab of tabs) if (unfinished.includes(tab.id)) spreadsheet.deleteSheet(tab.sheet);

    const live = tabs.filter((tab) => !unfinished.includes(tab.id));
    const previous = live.find((tab) => tab.id === previousId);
    const history = live.find((tab) => tab.id === historyId);
    const sources = live.filter((tab) => tab !== previous && tab !== history);
    const language = locale.language;
    const mappings = columnMappings(spreadsheet);
    const computation = computeScorecard(
      sources.map((tab) => readTab(tab, mappings)),
      scorecardOptions(spreadsheet, locale),
    );

    const builtAt = new Date();
    const plan = planSummary({
      result: computation.result,
      language,
      locale: locale.code,
      map: computation.map,
      attention: computation.attention,
      mission: previous ? missionOf(previous.sheet) : "",
      builtAt,
      sheetIds: Object.fromEntries(sources.map((tab) => [tab.name, tab.id])),
    });

    const names = live.map((tab) => tab.name);
    const draft = spreadsheet.insertSheet(freeSheetName(names, `${plan.name} …`), 0);
    draft.addDeveloperMetadata(METADATA.building);
    try {
      applyPlan(draft, plan);
    } catch (error) {
      spreadsheet.deleteSheet(draft);
      throw error;
    }

    const tab = swapIn(spreadsheet, draft, previous, names, plan.name);
    let historyError: string | undefined;
    try {
      appendHistory(spreadsheet, history?.sheet, [...names, tab], computation.result, { language, locale: locale.code, builtAt });
    } catch (error) {
      // The summary is already in place, so the build succeeded; the user is told the history was not.
      historyError = error instanceof Error ? error.message : String(error);
      console.warn(`The scorecard history was not updated: ${historyError}`);
    }
    return { ...computation, tab, tabsRead: sources.length, language, historyError };
  });
}

/** Reads the scorecard without writing anything. */
export function readScorecard(locale: SpreadsheetLocale): ScorecardComputation {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const owned = ownedIds(spreadsheet);
  const mappings = columnMappings(spreadsheet);
  const sources = listTabs(spreadsheet).filter((tab) => !owned.includes(tab.id));
  return computeScorecard(
    sources.map((tab) => readTab(tab, mappings)),
    scorecardOptions(spreadsheet, locale),
  );
}

function readTab(tab: Tab, mappings: Map<number, ColumnMapping>): TabValues {
  return { name: tab.name, values: tab.sheet.getDataRange().getValues(), mapping: mappings.get(tab.id) };
}

function scorecardOptions(spreadsheet: Spreadsheet, locale: SpreadsheetLocale): ScorecardOptions {
  return {
    language: locale.language,
    decimalSeparator: locale.decimalSeparator,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    now: new Date(),
  };
}


function missionOf(summary: Sheet): string {
  const value = summary.getRange(SUMMARY_LAYOUT.missionRow, SUMMARY_LAYOUT.missionColumn).getValue();
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * Gives the draft the summary's name and removes the previous summary. The previous one is
 * renamed first, so the name is free, and deleted only once the draft carries it.
 */
function swapIn(spreadsheet: Spreadsheet, draft: Sheet, previous: Tab | undefined, names: readonly string[], defaultName: string): string {
  let name: string;
  if (previous) {
    name = previous.name;
    previous.sheet.setName(freeSheetName([...names, draft.getName()], `${name} (old)`));
  } else {
    name = freeSheetName(names, defaultName);
  }
  draft.setName(name);
  if (previous) spreadsheet.deleteSheet(previous.sheet);

  for (const metadata of draft.getDeveloperMetadata()) {
    if (metadata.getKey() === METADATA.building) metadata.remove();
  }
  draft.addDeveloperMetadata(METADATA.summary);
  return name;
}

