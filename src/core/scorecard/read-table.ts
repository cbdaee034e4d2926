import type { Aggregation, Direction, Frequency, IndicatorType, Perspective, Unit } from "../catalog/vocabulary";
import { aggregatePeriods, prorate } from "../periods/aggregate";
import { parsePeriodLabel, type Period } from "../periods/periods";
import type { MessageParams } from "../errors";
import type { MessageKey } from "../i18n/messages";
import type { ColumnKey } from "../kpi/columns";
import { parseDirection } from "../kpi/direction";
import { parseAggregation, parseFrequency, parseIndicatorType, parsePerspective, parseUnit } from "../kpi/labels";
import { translate } from "../i18n/messages";
import { parseNumberText, type DecimalSeparator } from "../values/number-text";
import { foldText } from "../values/normalize";
import { recognizeHeaderRow } from "./headers";

/** How far down a tab the header row is looked for. */
export const HEADER_SEARCH_ROWS = 20;

const REQUIRED_COLUMNS: readonly ColumnKey[] = ["name", "actual", "target"];
const NO_DATA_WORDS = new Set(["", "nd", "na", "n a", "none", "khong co"]);

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
  readonly column: "actual" | "target" | "threshold" | "weight" | "period";
  readonly text: string;
  /** The period column's label, for a value in a period column. */
  readonly period?: string;
}

/** A KPI's values per period, and what its actual, target and threshold are made of. */
export interface PeriodSeries {
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
  /** A number typed over the actual formula, as the actual cell shows it. */
  readonly typedActual: number | null;
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
  const periodColumns = findPeriodColumns(grid[headerIndex]);
  const records: KpiRecord[] = [];
  for (let index = headerIndex + 1; index < grid.length; index++) {
    const record = readRecord(tab, index + 1, grid[index], columns, decimalSeparator, tabPerspective);
    if (record) records.push(record);
  }
  if (periodColumns.length > 0) {
    // Without a usable reporting period every period counts, as the tab's own formulas do.
    const reporting = reportingPeriod(grid, headerIndex, periodColumns);
    const through = reporting.position ?? periodColumns.length;
    for (let index = 0; index < records.length; index++) {
      records[index] = withPeriods(records[index], grid[records[index].row - 1], periodColumns, through, columns, decimalSeparator, reporting.unusable);
    }
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

interface PeriodColumn {
  readonly index: number;
  readonly period: Period;
  readonly label: string;
}

function findPeriodColumns(header: readonly unknown[]): PeriodColumn[] {
  const found: PeriodColumn[] = [];
  header.forEach((cell, index) => {
    const period = parsePeriodLabel(cell);
    if (period) found.push({ index, period, label: String(cell).trim() });
  });
  return found;
}

let reportingWords: Set<string> | undefined;

/**
 * Finds the reporting period cell above the header ("Kỳ báo cáo" or "Reporting period", then the
 * period) and returns its position among the period columns. `unusable` is true when the cell is
 * there but blank or names no period column.
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
    const chosen = parsePeriodLabel(line[labelAt + 1]);
    const position = chosen
      ? periods.findIndex((column) => column.period.kind === chosen.kind && column.period.index === chosen.index && column.period.year === chosen.year)
      : -1;
    return position < 0 ? { position: null, unusable: true } : { position: position + 1, unusable: false };
  }
  return { position: null, unusable: false };
}

/**
 * Derives a KPI's actual from its period values up to the reporting period, and pro-rates a Sum
 * KPI's yearly target and threshold to it. A blank aggregation counts as latest, which needs no
 * pro-rating and suits balances and rates alike.
 */
function withPeriods(
  record: KpiRecord,
  line: readonly unknown[],
  periods: readonly PeriodColumn[],
  through: number,
  columns: Map<ColumnKey, number>,
  decimalSeparator: () => DecimalSeparator,
  reportingUnusable: boolean,
): KpiRecord {
  const aggregationAt = columns.get("aggregation");
  const aggregation = (aggregationAt === undefined ? null : parseAggregation(textOf(line[aggregationAt]))) ?? "latest";
  const values = periods.map((column) => numberOf(line[column.index], decimalSeparator));
  const badPeriod = periods.find((column) => numberOf(line[column.index], decimalSeparator) === null && !isNoData(line[column.index]));
  const unreadable = [
    ...record.unreadable.filter((value) => value.column !== "actual"),
    ...(badPeriod ? [{ column: "period" as const, text: displayText(line[badPeriod.index]), period: badPeriod.label }] : []),
  ];
  // The actual cell holds the aggregate formula. A number typed over it counts only when no period
  // has a value, since the period columns are where actuals belong.
  const fromPeriods = aggregatePeriods(values, through, aggregation);
  const typedActual = record.actual;
  return {
    ...record,
    unreadable,
    actual: fromPeriods ?? typedActual,
    target: prorate(record.target, aggregation, through, periods.length),
    threshold: prorate(record.threshold, aggregation, through, periods.length),
    periods: {
      labels: periods.map((column) => column.label),
      values,
      through,
      aggregation,
      yearTarget: record.target,
      yearThreshold: record.threshold,
      reportingUnusable,
      typedActual,
    },
  };
}

// Dates from Sheets come from another realm in Apps Script and in the tests, so instanceof is unsafe.
function dateOf(value: unknown): Date | null {
  if (Object.prototype.toString.call(value) !== "[object Date]") return null;
  const date = value as Date;
  return Number.isNaN(date.getTime()) ? null : date;
}

function isBlank(value: unknown): boolean {
  return value === "" || value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Returns text exactly as typed, trimmed; numbers and dates as their plain text. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

/** Whether a cell says there is no data: blank, "ND", "N/A", "-" and the like. */
function isNoData(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (typeof value !== "string") return false;
  const text = value.trim();
  return NO_DATA_WORDS.has(foldText(text)) || /^[-–—]+$/.test(text);
}

// The value as a user would recognise it in a message, cut short if long.
function displayText(value: unknown): string {
  const text = Object.prototype.toString.call(value) === "[object Date]" ? (value as Date).toISOString().slice(0, 10) : String(value).trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Reads a numeric cell; blanks, "ND", "N/A", "-" and text that is not a number give null (no data). */
function numberOf(value: unknown, decimalSeparator: () => DecimalSeparator): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (NO_DATA_WORDS.has(foldText(text)) || /^[-–—]+$/.test(text)) return null;
  return parseNumberText(text, decimalSeparator);
}
