import type { Aggregation } from "../catalog/vocabulary";
import { aggregationLabel } from "../kpi/labels";
import { formulaString } from "./a1";

/** A1 references one KPI row's period formulas read. */
export interface PeriodCells {
  /** The row of period numbers 1…n above the period headers, absolute, e.g. "$AA$5:$AL$5". */
  readonly numbers: string;
  /** This row's period values, e.g. "AA7:AL7". */
  readonly values: string;
  /** The cell holding how many periods have passed, absolute, e.g. "$D$5". */
  readonly through: string;
  /** This row's aggregation cell, e.g. "Z7". */
  readonly aggregation: string;
  /** Number of periods in the year. */
  readonly periods: number;
}

// Matches the dropdown labels of both languages and the plain key.
function aggregationTest(cell: string, aggregation: Aggregation): string {
  const words = [aggregationLabel(aggregation, "vi"), aggregationLabel(aggregation, "en"), aggregation];
  return `OR(${words.map((word) => `${cell}=${formulaString(word)}`).join(",")})`;
}

/**
 * Builds the actual formula of a row with period columns: the sum, average or latest of the
 * period values up to the reporting period, blank when none has a value. Ranges are combined
 * inside SUMPRODUCT, which Sheets, Excel and LibreOffice all evaluate element by element, rather
 * than with OFFSET, whose moving width not every engine accepts.
 */
export function actualFormula(cells: PeriodCells): string {
  const { numbers: n, values: v, through: k } = cells;
  const inPeriod = `(${n}<=${k})*ISNUMBER(${v})`;
  const count = `SUMPRODUCT(${inPeriod})`;
  const sum = `SUMPRODUCT(${inPeriod},${v})`;
  const latest = `INDEX(${v},1,SUMPRODUCT(MAX(${inPeriod}*${n})))`;
  return (
    `=IF(${count}=0,"",IF(${aggregationTest(cells.aggregation, "sum")},${sum},` +
    `IF(${aggregationTest(cells.aggregation, "latest")},${latest},${sum}/${count})))`
  );
}

/**
 * Builds an expression for a target or threshold as the score compares it: a Sum KPI's
 * whole-year value pro-rated to the periods passed, other values as they are, blank when blank.
 */
export function proratedExpression(reference: string, cells: PeriodCells): string {
  return `IF(ISNUMBER(${reference}),IF(${aggregationTest(cells.aggregation, "sum")},${reference}*${cells.through}/${cells.periods},${reference}),"")`;
}

/** Builds the formula of the periods-passed cell: the reporting period's position, or all periods. */
export function throughFormula(reportingCell: string, headers: string, periods: number): string {
  return `=IFERROR(MATCH(${reportingCell},${headers},0),${periods})`;
}
