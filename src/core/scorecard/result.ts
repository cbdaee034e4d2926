import type { Direction } from "../catalog/schema";
import type { Language } from "../i18n/language";
import { translate } from "../i18n/messages";
import type { GroupKey, Status } from "../kpi/labels";
import { scoreStatus } from "../kpi/status";
import type { DecimalSeparator } from "../values/number-text";
import { readKpiTable } from "./read-table";
import { scoreRecord, summarizeScorecard, type GroupSummary, type ScoredKpi } from "./score";

/** One KPI of the machine-readable scorecard; numbers unrounded, null where undefined. */
export interface KpiResult {
  readonly tab: string;
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly group: GroupKey;
  readonly actual: number | null;
  readonly target: number | null;
  readonly threshold: number | null;
  readonly direction: Direction | null;
  readonly weight: number | null;
  readonly score: number | null;
  readonly status: Status;
}

export interface TrendPoint {
  readonly period: string;
  readonly overall: number | null;
  readonly groups: Readonly<Partial<Record<GroupKey, number | null>>>;
}

/** The scorecard as data: what the summary tab renders and the demo's --json prints. */
export interface ScorecardResult {
  readonly overall: number | null;
  readonly overallStatus: Status;
  readonly groups: readonly GroupSummary[];
  readonly kpis: readonly KpiResult[];
  readonly skipped: readonly { readonly tab: string; readonly reason: string }[];
  readonly trend: readonly TrendPoint[];
}

export interface TabValues {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
}

export interface ScorecardComputation {
  readonly result: ScorecardResult;
  readonly scored: readonly ScoredKpi[];
}

/** Reads every tab's KPI table, scores each KPI, and sums up the groups and the overall score. */
export function computeScorecard(
  tabs: readonly TabValues[],
  language: Language,
  decimalSeparator: () => DecimalSeparator,
): ScorecardComputation {
  const scored: ScoredKpi[] = [];
  const skipped: { tab: string; reason: string }[] = [];

  for (const tab of tabs) {
    const read = readKpiTable(tab.name, tab.values, decimalSeparator);
    if (read.kind === "skipped") {
      skipped.push({ tab: tab.name, reason: translate(language, read.reason.key, read.reason.params) });
      continue;
    }
    for (const record of read.records) scored.push(scoreRecord(record));
  }

  const { groups, overall } = summarizeScorecard(scored);
  const kpis = scored.map(
    (kpi): KpiResult => ({
      tab: kpi.record.tab,
      row: kpi.record.row,
      id: kpi.record.id,
      name: kpi.record.name,
      group: kpi.group,
      actual: kpi.record.actual,
      target: kpi.record.target,
      threshold: kpi.record.threshold,
      direction: kpi.direction,
      weight: kpi.record.weight,
      score: kpi.score,
      status: kpi.status,
    }),
  );
  return { result: { overall, overallStatus: scoreStatus(overall), groups, kpis, skipped, trend: [] }, scored };
}
