import { DIRECTIONS, type Direction } from "../catalog/vocabulary";
import type { Language } from "../i18n/language";
import { directionLabel } from "../kpi/direction";
import { statusLabel } from "../kpi/labels";
import { formulaString } from "./a1";

/** A1 addresses of one KPI row's cells that the formulas read. */
export interface RowCells {
  readonly name: string;
  readonly actual: string;
  readonly target: string;
  readonly threshold: string;
  readonly direction: string;
  readonly score: string;
}

const DIRECTION_WORDS: Readonly<Record<Direction, readonly string[]>> = {
  higher: ["higher", "cao"],
  lower: ["lower", "thấp"],
  target: ["target", "mục tiêu"],
};

// Matches the dropdown labels of both languages and the short words KPI_SCORE accepts.
// Sheets, Excel and LibreOffice all compare text with "=" ignoring case.
function directionTest(cell: string, direction: Direction): string {
  const words = [directionLabel(direction, "vi"), directionLabel(direction, "en"), ...DIRECTION_WORDS[direction]];
  return `OR(${words.map((word) => `${cell}=${formulaString(word)}`).join(",")})`;
}

/**
 * Builds the score formula of one row: the same result as KPI_SCORE with cap 1, using only
 * functions that Google Sheets, Excel and LibreOffice share. Inputs that KPI_SCORE rejects give
 * #N/A; a missing actual or target gives a blank.
 */
export function scoreFormula(cells: RowCells): string {
  const { actual: a, target: t, threshold: r, direction: d } = cells;
  const isHigher = directionTest(d, "higher");
  const isLower = directionTest(d, "lower");
  const isTarget = directionTest(d, "target");
  const known = DIRECTIONS.map((direction) => directionTest(d, direction)).join(",");

  const withThreshold =
    `IF(${r}=${t},NA(),IF(${isTarget},MAX(0,1-ABS(${a}-${t})/ABS(${t}-${r})),` +
    `IF(OR(AND(${isHigher},${r}>${t}),AND(${isLower},${r}<${t})),NA(),MAX(0,MIN(1,(${a}-${r})/(${t}-${r}))))))`;
  const withoutThreshold =
    `IF(${isTarget},NA(),IF(${isLower},` +
    `IF(${t}<0,NA(),IF(${t}=0,IF(${a}<=0,1,0),IF(${a}<=0,1,MIN(1,${t}/${a})))),` +
    `IF(${t}<=0,NA(),MAX(0,MIN(1,${a}/${t})))))`;

  return (
    `=IF(OR(NOT(ISNUMBER(${a})),NOT(ISNUMBER(${t}))),"",` +
    `IF(AND(${d}<>"",NOT(OR(${known}))),NA(),` +
    `IF(ISNUMBER(${r}),${withThreshold},${withoutThreshold})))`
  );
}

/**
 * Builds the status formula of one row from its score cell: on target at a score of 1 (0.9 when
 * closer to target is better), failing when the actual is worse than the threshold (below 70%
 * without one), otherwise needs attention; no data without a score.
 */
export function statusFormula(cells: RowCells, language: Language): string {
  const { name: n, actual: a, target: t, threshold: r, direction: d, score: s } = cells;
  const isTarget = directionTest(d, "target");
  const label = (status: Parameters<typeof statusLabel>[0]) => formulaString(statusLabel(status, language));
  const worseThanThreshold = `IF(${isTarget},ABS(${a}-${t})>ABS(${r}-${t}),IF(${r}<${t},${a}<${r},${a}>${r}))`;

  return (
    `=IF(${n}="","",IF(NOT(ISNUMBER(${s})),${label("no_data")},` +
    `IF(${s}>=IF(${isTarget},0.9,1),${label("on_target")},` +
    `IF(IF(ISNUMBER(${r}),${worseThanThreshold},${s}<0.7),${label("failing")},${label("attention")}))))`
  );
}

/** Builds the variance formula of one row: actual − target, blank unless both are numbers. */
export function varianceFormula(cells: RowCells): string {
  return `=IF(AND(ISNUMBER(${cells.actual}),ISNUMBER(${cells.target})),${cells.actual}-${cells.target},"")`;
}
