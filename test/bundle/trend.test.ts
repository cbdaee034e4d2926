import type { ScorecardResult } from "../../src/core/scorecard/result";
import { columnOf, generate, loadAddon, type Sheet } from "./addon";

const HEADER_ROW = 6;
const FIRST_KPI_ROW = 7;

describe("the trend over tabs with different periods", () => {
  const emulator = loadAddon({ language: "vi" });
  const [monthly] = generate(emulator, {
    groups: [{ kind: "department", key: "marketing" }],
    layout: "full",
    periods: { kind: "month", year: 2026, reporting: 3 },
  });
  const [quarterly] = generate(emulator, {
    groups: [{ kind: "department", key: "hr" }],
    layout: "full",
    periods: { kind: "quarter", year: 2026, reporting: 2 },
  });
  const [lastYear] = generate(emulator, {
    groups: [{ kind: "department", key: "sales" }],
    layout: "full",
    periods: { kind: "month", year: 2025, reporting: 12 },
  });
  const firstPeriods: [Sheet, string][] = [
    [monthly, "T1/2026"],
    [quarterly, "Q1/2026"],
    [lastYear, "T1/2025"],
  ];
  for (const [sheet, firstPeriod] of firstPeriods) {
    const first = columnOf(sheet, HEADER_ROW, firstPeriod);
    sheet.getRange(FIRST_KPI_ROW, columnOf(sheet, HEADER_ROW, "Mục tiêu")).setValue(100);
    sheet.getRange(FIRST_KPI_ROW, first, 1, 2).setValues([[10, 20]]);
  }
  emulator.run("buildScorecard", []);
  const json = emulator.run("getScorecardResult", []) as ScorecardResult;
  const kpisIn = (tab: string) => json.kpis.filter((kpi) => kpi.tab === tab).length;

  test("follows the period set most KPIs share", () => {
    expect(kpisIn("KPI - Marketing")).toBeGreaterThan(Math.max(kpisIn("KPI - Nhân sự"), kpisIn("KPI - Bán hàng")));
    expect(json.trendTabs).toEqual(["KPI - Marketing"]);
  });

  test("never mixes months with quarters or another year", () => {
    expect(json.trend.map((point) => point.period)).toEqual(["T1/2026", "T2/2026", "T3/2026"]);
  });

  test("names its tabs on the summary tab", () => {
    const values = emulator.spreadsheet.getSheets()[0].getDataRange().getValues();
    const title = values.findIndex((row) => row[0] === "Xu hướng theo kỳ");
    expect(values[title + 1][0]).toBe(`Tính từ các tab có những cột theo kỳ này: ${json.trendTabs.join(", ")}.`);
    expect(values[title + 2][0]).toBe("Kỳ");
  });
});

describe("the trend over tabs in both languages", () => {
  test("lines up the same months", () => {
    const emulator = loadAddon({ language: "vi" });
    generate(emulator, { groups: [{ kind: "department", key: "marketing" }], layout: "full", periods: { kind: "month", year: 2026, reporting: 2 } });
    generate(emulator, { language: "en", groups: [{ kind: "department", key: "sales" }], layout: "full", periods: { kind: "month", year: 2026, reporting: 2 } });
    const json = emulator.run("getScorecardResult", []) as ScorecardResult;
    expect(json.trendTabs).toEqual(["KPI - Marketing", "KPI - Sales"]);
  });
});
