import type { Direction, Unit } from "../catalog/schema";
import type { Language } from "../i18n/language";
import { translate } from "../i18n/messages";
import type { GroupKey, Status } from "../kpi/labels";
import { scoreStatus } from "../kpi/status";
import type { DecimalSeparator } from "../values/number-text";
import { dayIn } from "../values/days";
import { attentionItems, type AttentionItem, type AttentionKind } from "./attention";
import { aggregatePeriods, prorate } from "../periods/aggregate";
import { readKpiTable, type ColumnMapping, type PeriodSeries } from "./read-table";
import { scoreRecord, summarizeScorecard, type GroupSummary, type ScoredKpi } from "./score";
import { strategyMap, type MapBand } from "./strategy-map";

/** One KPI of the machine-readable scorecard; numbers unrounded, null where undefined. */
export interface KpiResult {
  readonly tab: string;
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly group: GroupKey;
  readonly unit: Unit | null;
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

/** One line of the attention list, with its message in the scorecard's language. */
export interface AttentionResult {
  readonly kind: AttentionKind;
  readonly tab: string | null;
  readonly row: number | null;
  readonly kpi: string | null;
  readonly group: GroupKey | null;
  readonly message: string;
}

/** The scorecard as data: what the summary tab renders and the demo's --json prints. */
export interface ScorecardResult {
  readonly overall: number | null;
  readonly overallStatus: Status;
  readonly groups: readonly GroupSummary[];
  readonly kpis: readonly KpiResult[];
  readonly skipped: readonly { readonly tab: string; readonly reason: string }[];
  readonly attention: readonly AttentionResult[];
  readonly trend: readonly TrendPoint[];
  /** The tabs the trend is computed from: those sharing the most common period columns. */
  readonly trendTabs: readonly string[];
}

export interface TabValues {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  /** The user's mapping of this tab's columns, when they made one. */
  readonly mapping?: ColumnMapping;
}

export interface ScorecardComputation {
  readonly result: ScorecardResult;
  readonly scored: readonly ScoredKpi[];
  readonly map: readonly MapBand[];
  readonly attention: readonly AttentionItem[];
}

export interface ScorecardOptions {
  readonly language: Language;
  readonly decimalSeparator: () => DecimalSeparator;
  /** The spreadsheet's time zone: dates in cells and "today" are compared as its calendar days. */
  readonly timeZone: string;
  readonly now: Date;
}

/**
 * Scores the KPIs of tabs with period columns as they stood at the end of each period up to the
 * latest reporting period, from the period values themselves: actuals aggregated and Sum targets
 * pro-rated to that period. A tab whose reporting period is earlier stays at its reporting period.
 */
export function computeTrend(scored: readonly ScoredKpi[]): { points: TrendPoint[]; tabs: string[] } {
  const series = dominantSeries(scored);
  if (series.length === 0) return { points: [], tabs: [] };
  const labels = (series[0].record.periods as PeriodSeries).labels;
  const last = Math.max(...series.map((kpi) => (kpi.record.periods as PeriodSeries).through));

  const points: TrendPoint[] = [];
  for (let period = 1; period <= Math.min(last, labels.length); period++) {
    const rescored = series.map((kpi) => {
      const periods = kpi.record.periods as PeriodSeries;
      const through = Math.min(period, periods.through);
      const count = periods.values.length;
      return scoreRecord({
        ...kpi.record,
        actual: aggregatePeriods(periods.values, through, periods.aggregation),
        target: prorate(periods.yearTarget, periods.aggregation, through, count),
        threshold: prorate(periods.yearThreshold, periods.aggregation, through, count),
      });
    });
    const { groups, overall } = summarizeScorecard(rescored);
    points.push({ period: labels[period - 1], overall, groups: Object.fromEntries(groups.map((group) => [group.key, group.score])) });
  }
  return { points, tabs: [...new Set(series.map((kpi) => kpi.record.tab))] };
}

/**
 * Picks the KPIs whose period columns are the same periods (same kind, same year), taking the
 * set with the most KPIs, so that months are never lined up against quarters or another year.
 */
function dominantSeries(scored: readonly ScoredKpi[]): ScoredKpi[] {
  const bySeries = new Map<string, ScoredKpi[]>();
  for (const kpi of scored) {
    if (kpi.record.periods === null) continue;
    const key = `${kpi.record.periods.key} ${kpi.record.periods.values.length}`;
    bySeries.set(key, [...(bySeries.get(key) ?? []), kpi]);
  }
  let best: ScoredKpi[] = [];
  for (const kpis of bySeries.values()) if (kpis.length > best.length) best = kpis;
  return best;
}

/** Reads every tab's KPI table, scores each KPI, and sums up the groups and the overall score. */
export function computeScorecard(tabs: readonly TabValues[], options: ScorecardOptions): ScorecardComputation {
  const { language, decimalSeparator } = options;
  const scored: ScoredKpi[] = [];
  const skipped: { tab: string; reason: string }[] = [];

  for (const tab of tabs) {
    const read = readKpiTable(tab.name, tab.values, { decimalSeparator, mapping: tab.mapping });
    if (read.kind === "skipped") {
      skipped.push({ tab: tab.name, reason: translate(language, read.reason.key, read.reason.params) });
      continue;
    }
    for (const record of read.records) scored.push(scoreRecord(record));
  }

  const { groups, overall } = summarizeScorecard(scored);
  const trend = computeTrend(scored);
  const kpis = scored.map(
    (kpi): KpiResult => ({
      tab: kpi.record.tab,
      row: kpi.record.row,
      id: kpi.record.id,
      name: kpi.record.name,
      group: kpi.group,
      unit: kpi.record.unit,
      actual: kpi.record.actual,
      target: kpi.record.target,
      threshold: kpi.record.threshold,
      direction: kpi.direction,
      weight: kpi.record.weight,
      score: kpi.score,
      status: kpi.status,
    }),
  );
  const attention = attentionItems(scored, groups, { today: dayIn(options.now, options.timeZone), timeZone: options.timeZone });
  const attentionResults = attention.map(
    (item): AttentionResult => ({
      kind: item.kind,
      tab: item.tab,
      row: item.row,
      kpi: item.kpi,
      group: item.group,
      message: translate(language, item.detail.key, item.detail.params),
    }),
  );
  return {
    result: { overall, overallStatus: scoreStatus(overall), groups, kpis, skipped, attention: attentionResults, trend: trend.points, trendTabs: trend.tabs },
    scored,
    map: strategyMap(scored),
    attention,
  };
}
