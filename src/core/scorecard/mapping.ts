import type { Perspective } from "../catalog/vocabulary";
import { KpiError } from "../errors";
import { HEADER_SEARCH_ROWS, MAPPABLE_COLUMNS, type ColumnMapping, type MappableColumn } from "./read-table";

/** Rows of a skipped tab the sidebar shows, as display text. */
export const PREVIEW_ROWS = HEADER_SEARCH_ROWS + 5;

/** A mapping as the sidebar sends it: 1-based header row and 1-based column per field. */
export interface MappingChoice {
  readonly headerRow: number;
  readonly columns: Partial<Record<MappableColumn, number>>;
  readonly perspective?: Perspective;
}

/** Guesses the header row of a table: the first row with at least two cells of text. */
export function suggestHeaderRow(rows: readonly (readonly string[])[]): number {
  const index = rows.findIndex((row) => row.filter((cell) => cell.trim() !== "" && !/^[-+\d.,%\s₫$]+$/.test(cell)).length >= 2);
  return index < 0 ? 1 : index + 1;
}

/**
 * Turns the sidebar's choice into a stored mapping, keeping each column's header text so the
 * column is still found after columns are inserted or moved. Raises a KpiError when the name,
 * actual or target column is missing, when one column is picked twice, or when a column is
 * outside the table.
 */
export function buildMapping(choice: MappingChoice, headerCells: readonly string[]): ColumnMapping {
  const missing = (["name", "actual", "target"] as const).filter((key) => choice.columns[key] === undefined);
  if (missing.length > 0) throw new KpiError("request.mapping_incomplete", { missing: { headers: missing } });

  const seen = new Map<number, MappableColumn>();
  const columns: Partial<Record<MappableColumn, { index: number; header: string }>> = {};
  for (const key of MAPPABLE_COLUMNS) {
    const index = choice.columns[key];
    if (index === undefined) continue;
    if (index > headerCells.length) throw new KpiError("request.mapping_outside", { column: index, columns: headerCells.length });
    if (seen.has(index)) throw new KpiError("request.mapping_duplicate", { column: index });
    seen.set(index, key);
    columns[key] = { index, header: headerCells[index - 1].trim() };
  }
  return { headerRow: choice.headerRow, columns, ...(choice.perspective ? { perspective: choice.perspective } : {}) };
}
