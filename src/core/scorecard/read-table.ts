import type { Direction, Frequency, IndicatorType, Perspective, Unit } from "../catalog/vocabulary";
import type { MessageParams } from "../errors";
import type { MessageKey } from "../i18n/messages";
import type { ColumnKey } from "../kpi/columns";
import { parseDirection } from "../kpi/direction";
import { parseFrequency, parseIndicatorType, parsePerspective, parseUnit } from "../kpi/labels";
import type { DecimalSeparator } from "../values/number-text";
import { dateOf, displayText, isBlank, isNoData, numberOf, textOf } from "./cells";
import { recognizeHeaderRow } from "./headers";
import { findPeriodColumns, readPeriods, type PeriodSeries } from "./period-series";

export type { PeriodSeries } from "./period-series";

/** How far down a tab the header row is looked for. */
export const HEADER_SEARCH_ROWS = 20;

const REQUIRED_COLUMNS: readonly ColumnKey[] = ["name", "actual", "target"];

/** One KPI row as read from a tab, before scoring. */
export interface KpiRecord {
  readonly tab: string;
  /** 1-based row in the sheet. */
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly perspective: Perspective | null;
  readonly objective: string;
  readonly owner: string;
  /** Direction as typed; undefined when blank; null when the text names no direction. */
  readonly direction: Direction | undefined | null;
  readonly directionText: string;
  readonly actual: number | null;
  readonly target: number | null;
  readonly threshold: number | null;
  /** null when the weight cell is blank: it then counts as 1. */
  readonly weight: number | null;
  readonly unit: Unit | null;
  readonly frequency: Frequency | null;
  readonly indicatorType: IndicatorType | null;
  readonly lastUpdated: Date | null;
  readonly expiry: Date | null;
  /** Period values of a tab with period columns; the actual, target and threshold above are derived from them. */
  readonly periods: PeriodSeries | null;
  /** Values typed where a number belongs that are neither a number nor a "no data" word, first one per column. */
  readonly unreadable: readonly UnreadableValue[];
}

export interface UnreadableValue {
  readonly column: "actual" | "target" | "threshold" | "weight" | "period" | "aggregation";
  readonly text: string;
  /** The period column's label, for a value in a period column. */
  readonly period?: string;
}

/** Columns a user may map by hand for a table the reader does not recognise. */
export const MAPPABLE_COLUMNS = ["name", "actual", "target", "threshold", "direction", "weight", "perspective", "id"] as const;
export type MappableColumn = (typeof MAPPABLE_COLUMNS)[number];

/** A user's mapping of a tab's columns, kept in the document and used by every build. */
export interface ColumnMapping {
  /** 1-based row of the table's header. */
  readonly headerRow: number;
  /** Each mapped column: its 1-based index and the header text it had when mapped. */
  readonly columns: Partial<Record<MappableColumn, { readonly index: number; readonly header: string }>>;
  /** One perspective for every KPI of the tab, when the table has no perspective column. */
  readonly perspective?: Perspective;
}

export interface ReadOptions {
  readonly decimalSeparator: () => DecimalSeparator;
  readonly mapping?: ColumnMapping;
}

export interface Notice {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export type TableReadResult =
  | { readonly kind: "table"; readonly tab: string; readonly headerRow: number; readonly records: readonly KpiRecord[] }
  | { readonly kind: "skipped"; readonly tab: string; readonly reason: Notice };

/**
 * Finds a KPI table in a tab's values (a header row naming at least a KPI name, an actual and a
 * target, within the first rows) and reads every row below it that has a name.
 */
export function readKpiTable(tab: string, grid: readonly (readonly unknown[])[], options: ReadOptions): TableReadResult {
  if (grid.every((row) => row.every(isBlank))) return { kind: "skipped", tab, reason: { key: "sheet.skip.empty" } };
  if (options.mapping) return readMappedTable(tab, grid, options.mapping, options.decimalSeparator);
  const decimalSeparator = options.decimalSeparator;

  let best: { index: number; columns: Map<ColumnKey, number> } | null = null;
  const searchRows = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < searchRows; index++) {
    const columns = recognizeHeaderRow(grid[index]);
    if (REQUIRED_COLUMNS.every((key) => columns.has(key))) {
      best = { index, columns };
      break;
    }
    const found = REQUIRED_COLUMNS.filter((key) => columns.has(key)).length;
    const bestFound = best ? REQUIRED_COLUMNS.filter((key) => best!.columns.has(key)).length : 0;
    if (found > bestFound) best = { index, columns };
  }

