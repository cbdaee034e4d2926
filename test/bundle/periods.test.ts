import { periodLabels } from "../../src/core/periods/periods";
import { aggregatePeriods, prorate } from "../../src/core/periods/aggregate";
import type { ScorecardResult } from "../../src/core/scorecard/result";
import { columnOf, generate, loadAddon, type Sheet } from "./addon";

const HEADER_ROW = 6;
const FIRST_KPI_ROW = 7;
const YEAR = 2026;

type Emulator = ReturnType<typeof loadAddon>;

function monthlyTab(emulator: Emulator, reporting: number, language: "vi" | "en" = "vi"): Sheet {
  const [sheet] = generate(emulator, {
    language,
    groups: [{ kind: "department", key: "marketing" }],
    layout: "full",
    periods: { kind: "month", year: YEAR, reporting },
  });
  return sheet;
}

function rowOf(sheet: Sheet, id: string): number {
  const ids = sheet.getRange(FIRST_KPI_ROW, 1, sheet.getLastRow() - HEADER_ROW, 1).getValues().map((row) => row[0]);
  return FIRST_KPI_ROW + ids.indexOf(id);
}

describe("a full-layout tab with monthly columns", () => {
  const emulator = loadAddon({ language: "vi" });
  const sheet = monthlyTab(emulator, 3);
  const labels = periodLabels("month", YEAR, "vi");
  const firstMonth = columnOf(sheet, HEADER_ROW, "T1/2026");

  test("heads one column per month of the year", () => {
    expect(sheet.getRange(HEADER_ROW, firstMonth, 1, 12).getValues()[0]).toEqual(labels);
    expect(sheet.getRange(5, firstMonth, 1, 12).getValues()[0]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  test("has a reporting period cell with a dropdown of the months", () => {
    expect(sheet.getRange("A5:D5").getValues()[0]).toEqual(["Kỳ báo cáo", "T3/2026", "Số kỳ đã qua", 3]);
    expect(sheet.getRange("B5").getDataValidation()?.getCriteriaValues()[0]).toEqual(labels);
  });

  test("fills the aggregation of each KPI from the catalog", () => {
    const aggregation = columnOf(sheet, HEADER_ROW, "Cách tổng hợp");
    expect(sheet.getRange(rowOf(sheet, "MKT-01"), aggregation).getValue()).toBe("Cộng dồn");
    expect(sheet.getRange(rowOf(sheet, "MKT-07"), aggregation).getValue()).toBe("Trung bình");
    expect(sheet.getRange(rowOf(sheet, "MKT-08"), aggregation).getValue()).toBe("Kỳ gần nhất");
  });

  test("explains that the target and threshold are for the year", () => {
    expect(sheet.getRange(HEADER_ROW, columnOf(sheet, HEADER_ROW, "Mục tiêu")).getNote()).toMatch(/^Giá trị cần đạt cho cả năm/);
    expect(sheet.getRange(HEADER_ROW, columnOf(sheet, HEADER_ROW, "Định mức tối thiểu")).getNote()).toMatch(/cho cả năm/);
    expect(sheet.getRange(HEADER_ROW, columnOf(sheet, HEADER_ROW, "Thực tế")).getNote()).toMatch(/^Công thức:/);
  });

  test("computes the actual as a formula", () => {
    expect(sheet.getRange(rowOf(sheet, "MKT-01"), columnOf(sheet, HEADER_ROW, "Thực tế")).getFormula()).toMatch(/^=IF\(SUMPRODUCT\(/);
  });
});

describe("the actual formula against the core's aggregation", () => {
  const cases: [string, (number | "")[]][] = [
    ["every month filled", [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]],
    ["gaps", ["", 5, "", 7, "", "", 2, "", "", "", "", 9]],
    ["nothing yet", ["", "", "", "", "", "", "", "", "", "", "", ""]],
    ["only after the reporting period", ["", "", "", "", "", "", "", "", "", "", 3, 4]],
  ];
  const emulator = loadAddon({ language: "en" });
  const sheet = monthlyTab(emulator, 1, "en");
  const firstMonth = columnOf(sheet, HEADER_ROW, "Jan 2026");
  const actual = columnOf(sheet, HEADER_ROW, "Actual");
  const rows = { sum: rowOf(sheet, "MKT-01"), average: rowOf(sheet, "MKT-07"), latest: rowOf(sheet, "MKT-08") } as const;

  test.each(cases)("with %s, for every reporting month and aggregation", (_name, months) => {
    for (const row of Object.values(rows)) sheet.getRange(row, firstMonth, 1, 12).setValues([months]);
    for (let through = 1; through <= 12; through++) {
      sheet.getRange("B5").setValue(periodLabels("month", YEAR, "en")[through - 1]);
      for (const [aggregation, row] of Object.entries(rows) as [keyof typeof rows, number][]) {
        const expected = aggregatePeriods(months.map((value) => (value === "" ? null : value)), through, aggregation);
        const shown = sheet.getRange(row, actual).getValue();
        expect([aggregation, through, shown]).toEqual([aggregation, through, expected === null ? "" : expect.closeTo(expected, 9)]);
      }
    }
  });
});

describe("a Sum KPI's yearly target", () => {
  const emulator = loadAddon({ language: "vi" });
  const sheet = monthlyTab(emulator, 3);
  const row = rowOf(sheet, "MKT-01");
  const firstMonth = columnOf(sheet, HEADER_ROW, "T1/2026");
  sheet.getRange(row, columnOf(sheet, HEADER_ROW, "Mục tiêu")).setValue(1200);
  sheet.getRange(row, columnOf(sheet, HEADER_ROW, "Định mức tối thiểu")).setValue(600);
  sheet.getRange(row, firstMonth, 1, 3).setValues([[100, 80, 70]]);
  const read = (header: string) => sheet.getRange(row, columnOf(sheet, HEADER_ROW, header)).getValue();

  test("is pro-rated to the reporting period in the tab's score", () => {
    // 250 against 1200 × 3/12 = 300, threshold 600 × 3/12 = 150.
    expect(read("Thực tế")).toBe(250);
    expect(read("Điểm")).toBeCloseTo((250 - 150) / (300 - 150), 12);
    expect(read("Chênh lệch")).toBe(-50);
    expect(read("Trạng thái")).toBe("Cần cải thiện");
  });

  test("is pro-rated the same way by the scorecard", () => {
    const result = emulator.run("getScorecardResult", []) as ScorecardResult;
    const kpi = result.kpis.find((entry) => entry.id === "MKT-01");
    expect(kpi).toMatchObject({ actual: 250, target: prorate(1200, "sum", 3, 12), threshold: prorate(600, "sum", 3, 12) });
    expect(kpi?.score).toBeCloseTo(read("Điểm") as number, 12);
    expect(kpi?.status).toBe("attention");
  });

  test("follows the reporting period when it moves", () => {
    sheet.getRange("B5").setValue("T6/2026");
    expect(read("Thực tế")).toBe(250);
    expect(read("Điểm")).toBe(0);
    const result = emulator.run("getScorecardResult", []) as ScorecardResult;
    expect(result.kpis.find((entry) => entry.id === "MKT-01")?.score).toBe(0);
  });
});
