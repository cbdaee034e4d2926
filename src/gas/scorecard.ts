import type { Language } from "../core/i18n/language";
import { computeScorecard, type ScorecardComputation, type TabValues } from "../core/scorecard/result";
import { planSummary, SUMMARY_LAYOUT } from "../core/scorecard/summary-plan";
import { applyPlan } from "./apply-plan";
import { withDocumentLock } from "./lock";
import { SpreadsheetLocale } from "./locale";
import { freeSheetName } from "./sheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata key of the summary tab the add-on owns; it survives renames. */
export const SUMMARY_KEY = "kpi_bsc.summary";
/** Marks a summary still being built, so a build that died halfway can be cleaned up next time. */
const BUILDING_KEY = "kpi_bsc.building";

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
    removeUnfinishedBuilds(spreadsheet);

    const previous = findOwnedSummary(spreadsheet);
    const sources = spreadsheet.getSheets().filter((sheet) => sheet.getSheetId() !== previous?.getSheetId());
    const language = locale.language;
    const computation = computeScorecard(sources.map(readTab), language, locale.decimalSeparator);

    const plan = planSummary({
      result: computation.result,
      language,
      locale: locale.code,
      mission: previous ? missionOf(previous) : "",
      builtAt: new Date(),
      sheetIds: Object.fromEntries(sources.map((sheet) => [sheet.getName(), sheet.getSheetId()])),
    });

    const names = spreadsheet.getSheets().map((sheet) => sheet.getName());
    const draft = spreadsheet.insertSheet(freeSheetName(names, `${plan.name} …`), 0);
    draft.addDeveloperMetadata(BUILDING_KEY);
    try {
      applyPlan(draft, plan);
    } catch (error) {
      spreadsheet.deleteSheet(draft);
      throw error;
    }

    const tab = swapIn(spreadsheet, draft, previous, plan.name);
    return { ...computation, tab, tabsRead: sources.length, language };
  });
}

/** Reads the scorecard without writing anything. */
export function readScorecard(locale: SpreadsheetLocale): ScorecardComputation {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const summary = findOwnedSummary(spreadsheet);
  const sources = spreadsheet
    .getSheets()
    .filter((sheet) => sheet.getSheetId() !== summary?.getSheetId() && !hasMetadata(sheet, BUILDING_KEY));
  return computeScorecard(sources.map(readTab), locale.language, locale.decimalSeparator);
}

function readTab(sheet: Sheet): TabValues {
  return { name: sheet.getName(), values: sheet.getDataRange().getValues() };
}

function missionOf(summary: Sheet): string {
  const value = summary.getRange(SUMMARY_LAYOUT.missionRow, SUMMARY_LAYOUT.missionColumn).getValue();
  return value === null || value === undefined ? "" : String(value).trim();
}

function swapIn(spreadsheet: Spreadsheet, draft: Sheet, previous: Sheet | null, defaultName: string): string {
  const otherNames = () =>
    spreadsheet
      .getSheets()
      .filter((sheet) => sheet.getSheetId() !== draft.getSheetId())
      .map((sheet) => sheet.getName());

  let name: string;
  if (previous) {
    name = previous.getName();
    previous.setName(freeSheetName(otherNames(), `${name} (old)`));
  } else {
    name = freeSheetName(otherNames(), defaultName);
  }
  draft.setName(name);
  if (previous) spreadsheet.deleteSheet(previous);

  for (const metadata of draft.getDeveloperMetadata()) {
    if (metadata.getKey() === BUILDING_KEY) metadata.remove();
  }
  draft.addDeveloperMetadata(SUMMARY_KEY);
  return name;
}

function findOwnedSummary(spreadsheet: Spreadsheet): Sheet | null {
  const found = spreadsheet.createDeveloperMetadataFinder().withKey(SUMMARY_KEY).find();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

function removeUnfinishedBuilds(spreadsheet: Spreadsheet): void {
  const found = spreadsheet.createDeveloperMetadataFinder().withKey(BUILDING_KEY).find();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) spreadsheet.deleteSheet(sheet);
  }
}

function hasMetadata(sheet: Sheet, key: string): boolean {
  return sheet.getDeveloperMetadata().some((metadata) => metadata.getKey() === key);
}
