import type { Aggregation } from "../catalog/vocabulary";

/**
 * Aggregates period values from the first period up to `through` (1-based), skipping blanks:
 * the sum, the average, or the latest value. Returns null when none of them has a value, as the
 * tab's actual formula shows a blank.
 */
export function aggregatePeriods(values: readonly (number | null)[], through: number, aggregation: Aggregation): number | null {
  const known = values.slice(0, through).filter((value): value is number => value !== null);
  if (known.length === 0) return null;
  if (aggregation === "sum") return known.reduce((total, value) => total + value, 0);
  if (aggregation === "average") return known.reduce((total, value) => total + value, 0) / known.length;
  return known[known.length - 1];
}

/**
 * Pro-rates a whole-year target or threshold of a Sum KPI to the reporting period: a yearly
 * target of 12 at the end of period 3 of 12 is 3. Other aggregations compare as they are.
 */
export function prorate(value: number | null, aggregation: Aggregation, through: number, periods: number): number | null {
  if (value === null || aggregation !== "sum") return value;
  return (value * through) / periods;
}
