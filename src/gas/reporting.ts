import { parseReportingRequest, type ReportingResponse } from "../core/bridge/contract";
import type { Language } from "../core/i18n/language";
import { translate } from "../core/i18n/messages";
import { KPI_TAB_LAYOUT } from "../core/plan/kpi-tab";
import { periodLabel, type PeriodKind } from "../core/periods/periods";
import { handleRequest } from "./endpoint";
import { withDocumentLock } from "./lock";
import { METADATA } from "./owned-tabs";

interface KpiTabMetadata {
  readonly language?: Language;
  readonly periods?: { readonly kind: PeriodKind; readonly year: number };
}

/**
 * Sidebar endpoint: moves the reporting period of every generated tab that tracks the same kind
 * of period in the same year, by rewriting only their reporting period cell. Tabs keep the label
 * in their own language; nothing else in them changes.
 */
export function setReportingPeriod(rawRequest: unknown): ReportingResponse {
  return handleRequest(rawRequest, parseReportingRequest, (request, language) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const updated = withDocumentLock(() => {
      const names: string[] = [];
      for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(METADATA.kpiTab).find()) {
        const sheet = metadata.getLocation().getSheet();
        const tab = parseMetadata(metadata.getValue());
        if (!sheet || tab?.periods?.kind !== request.kind || tab.periods.year !== request.year) continue;
        const label = periodLabel({ kind: request.kind, index: request.reporting, year: request.year }, tab.language ?? "vi");
        sheet.getRange(KPI_TAB_LAYOUT.reportingRow, KPI_TAB_LAYOUT.reportingColumn).setValue(label);
        names.push(sheet.getName());
      }
      return names;
    });
    const period = periodLabel({ kind: request.kind, index: request.reporting, year: request.year }, language);
    const message =
      updated.length === 0
        ? translate(language, "sidebar.reporting.none")
        : translate(language, "sidebar.reporting.done", { period, tabs: updated.join(", ") });
    return { updated, message };
  });
}

function parseMetadata(text: string | null): KpiTabMetadata | null {
  try {
    return text ? (JSON.parse(text) as KpiTabMetadata) : null;
  } catch {
    return null;
  }
}
