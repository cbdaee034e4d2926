import {
  parseMappingRequest,
  parseSidebarModelRequest,
  type SaveMappingResponse,
  type SkippedTable,
  type SkippedTablesResponse,
} from "../core/bridge/contract";
import { KpiError } from "../core/errors";
import { countText } from "../core/i18n/count";
import type { Language } from "../core/i18n/language";
import { translate } from "../core/i18n/messages";
import { buildMapping, PREVIEW_ROWS, suggestHeaderRow } from "../core/scorecard/mapping";
import { readKpiTable } from "../core/scorecard/read-table";
import { handleRequest } from "./endpoint";
import { withDocumentLock } from "./lock";
import { SpreadsheetLocale } from "./locale";
import { columnMappings, listTabs, METADATA, ownedIds } from "./owned-tabs";

/**
 * Sidebar endpoint: the tabs the scorecard skips, and those read through a mapping, with their
 * first rows as displayed text, so the user can say what each column contains.
 */
export function getSkippedTables(rawRequest?: unknown): SkippedTablesResponse {
  return handleRequest(rawRequest, parseSidebarModelRequest, (_request, language, locale) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const owned = ownedIds(spreadsheet);
    const mappings = columnMappings(spreadsheet);
    const tables: SkippedTable[] = [];

    for (const tab of listTabs(spreadsheet)) {
      if (owned.includes(tab.id)) continue;
      const values = tab.sheet.getDataRange().getValues();
      const mapping = mappings.get(tab.id) ?? null;
      const read = readKpiTable(tab.name, values, { decimalSeparator: locale.decimalSeparator, mapping: mapping ?? undefined });
      const skipped = read.kind === "skipped" && read.reason.key !== "sheet.skip.empty";
      if (!skipped && mapping === null) continue;

      const rows = tab.sheet.getRange(1, 1, Math.min(values.length, PREVIEW_ROWS), values[0].length).getDisplayValues();
      tables.push({
        sheetId: tab.id,
        name: tab.name,
        reason: read.kind === "skipped" ? translate(language, read.reason.key, read.reason.params) : "",
        rows,
        suggestedHeaderRow: mapping?.headerRow ?? suggestHeaderRow(rows),
        mapping,
      });
    }
    return { tables };
  });
}

/** Sidebar endpoint: stores a tab's column mapping in the document, for every later build. */
export function saveColumnMapping(rawRequest: unknown): SaveMappingResponse {
  return handleRequest(rawRequest, parseMappingRequest, (request, language, locale) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const tab = listTabs(spreadsheet).find((candidate) => candidate.id === request.sheetId);
    if (!tab || ownedIds(spreadsheet).includes(tab.id)) throw new KpiError("request.unknown_tab");

    const values = tab.sheet.getDataRange().getValues();
    const headerCells = (values[request.headerRow - 1] ?? []).map((cell) => (cell === null || cell === undefined ? "" : String(cell)));
    const mapping = buildMapping(request, headerCells);
    const read = readKpiTable(tab.name, values, { decimalSeparator: locale.decimalSeparator, mapping });

    withDocumentLock(() => {
      for (const metadata of tab.sheet.getDeveloperMetadata()) {
        if (metadata.getKey() === METADATA.columnMapping) metadata.remove();
      }
      tab.sheet.addDeveloperMetadata(METADATA.columnMapping, JSON.stringify(mapping));
    });

    const kpis = read.kind === "table" ? read.records.length : 0;
    return { tab: tab.name, kpis, message: translate(language, "sidebar.mapping.saved", { kpis: countText(language, "kpi", kpis), tab: tab.name }) };
  });
}
