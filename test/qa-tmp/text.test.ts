import { addUserTab, columnOf, fullTab, HEADER_ROW, loadAddon, result, rowOf } from "./util";

const out: string[] = [];
afterAll(() => console.log(out.join("\n")));
const show = (json: ReturnType<typeof result>, skip = ["no_leading", "empty_perspective"]) =>
  json.attention.filter((a) => !skip.includes(a.kind)).map((a) => `  ${a.kind}@${a.tab}!${a.row} [${a.kpi}]: ${a.message}`).join("\n");

test("user tab text values", () => {
  for (const language of ["vi", "en"] as const) {
    const emulator = loadAddon({ language });
    addUserTab(emulator, "Mine", [
      ["KPI", "Thực tế", "Mục tiêu", "Định mức tối thiểu", "Trọng số", "Khía cạnh"],
      ["Doanh thu", 50, "khoảng 50", "", "hai", "Tài chính"],
      ["Lợi nhuận", "12.345.678,9 ₫", "1,234,567.5", "", 1, "Tài chính"],
      ["Big", 12345678.9, 10000, 1234.5, 1, "Tài chính"],
      ["Tiny", 0.5, 95, "", 1, "Tài chính"],
      ["Bool", true, 100, "", 1, "Tài chính"],
      ["Date", new Date(2026, 2, 15), 100, "", 1, "Tài chính"],
      ["Pct", "95", "95%", "", 1, "Tài chính"],
      ["Neg", 50, 100, "", -2, "Tài chính"],
    ]);
    const json = result(emulator);
    out.push(`== ${language}`);
    out.push(json.kpis.map((k) => `  ${k.name}: a=${k.actual} t=${k.target} th=${k.threshold} w=${k.weight} s=${k.score} ${k.status}`).join("\n"));
    out.push(show(json));
  }
});

test("period tab text values", () => {
  for (const language of ["vi", "en"] as const) {
    const emulator = loadAddon({ language });
    const sheet = fullTab(emulator, language, "month", 2026, 3);
    const L = (vi: string, en: string) => (language === "vi" ? vi : en);
    const first = columnOf(sheet, HEADER_ROW, L("T1/2026", "Jan 2026"));
    const actualCol = columnOf(sheet, HEADER_ROW, L("Thực tế", "Actual"));
    const scoreCol = columnOf(sheet, HEADER_ROW, L("Điểm", "Score"));
    const targetCol = columnOf(sheet, HEADER_ROW, L("Mục tiêu", "Target"));
    const thrCol = columnOf(sheet, HEADER_ROW, L("Định mức tối thiểu", "Minimum threshold"));
    const wCol = columnOf(sheet, HEADER_ROW, L("Trọng số", "Weight"));
    const r1 = rowOf(sheet, "MKT-01"), r7 = rowOf(sheet, "MKT-07"), r8 = rowOf(sheet, "MKT-08"), r2 = rowOf(sheet, "MKT-02");
    // text numbers in the other locale's style, in the period columns
    sheet.getRange(r1, first, 1, 3).setValues([[10, language === "vi" ? "1,234.5" : "1.234,5", 30]]);
    sheet.getRange(r1, targetCol).setValue(1200);
    // text over formula, text target / threshold / weight
    sheet.getRange(r7, first, 1, 3).setValues([[10, 20, 30]]);
    sheet.getRange(r7, actualCol).setValue("chưa có");
    sheet.getRange(r7, targetCol).setValue("một trăm");
    sheet.getRange(r8, first, 1, 3).setValues([["x", "y", 30]]);
    sheet.getRange(r8, targetCol).setValue(100);
    sheet.getRange(r8, thrCol).setValue("năm mươi");
    sheet.getRange(r8, wCol).setValue("cao");
    // typed 0 over actual with no period values; typed 12345.5 differs
    sheet.getRange(r2, actualCol).setValue(12345.5);
    sheet.getRange(r2, targetCol).setValue(100000);
    const json = result(emulator);
    out.push(`== period ${language}`);
    for (const [id, row] of [["MKT-01", r1], ["MKT-07", r7], ["MKT-08", r8], ["MKT-02", r2]] as const) {
      const k = json.kpis.find((x) => x.id === id)!;
      out.push(`  ${id}: tab actual=${JSON.stringify(sheet.getRange(row, actualCol).getValue())} tab score=${JSON.stringify(sheet.getRange(row, scoreCol).getValue())} | sc a=${k.actual} t=${k.target} w=${k.weight} s=${k.score}`);
    }
    out.push(show(json, ["no_leading", "empty_perspective", "missing_target", "missing_weight"]));
  }
});
