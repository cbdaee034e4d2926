import { PERSPECTIVES, type Unit } from "../catalog/vocabulary";
import type { MessageParams } from "../errors";
import { aggregatePeriods } from "../periods/aggregate";
import type { Notice } from "./read-table";
import type { GroupKey } from "../kpi/labels";
import { dayIn, nextUpdateDue, type Day } from "../values/days";
import type { GroupSummary, ScoredKpi } from "./score";

export const ATTENTION_KINDS = [
  "failing",
  "expired",
  "overdue",
  "unscorable",
  "invalid_value",
  "actual_typed",
  "actual_differs",
  "reporting_period",
  "missing_target",
  "percent_scale",
  "missing_weight",
  "negative_weight",
  "duplicate_id",
  "unassigned",
  "empty_perspective",
  "no_leading",
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** Something a manager should look at, about one KPI or one perspective. */
export interface AttentionItem {
  readonly kind: AttentionKind;
  readonly tab: string | null;
  readonly row: number | null;
  readonly kpi: string | null;
  readonly group: GroupKey | null;
  /** The problem and the fix, as a message. */
  readonly detail: Notice;
}

export interface AttentionContext {
  /** Today in the spreadsheet's time zone. */
  readonly today: Day;
  readonly timeZone: string;
}

/**
 * Lists what needs attention, most urgent kinds first: failing KPIs, expired KPIs and overdue
 * updates, KPIs that cannot be scored, likely typing slips, missing weights, duplicate ids, and
 * perspectives with no KPI or no leading indicator.
 */
export function attentionItems(kpis: readonly ScoredKpi[], groups: readonly GroupSummary[], context: AttentionContext): AttentionItem[] {
  const items: AttentionItem[] = [];
  const reportingFlagged = new Set<string>();
  const add = (kind: Exclude<AttentionKind, "unscorable" | "invalid_value">, kpi: ScoredKpi | null, params: MessageParams = {}, group: GroupKey | null = null) =>
    items.push(itemOf(kind, kpi, { key: `attention.detail.${kind}`, params }, group));

  for (const kpi of kpis) {
    const { record } = kpi;
    if (kpi.status === "failing") add("failing", kpi, { actual: shown(record.actual, record.unit), target: shown(record.target, record.unit) });
    if (record.expiry && dayIn(record.expiry, context.timeZone) < context.today) {
      add("expired", kpi, { date: { day: dayIn(record.expiry, context.timeZone) } });
    }
    if (record.lastUpdated && record.frequency) {
      const due = nextUpdateDue(dayIn(record.lastUpdated, context.timeZone), record.frequency);
      if (due < context.today) add("overdue", kpi, { date: { day: dayIn(record.lastUpdated, context.timeZone) }, due: { day: due } });
    }
    items.push(...valueItems(kpi));
    if (record.periods?.reportingUnusable && !reportingFlagged.has(record.tab)) {
      reportingFlagged.add(record.tab);
      items.push(itemOf("reporting_period", null, { key: "attention.detail.reporting_period" }, null, record.tab));
    }
    // A cell already listed as not a number is not reported again as blank.
    const invalid = new Set(record.unreadable.map((value) => value.column));
    if (record.target === null && !invalid.has("target")) add("missing_target", kpi);
    else if (kpi.problem && record.actual !== null && record.target !== null) items.push(itemOf("unscorable", kpi, kpi.problem, null));
    if (looksLikePercentSlip(kpi)) add("percent_scale", kpi, { actual: record.actual as number, target: record.target as number });
    if (record.weight === null) {
      if (!invalid.has("weight")) add("missing_weight", kpi);
    } else if (record.weight < 0) {
      add("negative_weight", kpi, { weight: record.weight });
    }
    if (kpi.group === "unassigned") add("unassigned", kpi);
  }

  const rowsById = new Map<string, ScoredKpi[]>();
  for (const kpi of kpis) {
    if (kpi.record.id === "") continue;
    rowsById.set(kpi.record.id, [...(rowsById.get(kpi.record.id) ?? []), kpi]);
  }
  for (const [id, rows] of rowsById) {
    if (rows.length > 1) for (const kpi of rows) add("duplicate_id", kpi, { id, count: rows.length });
  }

  for (const key of PERSPECTIVES) {
    const group = groups.find((summary) => summary.key === key);
    const members = kpis.filter((kpi) => kpi.group === key);
    if (!group || group.kpis === 0) add("empty_perspective", null, {}, key);
    else if (!members.some((kpi) => kpi.record.indicatorType === "leading")) add("no_leading", null, {}, key);
  }

  return items.sort((a, b) => ATTENTION_KINDS.indexOf(a.kind) - ATTENTION_KINDS.indexOf(b.kind));
}

/** Lists a KPI's cells that are not numbers, and an Actual cell typed over its period formula. */
function valueItems(kpi: ScoredKpi): AttentionItem[] {
  const items = kpi.record.unreadable.map((value) => {
    const key = value.column === "aggregation" && value.text === "" ? "attention.detail.blank_aggregation" : (`attention.detail.invalid_${value.column}` as const);
    return itemOf("invalid_value", kpi, { key, params: { value: value.text, period: value.period ?? "" } }, null);
  });
  const periods = kpi.record.periods;
  if (!periods || periods.typedActual === null) return items;
  const computed = aggregatePeriods(periods.values, periods.through, periods.aggregation);
  const typed = periods.typedActual;
  const unit = kpi.record.unit;
  if (computed === null) {
    if (typeof typed === "number") items.push(itemOf("actual_typed", kpi, { key: "attention.detail.actual_typed", params: { actual: shown(typed, unit) } }, null));
  } else if (typeof typed === "string" || Math.abs(computed - typed) > 1e-9 * Math.max(1, Math.abs(computed))) {
    const actual = typeof typed === "string" ? typed : shown(typed, unit);
    items.push(itemOf("actual_differs", kpi, { key: "attention.detail.actual_differs", params: { actual, computed: shown(computed, unit) } }, null));
  }
  return items;
}

/**
 * Returns a KPI value as a sentence shows it: a percentage for a KPI in %, otherwise rounded to
 * 2 decimals (4 significant digits below 1), since a pro-rated target has many.
 */
function shown(value: number | null, unit: Unit | null): MessageParams[string] {
  if (value === null) return "";
  if (unit === "percent") return { percent: value };
  return Math.abs(value) >= 1 ? Math.round(value * 100) / 100 : Number(value.toPrecision(4));
}

function itemOf(kind: AttentionKind, kpi: ScoredKpi | null, detail: Notice, group: GroupKey | null, tab: string | null = null): AttentionItem {
  return {
    kind,
    tab: kpi ? kpi.record.tab : tab,
    row: kpi ? kpi.record.row : null,
    kpi: kpi ? kpi.record.name : null,
    group: kpi ? kpi.group : group,
    detail,
  };
}

/**
 * Detects a percentage typed as a whole number on one side only: 95 against a target of 95%
 * (0.95). Only KPIs in % or of unknown unit are checked, and only a gap of about a hundredfold counts.
 */
function looksLikePercentSlip(kpi: ScoredKpi): boolean {
  const { actual, target, unit } = kpi.record;
  if (actual === null || target === null || (unit !== null && unit !== "percent")) return false;
  const small = Math.min(Math.abs(actual), Math.abs(target));
  const large = Math.max(Math.abs(actual), Math.abs(target));
  if (small === 0 || small > 1.5 || large <= 1.5 || large > 150) return false;
  const ratio = large / small;
  return ratio >= 50 && ratio <= 200;
}
