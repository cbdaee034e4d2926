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
  /** The reason the history row was not added, when it was not. */
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
    const { previousId, live } = cleanUp(spreadsheet, listTabs(spreadsheet));
    const historyId = idsWithKey(spreadsheet, METADATA.history)[0];
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
    try {
      draft.addDeveloperMetadata(METADATA.building);
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
      // The summary is already in place, so the build succeeded. The outcome message reports the history failure.
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
 * Finishes what a build that stopped halfway left behind, and returns the current summary's id
 * with the tabs that remain. A draft never marked as the summary is deleted. A draft
 * marked as the summary was complete, so it becomes the summary and any older summary goes.
 */
function cleanUp(spreadsheet: Spreadsheet, tabs: readonly Tab[]): { previousId: number | undefined; live: Tab[] } {
  const building = idsWithKey(spreadsheet, METADATA.building);
  const summaries = idsWithKey(spreadsheet, METADATA.summary);
  const finished = building.find((id) => summaries.includes(id));
  const removed = [
    ...building.filter((id) => !summaries.includes(id)),
    ...(finished === undefined ? [] : summaries.filter((id) => id !== finished)),
  ];
  for (const tab of tabs) {
    if (removed.includes(tab.id)) spreadsheet.deleteSheet(tab.sheet);
    else if (tab.id === finished) removeMetadata(tab.sheet, METADATA.building);
  }
  return { previousId: finished ?? summaries[0], live: tabs.filter((tab) => !removed.includes(tab.id)) };
}

/**
 * Gives the draft the summary's name and removes the previous summary. The previous one is
 * renamed first, so the name is free, and deleted only once the draft carries the name and the
 * summary mark. If renaming fails, both tabs get their names back and the draft goes.
 */
function swapIn(spreadsheet: Spreadsheet, draft: Sheet, previous: Tab | undefined, names: readonly string[], defaultName: string): string {
  const name = previous ? summaryName(previous.name, names) : freeSheetName(names, defaultName);
  const draftName = draft.getName();
  try {
    if (previous) previous.sheet.setName(freeSheetName([...names, draftName], `${name} (old)`));
    draft.setName(name);
    draft.addDeveloperMetadata(METADATA.summary);
  } catch (error) {
    rollBack(spreadsheet, draft, previous);
    throw error;
  }

  // From here the draft is the summary; a failure leaves an extra old tab for the next build to remove.
  try {
    if (previous) spreadsheet.deleteSheet(previous.sheet);
    removeMetadata(draft, METADATA.building);
  } catch (error) {
    console.warn(`The previous summary tab was not removed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return name;
}

// A summary left named "… (old)" by a swap that failed and could not be undone gets its name back.
function summaryName(current: string, names: readonly string[]): string {
  const base = current.replace(/ \(old\)(?: \(\d+\))?$/, "");
  if (base === current || base === "") return current;
  return freeSheetName(
    names.filter((name) => name !== current),
    base,
  );
}

// Each step is tried on its own, so that the first failure does not stop the rest.
function rollBack(spreadsheet: Spreadsheet, draft: Sheet, previous: Tab | undefined): void {
  const attempt = (step: () => void) => {
    try {
      step();
    } catch (error) {
      console.warn(`Restoring the previous summary tab failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  attempt(() => spreadsheet.deleteSheet(draft));
  if (previous) attempt(() => previous.sheet.setName(previous.name));
}

function removeMetadata(sheet: Sheet, key: string): void {
  for (const metadata of sheet.getDeveloperMetadata()) {
    if (metadata.getKey() === key) metadata.remove();
  }
}
