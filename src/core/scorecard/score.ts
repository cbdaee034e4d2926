import { PERSPECTIVES, type Direction } from "../catalog/vocabulary";
import { KpiError } from "../errors";
import { kpiScore } from "../functions/kpi-score";
import type { MessageKey } from "../i18n/messages";
import type { GroupKey, Status } from "../kpi/labels";
import { kpiStatus, scoreStatus } from "../kpi/status";
import type { KpiRecord, Notice } from "./read-table";

export interface ScoredKpi {
  readonly record: KpiRecord;
  readonly group: GroupKey;
  /** The direction used for scoring: as typed, else inferred from the threshold. */
  readonly direction: Direction | null;
  readonly score: number | null;
  readonly status: Status;
  /** The reason a KPI with an actual still has no score. */
  readonly problem?: Notice;
}

export interface GroupSummary {
  readonly key: GroupKey;
  readonly score: number | null;
  readonly status: Status;
  readonly kpis: number;
  readonly onTarget: number;
  readonly attention: number;
  readonly failing: number;
  readonly noData: number;
}

/** Scores one KPI with the KPI_SCORE rules and cap 1; input that breaks them leaves it unscored. */
export function scoreRecord(record: KpiRecord): ScoredKpi {
  const group: GroupKey = record.perspective ?? "unassigned";
  const threshold = record.threshold ?? undefined;
  const given = record.direction ?? undefined;
  const direction = given ?? (threshold !== undefined && record.target !== null && threshold > record.target ? "lower" : "higher");
  const unscored = (problem?: Notice): ScoredKpi => ({ record, group, direction, score: null, status: "no_data", problem });

  if (record.actual === null) return unscored();
  if (record.target === null) return unscored({ key: "scorecard.problem.missing_target" });
  if (record.direction === null) {
    return unscored({ key: "scorecard.problem.direction_invalid", params: { value: record.directionText } });
  }
  try {
    const score = kpiScore(record.actual, record.target, threshold, given, 1);
    return { record, group, direction, score, status: kpiStatus(score, record.actual, record.target, threshold, direction) };
  } catch (error) {
    if (error instanceof KpiError) return unscored({ key: sheetProblem(error.key), params: error.params });
    throw error;
  }
}

const SHEET_PROBLEMS = [
  "threshold_equals_target",
  "higher_threshold_not_below",
  "lower_threshold_not_above",
  "target_needs_threshold",
  "higher_needs_positive_target",
  "lower_needs_nonnegative_target",
] as const;

// The sheet's wording names columns, where KPI_SCORE's names its arguments.
function sheetProblem(key: MessageKey): MessageKey {
  const rule = SHEET_PROBLEMS.find((name) => key === `kpi.${name}`);
  return rule ? `scorecard.problem.${rule}` : key;
}

/**
 * Sums up one group: weighted mean Σ weight × score ÷ Σ weight over the KPIs that have a score.
 * A blank weight counts as 1; a weight of 0 or below leaves the KPI out of the mean.
 */
export function summarizeGroup(key: GroupKey, kpis: readonly ScoredKpi[]): GroupSummary {
  const count = (status: Status) => kpis.filter((kpi) => kpi.status === status).length;
  const score = weightedScore(kpis);
  return {
    key,
    score,
    status: scoreStatus(score),
    kpis: kpis.length,
    onTarget: count("on_target"),
    attention: count("attention"),
    failing: count("failing"),
    noData: count("no_data"),
  };
}

/** Returns Σ weight × score ÷ Σ weight over the KPIs with a score and a positive weight (blank = 1). */
export function weightedScore(kpis: readonly ScoredKpi[]): number | null {
  let weighted = 0;
  let totalWeight = 0;
  for (const kpi of kpis) {
    const weight = kpi.record.weight ?? 1;
    if (kpi.score === null || !(weight > 0)) continue;
    weighted += weight * kpi.score;
    totalWeight += weight;
  }
  return totalWeight > 0 ? weighted / totalWeight : null;
}

/**
 * Groups scored KPIs into the four perspectives in cause-effect order, then "unassigned" when any
 * KPI lacks a perspective, and averages the group scores that have data, each weighing 1.
 */
export function summarizeScorecard(kpis: readonly ScoredKpi[]): { groups: GroupSummary[]; overall: number | null } {
  const keys: GroupKey[] = [...PERSPECTIVES];
  if (kpis.some((kpi) => kpi.group === "unassigned")) keys.push("unassigned");
  const groups = keys.map((key) => summarizeGroup(key, kpis.filter((kpi) => kpi.group === key)));

  const scored = groups.filter((group) => group.score !== null);
  const overall = scored.length > 0 ? scored.reduce((sum, group) => sum + (group.score as number), 0) / scored.length : null;
  return { groups, overall };
}
