import { AGGREGATIONS, type Aggregation } from "../catalog/vocabulary";
import { translate } from "../i18n/messages";
import type { ColumnKey } from "../kpi/columns";
import { aggregationLabel } from "../kpi/labels";
import { aggregatePeriods, prorate } from "../periods/aggregate";
import { parsePeriodLabel, type Period } from "../periods/periods";
import { foldText } from "../values/normalize";
import { displayText, isBlank, isNoData } from "./cells";
import type { KpiRecord, UnreadableValue } from "./read-table";

/** A KPI's values per period, and what its actual, target and threshold are made of. */
export interface PeriodSeries {
  /** The kind and year of the periods, such as "month 2026": series with the same key line up. */
  readonly key: string;
  readonly labels: readonly string[];
  readonly values: readonly (number | null)[];
  /** The reporting period, 1-based: the actual aggregates the periods up to it. */
  readonly through: number;
  readonly aggregation: Aggregation;
  /** Target and threshold as typed, for the whole year. */
  readonly yearTarget: number | null;
  readonly yearThreshold: number | null;
  /** The tab has a reporting period cell that is blank or names no period column. */
  readonly reportingUnusable: boolean;
  /** The Actual cell as it reads: a number, text such as "ND", or null when blank. */
  readonly typedActual: number | string | null;
}

interface PeriodColumn {
  readonly index: number;
  readonly period: Period;
  readonly label: string;
}

/** Returns the header's period columns ("T1/2026", "Q2/2026", "Week 5/2026"), in order. */
export function findPeriodColumns(header: readonly unknown[]): PeriodColumn[] {
  const found: PeriodColumn[] = [];
  header.forEach((cell, index) => {
    const period = parsePeriodLabel(cell);
    if (period) found.push({ index, period, label: String(cell).trim() });
  });
  return found;
}

/**
 * Returns a reader that derives each KPI's actual from its period values up to the reporting
 * period and pro-rates a Sum KPI's yearly target and threshold to it. Every rule follows the
 * tab's own formulas, so that the scorecard and the tab agree: only numbers count as period
 * values, and an aggregation or reporting period that matches no label falls back as they do.
 */
export function readPeriods(
  grid: readonly (readonly unknown[])[],
  headerIndex: number,
  periods: readonly PeriodColumn[],
  columns: ReadonlyMap<ColumnKey, number>,
): (record: KpiRecord, line: readonly unknown[]) => KpiRecord {
  const reporting = reportingPeriod(grid, headerIndex, periods);
  const through = reporting.position ?? periods.length;
  const first = periods[0].period;
  const key = `${first.kind} ${first.year}`;
  const labels = periods.map((column) => column.label);
  const aggregationWords = AGGREGATIONS.map((aggregation) => ({
    key: aggregation,
    words: [aggregationLabel(aggregation, "vi"), aggregationLabel(aggregation, "en"), aggregation].map((word) => word.toLowerCase()),
  }));

  return (record, line) => {
    const aggregationCell = line[columns.get("aggregation") as number];
    const aggregation = aggregationOf(aggregationCell, aggregationWords);
    const values = periods.map((column) => (typeof line[column.index] === "number" ? (line[column.index] as number) : null));
    const unreadable: UnreadableValue[] = record.unreadable.filter((value) => value.column !== "actual");
    const badPeriod = periods.find((column) => typeof line[column.index] !== "number" && !isNoData(line[column.index]));
    if (badPeriod) unreadable.push({ column: "period", text: displayText(line[badPeriod.index]), period: badPeriod.label });
    if (aggregation.invalid) unreadable.push({ column: "aggregation", text: displayText(aggregationCell) });

    // The Actual cell contains the aggregate formula. A number typed over it counts only when no
    // period has a value, since the period columns are where actuals belong.
    const actualCell = line[columns.get("actual") as number];
    // NOTE: an Actual cell cleared to blank shows no data in the tab but is not flagged here.
    const typedActual = record.actual ?? (isBlank(actualCell) ? null : displayText(actualCell));
    const fromPeriods = aggregatePeriods(values, through, aggregation.key);
    return {
      ...record,
      unreadable,
      actual: fromPeriods ?? record.actual,
      target: prorate(record.target, aggregation.key, through, periods.length),
      threshold: prorate(record.threshold, aggregation.key, through, periods.length),
      periods: {
        key,
        labels,
        values,
        through,
        aggregation: aggregation.key,
        yearTarget: record.target,
        yearThreshold: record.threshold,
        reportingUnusable: reporting.unusable,
        typedActual,
      },
    };
  };
}

/**
 * Reads an aggregation cell as the actual formula does: the Sum or Latest label of either
 * language or the plain key, compared without regard to case, and Average for anything else.
 * `invalid` is true when the cell is blank or matches no label.
 */
function aggregationOf(cell: unknown, choices: readonly { key: Aggregation; words: readonly string[] }[]): { key: Aggregation; invalid: boolean } {
  if (typeof cell === "string") {
    const text = cell.toLowerCase();
    const match = choices.find((choice) => choice.words.includes(text));
    if (match) return { key: match.key, invalid: false };
  }
  return { key: "average", invalid: true };
}

let reportingWords: Set<string> | undefined;

/**
 * Finds the reporting period cell above the header ("Kỳ báo cáo" or "Reporting period", then the
 * period) and returns its position among the period columns. Like the tab's MATCH, the period
 * must equal a period header, letter case aside. `unusable` is true when the cell is there but
 * matches no header.
 */
function reportingPeriod(
  grid: readonly (readonly unknown[])[],
  headerIndex: number,
  periods: readonly PeriodColumn[],
): { position: number | null; unusable: boolean } {
  reportingWords ??= new Set((["vi", "en"] as const).map((language) => foldText(translate(language, "sheet.kpi_tab.reporting_period"))));
  for (let row = 0; row < headerIndex; row++) {
    const line = grid[row];
    const labelAt = line.findIndex((cell) => typeof cell === "string" && reportingWords!.has(foldText(cell)));
    if (labelAt < 0) continue;
    const chosen = line[labelAt + 1];
    const position = typeof chosen === "string" ? periods.findIndex((column) => column.label.toLowerCase() === chosen.toLowerCase()) : -1;
    return position < 0 ? { position: null, unusable: true } : { position: position + 1, unusable: false };
  }
  return { position: null, unusable: false };
}
