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

  test("quote the typed text by column", () => {
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

describe("a user's own tab with month columns", () => {
  const emulator = loadAddon({ language: "vi" });
  addUserTab(emulator, "Doanh số", [
    ["KPI", "Thực tế", "Mục tiêu", "T1/2026", "T2/2026", "T3/2026"],
    ["Doanh thu", 600, 1200, 100, 200, 300],
    ["Khách mới", 45, 50, 40, "", ""],
  ]);
  const json = result(emulator);

  test("keeps the actual the user typed", () => {
    expect(json.kpis.map((kpi) => [kpi.name, kpi.actual, kpi.score])).toEqual([
      ["Doanh thu", 600, 0.5],
      ["Khách mới", 45, 0.9],
    ]);
  });

  test("raises no formula warnings", () => {
    expect(json.attention.filter((item) => item.kind === "actual_differs" || item.kind === "actual_typed")).toEqual([]);
  });
});

describe("a monthly tab and the scorecard agree", () => {
  type Setup = (sheet: Sheet, row: number, columns: { aggregation: number; firstMonth: number }) => void;
  const cases: [string, Setup][] = [
    ["a blank aggregation", (sheet, row, { aggregation }) => sheet.getRange(row, aggregation).setValue("")],
    ["an aggregation typed without accents", (sheet, row, { aggregation }) => sheet.getRange(row, aggregation).setValue("Cong don")],
    ["an aggregation in capitals", (sheet, row, { aggregation }) => sheet.getRange(row, aggregation).setValue("KỲ GẦN NHẤT")],
    ["a reporting period with a space", (sheet) => sheet.getRange("B5").setValue(" T3/2026")],
    ["a reporting period in English", (sheet) => sheet.getRange("B5").setValue("Mar 2026")],
    ["a reporting period in lower case", (sheet) => sheet.getRange("B5").setValue("t3/2026")],
    ["a number typed as text in a month", (sheet, row, { firstMonth }) => sheet.getRange(row, firstMonth + 1).setValue("1.234,5")],
  ];

  test.each(cases)("with %s", (_name, setup) => {
    const emulator = loadAddon({ language: "vi" });
    const [sheet] = generate(emulator, { groups: [{ kind: "department", key: "marketing" }], layout: "full", periods: { kind: "month", year: 2026, reporting: 3 } });
    const row = rowOf(sheet, "MKT-01");
    const firstMonth = columnOf(sheet, HEADER_ROW, "T1/2026");
    sheet.getRange(row, columnOf(sheet, HEADER_ROW, "Mục tiêu")).setValue(1200);
    sheet.getRange(row, firstMonth, 1, 5).setValues([[10, 20, 30, 40, 50]]);
    setup(sheet, row, { aggregation: columnOf(sheet, HEADER_ROW, "Cách tổng hợp"), firstMonth });

    const json = result(emulator);
    const kpi = json.kpis.find((entry) => entry.id === "MKT-01");
    expect(kpi?.actual).toBe(sheet.getRange(row, columnOf(sheet, HEADER_ROW, "Thực tế")).getValue());
    expect(kpi?.score).toBeCloseTo(sheet.getRange(row, columnOf(sheet, HEADER_ROW, "Điểm")).getValue() as number, 12);
    expect(json.attention.filter((item) => item.kind === "actual_differs")).toEqual([]);
  });

  test("a cleared aggregation is flagged", () => {
    const emulator = loadAddon({ language: "vi" });
    const [sheet] = generate(emulator, { groups: [{ kind: "department", key: "marketing" }], layout: "full", periods: { kind: "month", year: 2026, reporting: 3 } });
    sheet.getRange(rowOf(sheet, "MKT-01"), columnOf(sheet, HEADER_ROW, "Cách tổng hợp")).setValue("tổng");
    const flagged = result(emulator).attention.filter((item) => item.kind === "invalid_value");
    expect(flagged.map((item) => item.message)).toEqual([
      'Ô Cách tổng hợp đang ghi "tổng", không phải một lựa chọn của ô này nên các kỳ được lấy trung bình. Hãy chọn Cộng dồn, Trung bình hoặc Kỳ gần nhất.',
    ]);
  });

  test("text typed over the actual formula is flagged", () => {
    const emulator = loadAddon({ language: "vi" });
    const [sheet] = generate(emulator, { groups: [{ kind: "department", key: "marketing" }], layout: "full", periods: { kind: "month", year: 2026, reporting: 3 } });
    const row = rowOf(sheet, "MKT-01");
    sheet.getRange(row, columnOf(sheet, HEADER_ROW, "T1/2026")).setValue(20);
    sheet.getRange(row, columnOf(sheet, HEADER_ROW, "Thực tế")).setValue("ND");
    const differs = result(emulator).attention.filter((item) => item.kind === "actual_differs");
    expect(differs.map((item) => item.message)).toEqual([
      "Ô Thực tế đang ghi ND, nhưng tính từ các cột theo kỳ thì được 20. Thẻ điểm dùng 20. Hãy khôi phục công thức ở ô Thực tế, hoặc sửa lại số liệu theo kỳ.",
    ]);
  });
});

describe("a cell that is not a number", () => {
  test("is not also reported as blank", () => {
    const emulator = loadAddon({ language: "vi" });
    addUserTab(emulator, "Theo dõi", [
      ["KPI", "Khía cạnh", "Thực tế", "Mục tiêu", "Trọng số"],
      ["Doanh thu", "Tài chính", 50, "khoảng 100", "hai"],
    ]);
    const kinds = result(emulator).attention.filter((item) => item.kpi === "Doanh thu").map((item) => item.kind);
    expect(kinds).toEqual(["invalid_value", "invalid_value"]);
  });
});

describe("values quoted in the attention list", () => {
  test("show a % KPI as percentages and round long decimals", () => {
    const emulator = loadAddon({ language: "vi" });
    addUserTab(emulator, "Theo dõi", [
      ["KPI", "Đơn vị", "Thực tế", "Mục tiêu"],
      ["Nhận diện thương hiệu", "%", 0.125, 0.25],
      ["Doanh thu", "VNĐ", 10.123456, 100 / 3],
    ]);
    const messages = result(emulator).attention.filter((item) => item.kind === "failing").map((item) => item.message);
    expect(messages[0]).toMatch(/^Thực tế 12,5% so với mục tiêu 25%:/);
    expect(messages[1]).toMatch(/^Thực tế 10,12 so với mục tiêu 33,33:/);
  });
});
