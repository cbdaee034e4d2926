import type { ScorecardResult } from "../../src/core/scorecard/result";
import { addUserTab, columnOf, generate, loadAddon, type Sheet } from "../bundle/addon";
export { addUserTab, columnOf, generate, loadAddon };
export type { Sheet };
export type Emulator = ReturnType<typeof loadAddon>;
export const HEADER_ROW = 6;
export const FIRST_KPI_ROW = 7;
export const result = (emulator: Emulator) => emulator.run("getScorecardResult", []) as ScorecardResult;
export function rowOf(sheet: Sheet, id: string): number {
  const ids = sheet.getRange(FIRST_KPI_ROW, 1, sheet.getLastRow() - HEADER_ROW, 1).getValues().map((row) => row[0]);
  return FIRST_KPI_ROW + ids.indexOf(id);
}
export function fullTab(emulator: Emulator, language: "vi" | "en", kind: "month" | "quarter" | "week", year: number, reporting: number, key = "marketing"): Sheet {
  const [sheet] = generate(emulator, { language, groups: [{ kind: "department", key }], layout: "full", periods: { kind, year, reporting } });
  return sheet;
}
