import { parseStoredMapping } from "../core/bridge/contract";
import type { ColumnMapping } from "../core/scorecard/read-table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata keys; metadata is invisible to users and survives renames. */
export const METADATA = {
  summary: "kpi_bsc.summary",
  /** A summary still being built, so a build that died halfway can be cleaned up next time. */
  building: "kpi_bsc.building",
  history: "kpi_bsc.history",
  kpiTab: "kpi_bsc.kpi_tab",
  columnMapping: "kpi_bsc.column_mapping",
} as const;

/** A tab with its name and id, each read once. */
export interface Tab {
  readonly sheet: Sheet;
  readonly id: number;
  readonly name: string;
}

export function listTabs(spreadsheet: Spreadsheet): Tab[] {
  return spreadsheet.getSheets().map((sheet) => ({ sheet, id: sheet.getSheetId(), name: sheet.getName() }));
}

/** Returns the ids of the tabs that carry a developer metadata key, with one finder call. */
export function idsWithKey(spreadsheet: Spreadsheet, key: string): number[] {
  return metadataWithKey(spreadsheet, key).map((entry) => entry.id);
}

/** Returns the ids of the tabs the add-on owns and never reads as KPI tables. */
export function ownedIds(spreadsheet: Spreadsheet): number[] {
  return [METADATA.summary, METADATA.building, METADATA.history].flatMap((key) => idsWithKey(spreadsheet, key));
}

/** Returns every tab's column mapping, by sheet id, with one finder call. */
export function columnMappings(spreadsheet: Spreadsheet): Map<number, ColumnMapping> {
  const mappings = new Map<number, ColumnMapping>();
  for (const entry of metadataWithKey(spreadsheet, METADATA.columnMapping)) {
    const mapping = parseStoredMapping(entry.value);
    if (mapping) mappings.set(entry.id, mapping);
  }
  return mappings;
}

function metadataWithKey(spreadsheet: Spreadsheet, key: string): { id: number; value: string }[] {
  const found: { id: number; value: string }[] = [];
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(key).find()) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) found.push({ id: sheet.getSheetId(), value: metadata.getValue() ?? "" });
  }
  return found;
}
