import type { Direction, Perspective } from "../catalog/schema";
import type { MessageParams } from "../errors";
import type { MessageKey } from "../i18n/messages";
import type { ColumnKey } from "../kpi/columns";
import { parseDirection } from "../kpi/direction";
import { parsePerspective } from "../kpi/labels";
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
export function readKpiTable(tab: string, grid: readonly (readonly unknown[])[], decimalSeparator: () => DecimalSeparator): TableReadResult {
  if (grid.every((row) => row.every(isBlank))) return { kind: "skipped", tab, reason: { key: "sheet.skip.empty" } };

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
    return { kind: "skipped", tab, reason: { key: "sheet.skip.no_header", params: { missing: missing.join(", ") } } };
  }

  const records: KpiRecord[] = [];
  for (let index = best.index + 1; index < grid.length; index++) {
    const record = readRecord(tab, index + 1, grid[index], columns, decimalSeparator);
    if (record) records.push(record);
  }
  if (records.length === 0) return { kind: "skipped", tab, reason: { key: "sheet.skip.no_rows" } };
  return { kind: "table", tab, headerRow: best.index + 1, records };
}

function readRecord(
  tab: string,
  row: number,
  line: readonly unknown[],
  columns: Map<ColumnKey, number>,
  decimalSeparator: () => DecimalSeparator,
): KpiRecord | null {
  const cell = (key: ColumnKey) => {
    const index = columns.get(key);
    return index === undefined ? "" : line[index];
  };
  const name = textOf(cell("name"));
  if (name === "") return null;

  const directionText = textOf(cell("direction"));
  const perspectiveText = textOf(cell("perspective"));
  return {
    tab,
    row,
    id: textOf(cell("id")),
    name,
    perspective: perspectiveText === "" ? null : parsePerspective(perspectiveText),
    objective: textOf(cell("objective")),
    owner: textOf(cell("owner")),
    direction: directionText === "" ? undefined : parseDirection(directionText),
    directionText,
    actual: numberOf(cell("actual"), decimalSeparator),
    target: numberOf(cell("target"), decimalSeparator),
    threshold: numberOf(cell("threshold"), decimalSeparator),
    weight: numberOf(cell("weight"), decimalSeparator),
  };
}

function isBlank(value: unknown): boolean {
  return value === "" || value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Returns text exactly as typed, trimmed; numbers and dates as their plain text. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

/** Reads a numeric cell; blanks, "ND", "N/A", "-" and text that is not a number give null (no data). */
function numberOf(value: unknown, decimalSeparator: () => DecimalSeparator): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (NO_DATA_WORDS.has(foldText(text)) || /^[-–—]+$/.test(text)) return null;
  return parseNumberText(text, decimalSeparator);
}
