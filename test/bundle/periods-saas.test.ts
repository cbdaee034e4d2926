import { readFileSync } from "node:fs";
import path from "node:path";
import type { ScorecardResult } from "../../src/core/scorecard/result";
import { columnOf, describeWithFile, generate, loadAddon, SHARED_DATA, type Sheet } from "./addon";

// The public data sets sit beside the project in CI, not on a user's machine.
const FILE = path.join(SHARED_DATA, "saas-monthly-2021.csv");

const HEADER_ROW = 6;
const MONTHS = ["T1/2021", "T2/2021", "T3/2021", "T4/2021", "T5/2021", "T6/2021", "T7/2021", "T8/2021", "T9/2021", "T10/2021", "T11/2021", "T12/2021"];

/** The yearly targets and thresholds typed into the tabs; Sum ones are for the whole year. */
const GOALS = {
  "VAL-01": { target: 1200, threshold: 800 },
  "VAL-02": { target: 600000, threshold: 300000 },
  "RET-01": { target: 0.01, threshold: 0.02 },
  "MKT-06": { target: 1000, threshold: 600 },
} as const;

describeWithFile(FILE, "a year of monthly SaaS metrics in generated tabs", () => {
  const rows = readFileSync(FILE, "utf8").trim().split(/\r?\n/).slice(1).map((line) => line.split(",").map(Number));
  const newCustomers = rows.map((row) => row[1]);
  const churned = rows.map((row) => row[2]);
  const total = rows.map((row) => row[3]);
  const revenue = rows.map((row) => row[4]);
  // Customers at the start of a month are the previous month's total; January's is worked back.
  const start = total.map((value, month) => (month === 0 ? value - newCustomers[0] + churned[0] : total[month - 1]));
  const churnRate = churned.map((lost, month) => lost / start[month]);

  const series: Record<keyof typeof GOALS, number[]> = { "VAL-01": total, "VAL-02": revenue, "RET-01": churnRate, "MKT-06": newCustomers };
  const aggregation = { "VAL-01": "latest", "VAL-02": "sum", "RET-01": "average", "MKT-06": "sum" } as const;
  const weight = { "VAL-01": 3, "VAL-02": 2, "RET-01": 3, "MKT-06": 2 } as const;
  const group = { "VAL-01": "customer", "VAL-02": "financial", "RET-01": "customer", "MKT-06": "customer" } as const;

  const emulator = loadAddon({ language: "vi" });
  const tabs = generate(emulator, {
    groups: [
      { kind: "stage", key: "value_creation" },
      { kind: "stage", key: "retention" },
      { kind: "department", key: "marketing" },
    ],
    layout: "full",
    periods: { kind: "month", year: 2021, reporting: 6 },
  });

  const locate = (id: keyof typeof GOALS): { sheet: Sheet; row: number } => {
    for (const sheet of tabs) {
      const ids = sheet.getRange(HEADER_ROW + 1, 1, sheet.getLastRow() - HEADER_ROW, 1).getValues().map((line) => line[0]);
      const index = ids.indexOf(id);
      if (index >= 0) return { sheet, row: HEADER_ROW + 1 + index };
    }
    throw new Error(`${id} is not in the generated tabs`);
  };

  for (const id of Object.keys(GOALS) as (keyof typeof GOALS)[]) {
    const { sheet, row } = locate(id);
    sheet.getRange(row, columnOf(sheet, HEADER_ROW, "T1/2021"), 1, 12).setValues([series[id]]);
    sheet.getRange(row, columnOf(sheet, HEADER_ROW, "Mục tiêu")).setValue(GOALS[id].target);
    sheet.getRange(row, columnOf(sheet, HEADER_ROW, "Định mức tối thiểu")).setValue(GOALS[id].threshold);
  }

  // Worked out here from the series, independently of the add-on's code.
  const ytd = (id: keyof typeof GOALS, through: number): number => {
    const values = series[id].slice(0, through);
    if (aggregation[id] === "sum") return values.reduce((sum, value) => sum + value, 0);
    if (aggregation[id] === "average") return values.reduce((sum, value) => sum + value, 0) / values.length;
    return values[values.length - 1];
  };
  const goal = (id: keyof typeof GOALS, through: number, key: "target" | "threshold") =>
    aggregation[id] === "sum" ? (GOALS[id][key] * through) / 12 : GOALS[id][key];
  const score = (id: keyof typeof GOALS, through: number): number => {
    const target = goal(id, through, "target");
    const threshold = goal(id, through, "threshold");
    return Math.min(1, Math.max(0, (ytd(id, through) - threshold) / (target - threshold)));
  };
  const groupScore = (key: "customer" | "financial", through: number) => {
    const ids = (Object.keys(GOALS) as (keyof typeof GOALS)[]).filter((id) => group[id] === key);
    const weights = ids.reduce((sum, id) => sum + weight[id], 0);
    return ids.reduce((sum, id) => sum + weight[id] * score(id, through), 0) / weights;
  };

  const result = (through: number) => {
    for (const sheet of tabs) sheet.getRange("B5").setValue(MONTHS[through - 1]);
    return emulator.run("getScorecardResult", []) as ScorecardResult;
  };

  test.each([6, 12])("the tabs show the year-to-date actual and pro-rated score through month %i", (through) => {
    result(through);
    for (const id of Object.keys(GOALS) as (keyof typeof GOALS)[]) {
      const { sheet, row } = locate(id);
      expect([id, sheet.getRange(row, columnOf(sheet, HEADER_ROW, "Thực tế")).getValue()]).toEqual([id, expect.closeTo(ytd(id, through), 9)]);
      expect([id, sheet.getRange(row, columnOf(sheet, HEADER_ROW, "Điểm")).getValue()]).toEqual([id, expect.closeTo(score(id, through), 9)]);
    }
  });

  test.each([6, 12])("the scorecard agrees through month %i", (through) => {
    const json = result(through);
    for (const id of Object.keys(GOALS) as (keyof typeof GOALS)[]) {
      const kpi = json.kpis.find((entry) => entry.id === id);
      expect([id, kpi?.actual]).toEqual([id, expect.closeTo(ytd(id, through), 9)]);
      expect([id, kpi?.target]).toEqual([id, expect.closeTo(goal(id, through, "target"), 9)]);
      expect([id, kpi?.score]).toEqual([id, expect.closeTo(score(id, through), 9)]);
    }
    expect(json.groups.find((entry) => entry.key === "customer")?.score).toBeCloseTo(groupScore("customer", through), 9);
    expect(json.groups.find((entry) => entry.key === "financial")?.score).toBeCloseTo(groupScore("financial", through), 9);
  });

  test("the trend scores every month up to the reporting period", () => {
    const json = result(12);
    expect(json.trend.map((point) => point.period)).toEqual(MONTHS);
    json.trend.forEach((point, index) => {
      const through = index + 1;
      const customer = groupScore("customer", through);
      const financial = groupScore("financial", through);
      expect([point.period, point.groups.customer]).toEqual([point.period, expect.closeTo(customer, 9)]);
      expect([point.period, point.groups.financial]).toEqual([point.period, expect.closeTo(financial, 9)]);
      expect([point.period, point.overall]).toEqual([point.period, expect.closeTo((customer + financial) / 2, 9)]);
    });
  });
});
