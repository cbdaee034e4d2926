import { COLUMN_KEYS, HEADER_SYNONYMS, type ColumnKey } from "../kpi/columns";
import { headerLabel } from "../kpi/labels";
import { foldText } from "../values/normalize";

let lookup: Map<string, ColumnKey> | undefined;

function buildLookup(): Map<string, ColumnKey> {
  const map = new Map<string, ColumnKey>();
  for (const key of COLUMN_KEYS) {
    for (const language of ["vi", "en"] as const) map.set(foldHeader(headerLabel(key, language)), key);
  }
  for (const key of COLUMN_KEYS) {
    for (const word of HEADER_SYNONYMS[key] ?? []) if (!map.has(word)) map.set(word, key);
  }
  return map;
}

// A unit in brackets ("Mục tiêu (%)", "Target (VND)") does not change what the column holds.
function foldHeader(text: string): string {
  return foldText(text.replace(/\([^)]*\)|\[[^\]]*\]/g, " "));
}

/** Returns the column a header cell names, in either language, or null. */
export function columnOfHeader(cell: unknown): ColumnKey | null {
  if (typeof cell !== "string") return null;
  lookup ??= buildLookup();
  return lookup.get(foldHeader(cell)) ?? null;
}

// "Chỉ tiêu" means both "indicator" and "quota" in Vietnamese reports.
const NAME_OR_TARGET = "chi tieu";

/**
 * Maps each recognised column of a header row to its 0-based index; the first match wins. A
 * "Chỉ tiêu" column is the target unless the row has another target column and no name column,
 * as in "STT | Chỉ tiêu | Kế hoạch | Thực hiện", where it names the KPIs.
 */
export function recognizeHeaderRow(row: readonly unknown[]): Map<ColumnKey, number> {
  const columns = new Map<ColumnKey, number>();
  let nameOrTarget: number | null = null;
  row.forEach((cell, index) => {
    if (typeof cell === "string" && foldHeader(cell) === NAME_OR_TARGET) {
      nameOrTarget ??= index;
      return;
    }
    const key = columnOfHeader(cell);
    if (key !== null && !columns.has(key)) columns.set(key, index);
  });
  if (nameOrTarget !== null) {
    if (!columns.has("target")) columns.set("target", nameOrTarget);
    else if (!columns.has("name")) columns.set("name", nameOrTarget);
  }
  return columns;
}
