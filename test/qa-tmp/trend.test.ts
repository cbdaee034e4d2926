import { addUserTab, columnOf, fullTab, HEADER_ROW, FIRST_KPI_ROW, loadAddon, result } from "./util";

const out: string[] = [];
afterAll(() => console.log(out.join("\n")));

test("mixed languages same kind+year", () => {
  const emulator = loadAddon({ language: "vi" });
  const vi = fullTab(emulator, "vi", "month", 2026, 3, "marketing");
  const en = fullTab(emulator, "en", "month", 2026, 3, "sales");
  const q = fullTab(emulator, "vi", "quarter", 2026, 1, "hr");
  for (const [sheet, first, target] of [[vi, "T1/2026", "Mục tiêu"], [en, "Jan 2026", "Target"], [q, "Q1/2026", "Mục tiêu"]] as const) {
    sheet.getRange(FIRST_KPI_ROW, columnOf(sheet, HEADER_ROW, target)).setValue(100);
    sheet.getRange(FIRST_KPI_ROW, columnOf(sheet, HEADER_ROW, first), 1, 2).setValues([[10, 20]]);
  }
  const json = result(emulator);
  const count = (tab: string) => json.kpis.filter((k) => k.tab === tab).length;
  out.push(`tabs: ${[vi, en, q].map((s) => `${s.getName()}=${count(s.getName())}`).join(", ")}`);
  out.push(`trendTabs=${JSON.stringify(json.trendTabs)} periods=${JSON.stringify(json.trend.map((p) => p.period))}`);
});

test("user tab with lowercase / spaced labels", () => {
  const emulator = loadAddon({ language: "vi" });
  addUserTab(emulator, "A", [["KPI", "Thực tế", "Mục tiêu", "T1/2026", "T2/2026", "T3/2026"], ["x", "", 100, 1, 2, 3], ["y", "", 100, 1, 2, 3]]);
  addUserTab(emulator, "B", [["KPI", "Thực tế", "Mục tiêu", "t1/2026", "t2/2026", "T3/2026 "], ["z", "", 100, 1, 2, 3]]);
  addUserTab(emulator, "C", [["KPI", "Thực tế", "Mục tiêu", "Jan 2026", "Feb 2026", "Mar 2026"], ["w", "", 100, 1, 2, 3]]);
  const json = result(emulator);
  out.push(`user: trendTabs=${JSON.stringify(json.trendTabs)} periods=${JSON.stringify(json.trend.map((p) => p.period))}`);
  out.push(json.kpis.map((k) => `${k.tab}:${k.name} a=${k.actual}`).join(" ; "));
});

test("tie and blank B5", () => {
  const emulator = loadAddon({ language: "vi" });
  addUserTab(emulator, "Q", [["KPI", "Thực tế", "Mục tiêu", "Q1/2026", "Q2/2026"], ["x", "", 100, 1, 2]]);
  addUserTab(emulator, "M", [["KPI", "Thực tế", "Mục tiêu", "T1/2026", "T2/2026"], ["y", "", 100, 1, 2]]);
  const json = result(emulator);
  out.push(`tie: trendTabs=${JSON.stringify(json.trendTabs)} periods=${JSON.stringify(json.trend.map((p) => p.period))}`);
  const e2 = loadAddon({ language: "vi" });
  const s = fullTab(e2, "vi", "month", 2026, 3);
  s.getRange(FIRST_KPI_ROW, columnOf(s, HEADER_ROW, "Mục tiêu")).setValue(1200);
  s.getRange(FIRST_KPI_ROW, columnOf(s, HEADER_ROW, "T1/2026"), 1, 3).setValues([[100, 100, 100]]);
  s.getRange("B5").setValue("");
  const j2 = result(e2);
  out.push(`blankB5: ${j2.trend.map((p) => `${p.period}=${p.overall?.toFixed(3)}`).join(" ")}`);
});