  const columns = best?.columns ?? new Map<ColumnKey, number>();
  const missing = REQUIRED_COLUMNS.filter((key) => !columns.has(key));
  if (best === null || missing.length > 0) {
    return { kind: "skipped", tab, reason: { key: "sheet.skip.no_header", params: { missing: { headers: missing } } } };
  }

  return readRows(tab, grid, best.index, columns, decimalSeparator, null);
}

/**
 * Reads a table with the columns a user mapped. A mapped column found under its header text in
 * another place (columns inserted or moved since) is followed there.
 */
function readMappedTable(tab: string, grid: readonly (readonly unknown[])[], mapping: ColumnMapping, decimalSeparator: () => DecimalSeparator): TableReadResult {
  const headerIndex = mapping.headerRow - 1;
  const headers = (grid[headerIndex] ?? []).map((cell) => (cell === null || cell === undefined ? "" : String(cell).trim()));
  const columns = new Map<ColumnKey, number>();
  for (const key of MAPPABLE_COLUMNS) {
    const mapped = mapping.columns[key];
    if (!mapped) continue;
    const index = headers[mapped.index - 1] === mapped.header ? mapped.index - 1 : headers.indexOf(mapped.header);
    if (index >= 0) columns.set(key, index);
  }
  const missing = REQUIRED_COLUMNS.filter((key) => !columns.has(key));
  if (missing.length > 0) {
    return { kind: "skipped", tab, reason: { key: "sheet.skip.mapping_broken", params: { missing: { headers: missing } } } };
  }
  return readRows(tab, grid, headerIndex, columns, decimalSeparator, mapping.perspective ?? null);
}

function readRows(
  tab: string,
  grid: readonly (readonly unknown[])[],
  headerIndex: number,
  columns: Map<ColumnKey, number>,
  decimalSeparator: () => DecimalSeparator,
  tabPerspective: Perspective | null,
): TableReadResult {
  const records: KpiRecord[] = [];
  for (let index = headerIndex + 1; index < grid.length; index++) {
    const record = readRecord(tab, index + 1, grid[index], columns, decimalSeparator, tabPerspective);
    if (record) records.push(record);
  }
  // Period columns count only beside an Aggregation column, as in a generated tab. Elsewhere the
  // Actual column is what the user typed, and month columns are just more data.
  const periodColumns = columns.has("aggregation") ? findPeriodColumns(grid[headerIndex]) : [];
  if (periodColumns.length > 0) {
    const read = readPeriods(grid, headerIndex, periodColumns, columns);
    for (let index = 0; index < records.length; index++) records[index] = read(records[index], grid[records[index].row - 1]);
  }
  if (records.length === 0) return { kind: "skipped", tab, reason: { key: "sheet.skip.no_rows" } };
  return { kind: "table", tab, headerRow: headerIndex + 1, records };
}

function readRecord(
  tab: string,
  row: number,
  line: readonly unknown[],
  columns: Map<ColumnKey, number>,
  decimalSeparator: () => DecimalSeparator,
  tabPerspective: Perspective | null,
): KpiRecord | null {
  const cell = (key: ColumnKey) => {
    const index = columns.get(key);
    return index === undefined ? "" : line[index];
  };
  const name = textOf(cell("name"));
  if (name === "") return null;

  const directionText = textOf(cell("direction"));
  const perspectiveText = textOf(cell("perspective"));
  const unreadable: UnreadableValue[] = [];
  // NOTE: number text ("1.234,5") counts here, while a generated tab's Score formula ignores it.
  const number = (key: "actual" | "target" | "threshold" | "weight") => {
    const value = numberOf(cell(key), decimalSeparator);
    if (value === null && !isNoData(cell(key))) unreadable.push({ column: key, text: displayText(cell(key)) });
    return value;
  };
  return {
    tab,
    row,
    id: textOf(cell("id")),
    name,
    perspective: tabPerspective ?? (perspectiveText === "" ? null : parsePerspective(perspectiveText)),
    objective: textOf(cell("objective")),
    owner: textOf(cell("owner")),
    direction: directionText === "" ? undefined : parseDirection(directionText),
    directionText,
    actual: number("actual"),
    target: number("target"),
    threshold: number("threshold"),
    weight: number("weight"),
    unit: parseUnit(textOf(cell("unit"))),
    frequency: parseFrequency(textOf(cell("frequency"))),
    indicatorType: parseIndicatorType(textOf(cell("indicator_type"))),
    lastUpdated: dateOf(cell("last_updated")),
    expiry: dateOf(cell("expiry")),
    periods: null,
    unreadable,
  };
}
