import type { ScorecardResult } from "../../src/core/scorecard/result";
import { addUserTab, columnOf, generate, loadAddon, type Sheet } from "./addon";

type Emulator = ReturnType<typeof loadAddon>;

const HEADER_ROW = 6;
const FIRST_KPI_ROW = 7;
const result = (emulator: Emulator) => emulator.run("getScorecardResult", []) as ScorecardResult;

function rowOf(sheet: Sheet, id: string): number {
  const ids = sheet.getRange(FIRST_KPI_ROW, 1, sheet.getLastRow() - HEADER_ROW, 1).getValues().map((row) => row[0]);
  return FIRST_KPI_ROW + ids.indexOf(id);
}

describe("values that are not numbers", () => {
  const emulator = loadAddon({ language: "vi" });
  addUserTab(emulator, "Theo dõi", [
    ["Mã KPI", "KPI", "Khía cạnh", "Thực tế", "Mục tiêu", "Định mức tối thiểu", "Trọng số"],
    ["A-1", "Doanh thu", "Tài chính", "chưa chốt", 100, "", 1],
    ["A-2", "Khách hàng mới", "Khách hàng", 40, "khoảng 50", "ND", "hai"],
    ["A-3", "Chi phí", "Tài chính", "N/A", 100, "-", 1],
  ]);
  const json = result(emulator);
  const invalid = json.attention.filter((item) => item.kind === "invalid_value");

  test("are listed with the text the user typed and the column it is in", () => {
    expect(invalid.map((item) => [item.kpi, item.row])).toEqual([
      ["Doanh thu", 2],
      ["Khách hàng mới", 3],
      ["Khách hàng mới", 3],
    ]);
    expect(invalid[0].message).toBe(
      'Ô Thực tế đang ghi "chưa chốt", không phải là số nên KPI chưa có giá trị thực tế. Hãy nhập số, hoặc để trống nếu chưa có số liệu.',
    );
    expect(invalid[1].message).toContain('Ô Mục tiêu đang ghi "khoảng 50"');
    expect(invalid[2].message).toContain('Ô Trọng số đang ghi "hai"');
  });

  test("leave out the no-data words ND, N/A and a dash", () => {
    expect(invalid.some((item) => item.kpi === "Chi phí")).toBe(false);
    expect(invalid.some((item) => item.message.includes("ND"))).toBe(false);
  });
});

describe("a monthly tab edited by hand", () => {
  const emulator = loadAddon({ language: "en" });
  const [sheet] = generate(emulator, {
    language: "en",
    groups: [{ kind: "department", key: "marketing" }],
    layout: "full",
    periods: { kind: "month", year: 2026, reporting: 3 },
  });
  const firstMonth = columnOf(sheet, HEADER_ROW, "Jan 2026");
  const actual = columnOf(sheet, HEADER_ROW, "Actual");
  const sumRow = rowOf(sheet, "MKT-01");
  const averageRow = rowOf(sheet, "MKT-07");
  const latestRow = rowOf(sheet, "MKT-08");
  sheet.getRange(sumRow, firstMonth, 1, 3).setValues([[100, 80, 70]]);
  sheet.getRange(sumRow, actual).setValue(999);
  sheet.getRange(averageRow, actual).setValue(42);
  sheet.getRange(latestRow, firstMonth, 1, 2).setValues([[5, "five"]]);
  const json = result(emulator);
  const item = (kind: string) => json.attention.filter((entry) => entry.kind === kind);
  const kpi = (id: string) => json.kpis.find((entry) => entry.id === id);

  test("uses the period figures when a number is typed over the actual formula", () => {
    expect(kpi("MKT-01")?.actual).toBe(250);
    expect(item("actual_differs").map((entry) => entry.row)).toEqual([sumRow]);
    expect(item("actual_differs")[0].message).toContain("shows 999, but the period columns give 250");
  });

  test("keeps a typed actual when no period has a figure, and says so", () => {
    expect(kpi("MKT-07")?.actual).toBe(42);
    expect(item("actual_typed").map((entry) => entry.row)).toEqual([averageRow]);
  });

  test("names the period cell that is not a number", () => {
    expect(item("invalid_value").map((entry) => [entry.row, entry.message])).toEqual([
      [latestRow, 'The Feb 2026 cell contains "five", which is not a number, so that period counts as having no data. Type a number, or leave it blank.'],
    ]);
    expect(kpi("MKT-08")?.actual).toBe(5);
  });
});

describe("a monthly tab whose reporting period is cleared", () => {
  const emulator = loadAddon({ language: "vi" });
  const [sheet] = generate(emulator, {
    groups: [{ kind: "department", key: "marketing" }],
    layout: "full",
    periods: { kind: "month", year: 2026, reporting: 2 },
  });
  const row = rowOf(sheet, "MKT-01");
  const firstMonth = columnOf(sheet, HEADER_ROW, "T1/2026");
  sheet.getRange(row, firstMonth, 1, 4).setValues([[10, 20, 30, 40]]);
  sheet.getRange(row, columnOf(sheet, HEADER_ROW, "Mục tiêu")).setValue(1200);
  sheet.getRange("B5").setValue("");
  const json = result(emulator);

  test("counts every period, in the tab and in the scorecard alike", () => {
    expect(sheet.getRange("D5").getValue()).toBe(12);
    expect(sheet.getRange(row, columnOf(sheet, HEADER_ROW, "Thực tế")).getValue()).toBe(100);
    expect(json.kpis.find((entry) => entry.id === "MKT-01")).toMatchObject({ actual: 100, target: 1200 });
  });

  test("is flagged once for the tab", () => {
    const flagged = json.attention.filter((entry) => entry.kind === "reporting_period");
    expect(flagged.map((entry) => [entry.tab, entry.kpi])).toEqual([["KPI - Marketing", null]]);
  });

  test("is flagged when it names a period the tab does not have", () => {
    sheet.getRange("B5").setValue("T3/2025");
    const again = result(emulator);
    expect(again.attention.filter((entry) => entry.kind === "reporting_period")).toHaveLength(1);
    expect(again.kpis.find((entry) => entry.id === "MKT-01")?.actual).toBe(100);
  });
});
