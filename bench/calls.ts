/**
 * Counts the Apps Script service calls of the built add-on in the emulator: generating a KPI tab
 * of 5 and of 50 KPIs, and building the scorecard over 1, 10 and 50 tabs. Call counts, not times,
 * are what Apps Script charges for, so they are exact and repeatable.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createEmulator, type Emulator } from "../emulator";

const root = path.resolve(__dirname, "..");
const code = readFileSync(path.join(root, "dist/Code.js"), "utf8");

/** Apps Script's limit for one execution, and the pessimistic cost of one service call. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const MS_PER_CALL = 100;

function addonWith(htmlDir: string): Emulator {
  const emulator = createEmulator({ spreadsheetLocale: "vi_VN", htmlDir });
  emulator.setScript(code, "Code.js");
  return emulator;
}

// A copy of dist/ whose catalog also has a group of `size` KPIs, made from the Marketing KPIs
// with new ids, so generation can be measured at sizes the real catalog does not have. The order
// puts one KPI of each unit (count, VND, %) first, so groups of any size from 3 up use the same
// number formats: the calls then depend only on the number of KPIs, which is what is measured.
const UNIT_MIX_ORDER = [0, 2, 6, 1, 3, 4, 5, 7, 8, 9];

function distWithGroupOf(size: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kpi-bench-dist-"));
  cpSync(path.join(root, "dist"), dir, { recursive: true });
  const catalog = JSON.parse(readFileSync(path.join(dir, "Catalog.html"), "utf8"));
  const marketing = catalog.groups.find((group: { key: string }) => group.key === "marketing");
  const kpis = Array.from({ length: size }, (_, index) => ({
    ...marketing.kpis[UNIT_MIX_ORDER[index % UNIT_MIX_ORDER.length]],
    id: `BEN-${String(index + 1).padStart(2, "0")}`,
    related: undefined,
  }));
  catalog.groups.push({ ...marketing, key: "bench", order: 99, kpis });
  writeFileSync(path.join(dir, "Catalog.html"), JSON.stringify(catalog));
  return dir;
}

export function generationCalls(size: number): number {
  const emulator = addonWith(distWithGroupOf(size));
  emulator.resetCalls();
  emulator.run("generateKpiTabs", [{ groups: [{ kind: "department", key: "bench" }], layout: "full" }]);
  return emulator.totalCalls();
}

export function scorecardCalls(tabs: number, kpisPerTab: number): number {
  const emulator = addonWith(path.join(root, "dist"));
  for (let tab = 1; tab <= tabs; tab++) {
    const rows = [["KPI", "Khía cạnh", "Thực tế", "Mục tiêu", "Trọng số"]];
    for (let row = 1; row <= kpisPerTab; row++) rows.push([`KPI ${tab}.${row}`, "Tài chính", String(50 + (row % 60)), "100", "1"]);
    emulator.spreadsheet.insertSheet(`Tab ${tab}`).getRange(1, 1, rows.length, 5).setValues(rows);
  }
  emulator.resetCalls();
  emulator.run("buildScorecard", []);
  if (emulator.ui.alerts.length > 0) throw new Error(`The build failed: ${JSON.stringify(emulator.ui.alerts)}`);
  return emulator.totalCalls();
}
