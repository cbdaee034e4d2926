import { columnOf, fullTab, HEADER_ROW, loadAddon, result, rowOf } from "./util";

const out: string[] = [];
afterAll(() => console.log(out.join("\n")));

function probe(language: "vi" | "en", b5: unknown, aggregationOverride?: string) {
  const emulator = loadAddon({ language });
  const sheet = fullTab(emulator, language, "month", 2026, 3);
  const L = (vi: string, en: string) => (language === "vi" ? vi : en);
  const first = columnOf(sheet, HEADER_ROW, L("T1/2026", "Jan 2026"));
  const actualCol = columnOf(sheet, HEADER_ROW, L("Thực tế", "Actual"));
  const scoreCol = columnOf(sheet, HEADER_ROW, L("Điểm", "Score"));
  const targetCol = columnOf(sheet, HEADER_ROW, L("Mục tiêu", "Target"));
  const aggCol = columnOf(sheet, HEADER_ROW, L("Cách tổng hợp", "Aggregation"));
  const ids = ["MKT-01", "MKT-07", "MKT-08"];
  for (const id of ids) {
    const row = rowOf(sheet, id);
    sheet.getRange(row, first, 1, 5).setValues([[10, 20, 30, 40, 50]]);
    sheet.getRange(row, targetCol).setValue(id === "MKT-01" ? 1200 : 100);
    if (aggregationOverride !== undefined) sheet.getRange(row, aggCol).setValue(aggregationOverride);
  }
  sheet.getRange("B5").setValue(b5);
  const json = result(emulator);
  for (const id of ids) {
    const row = rowOf(sheet, id);
    const kpi = json.kpis.find((k) => k.id === id)!;
    out.push(`${language} B5=${JSON.stringify(b5)} agg=${JSON.stringify(aggregationOverride ?? sheet.getRange(row, aggCol).getValue())} ${id}: D5=${sheet.getRange("D5").getValue()} tab actual=${sheet.getRange(row, actualCol).getValue()} score=${sheet.getRange(row, scoreCol).getValue()} | scorecard actual=${kpi.actual} target=${kpi.target} score=${kpi.score}`);
  }
  out.push("  attention: " + json.attention.filter((a) => !["missing_weight", "no_leading", "empty_perspective", "failing"].includes(a.kind)).map((a) => `${a.kind}@${a.row}: ${a.message}`).join(" || "));
}

test("probe", () => {
  for (const language of ["vi", "en"] as const) {
    for (const b5 of ["", "T3/2025", "Mar 2026", "t3/2026", " T3/2026", "T3/2026 ", "Q1/2026", 3]) probe(language, b5);
  }
  probe("vi", "T3/2026", "");
  probe("en", "Mar 2026", "");
  probe("vi", "T3/2026", "Cong don");
  probe("vi", "T3/2026", "Sum");
  probe("vi", "T3/2026", "tổng");
});
