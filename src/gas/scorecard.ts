import type { Language } from "../core/i18n/language";
import { computeScorecard, type ScorecardComputation, type ScorecardOptions, type TabValues } from "../core/scorecard/result";
import { planSummary, SUMMARY_LAYOUT } from "../core/scorecard/summary-plan";
import { applyPlan } from "./apply-plan";
import { appendHistory, HISTORY_KEY } from "./history";
import { withDocumentLock } from "./lock";
import { SpreadsheetLocale } from "./locale";
import { freeSheetName } from "./sheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata key of the summary tab the add-on owns; it survives renames. */
export const SUMMARY_KEY = "kpi_bsc.summary";
/** Marks a summary still being built, so a build that died halfway can be cleaned up next time. */
const BUILDING_KEY = "kpi_bsc.building";

/** A tab with its name and id, each read once per build. */
interface Tab {
  readonly sheet: Sheet;
  readonly id: number;
  readonly name: string;
}

export interface BuildOutcome extends ScorecardComputation {
  readonly tab: string;
  readonly tabsRead: number;
  readonly language: Language;
}

/**
 * Builds the summary tab and swaps it in for the previous one. The new tab is written in full
 * first, so a failure leaves the old summary as it was. A user's own tab that happens to carry
 * the summary's name is never touched: only a tab marked with SUMMARY_KEY is replaced.
 */
export function buildSummaryTab(locale: SpreadsheetLocale): BuildOutcome {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const unfinished = idsWithKey(spreadsheet, BUILDING_KEY);
    const previousId = idsWithKey(spreadsheet, SUMMARY_KEY)[0];
    const historyId = idsWithKey(spreadsheet, HISTORY_KEY)[0];
    const tabs = listTabs(spreadsheet);
    for (const tab of tabs) if (unfinished.includes(tab.id)) spreadsheet.deleteSheet(tab.sheet);

    const live = tabs.filter((tab) => !unfinished.includes(tab.id));
    const previous = live.find((tab) => tab.id === previousId);
    const history = live.find((tab) => tab.id === historyId);
    const sources = live.filter((tab) => tab !== previous && tab !== history);
    const language = locale.language;
    const computation = computeScorecard(sources.map(readTab), scorecardOptions(spreadsheet, locale));

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
    draft.addDeveloperMetadata(BUILDING_KEY);
    try {
      applyPlan(draft, plan);
    } catch (error) {
      spreadsheet.deleteSheet(draft);
      throw error;
    }

    const tab = swapIn(spreadsheet, draft, previous, names, plan.name);
    try {
      appendHistory(spreadsheet, history?.sheet, [...names, tab], computation.result, { language, locale: locale.code, builtAt });
    } catch (error) {
      // The summary is already in place; a missing history row must not report the build as failed.
      console.warn(`The scorecard history was not updated: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { ...computation, tab, tabsRead: sources.length, language };
  });
}

/** Reads the scorecard without writing anything. */
export function readScorecard(locale: SpreadsheetLocale): ScorecardComputation {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const skipped = [...idsWithKey(spreadsheet, SUMMARY_KEY), ...idsWithKey(spreadsheet, BUILDING_KEY), ...idsWithKey(spreadsheet, HISTORY_KEY)];
  const sources = listTabs(spreadsheet).filter((tab) => !skipped.includes(tab.id));
  return computeScorecard(sources.map(readTab), scorecardOptions(spreadsheet, locale));
}

function readTab(tab: Tab): TabValues {
  return { name: tab.name, values: tab.sheet.getDataRange().getValues() };
}

function scorecardOptions(spreadsheet: Spreadsheet, locale: SpreadsheetLocale): ScorecardOptions {
  return {
    language: locale.language,
    decimalSeparator: locale.decimalSeparator,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    now: new Date(),
  };
}

function listTabs(spreadsheet: Spreadsheet): Tab[] {
  return spreadsheet.getSheets().map((sheet) => ({ sheet, id: sheet.getSheetId(), name: sheet.getName() }));
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
    if (metadata.getKey() === BUILDING_KEY) metadata.remove();
  }
  draft.addDeveloperMetadata(SUMMARY_KEY);
  return name;
}

/** Returns the ids of the tabs that carry a developer metadata key, with one finder call. */
function idsWithKey(spreadsheet: Spreadsheet, key: string): number[] {
  const ids: number[] = [];
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(key).find()) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) ids.push(sheet.getSheetId());
  }
  return ids;
}
