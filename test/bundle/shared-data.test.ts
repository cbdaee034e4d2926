import { readFileSync } from "node:fs";
import path from "node:path";
import { runDemo } from "../../scripts/demo/run-demo";
import { SHARED_DATA, describeWithFile, loadAddon } from "./addon";

// The public data sets sit beside the project in CI, not on a user's machine.

function readCsv(file: string): string[][] {
  return readFileSync(path.join(SHARED_DATA, file), "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(","));
}

describeWithFile(path.join(SHARED_DATA, "kpi-scorecard-mini.csv"), "kpi-scorecard-mini.csv through the demo", () => {
  const rows = readCsv("kpi-scorecard-mini.csv").slice(1);

  test("scores every KPI from its actual and target", async () => {
    const { result } = await runDemo({ language: "en", input: path.join(SHARED_DATA, "kpi-scorecard-mini.csv"), json: true });
    expect(result.kpis.map((kpi) => kpi.name)).toEqual(rows.map((row) => row[0]));
    result.kpis.forEach((kpi, index) => {
      const [, actual, target] = rows[index].map(Number);
      expect(kpi.tab).toBe("kpi-scorecard-mini");
      expect(kpi.row).toBe(index + 2);
      expect(kpi.actual).toBe(actual);
      expect(kpi.target).toBe(target);
      expect(kpi.score).toBe(Math.min(1, actual / target));
      expect(kpi.status).toBe(actual >= target ? "on_target" : "attention");
      expect(kpi.group).toBe("unassigned");
    });
    expect(result.overall).toBe(1);
    expect(result.skipped).toEqual([]);
  });
});

describeWithFile(path.join(SHARED_DATA, "saas-monthly-2021.csv"), "saas-monthly-2021.csv in the emulator", () => {
  const rows = readCsv("saas-monthly-2021.csv").slice(1).map((row) => row.map((cell, index) => (index === 0 ? cell : Number(cell))));
  const emulator = loadAddon({ language: "en" });
  const sheet = emulator.importCsv(path.join(SHARED_DATA, "saas-monthly-2021.csv"));
  const column = (letter: string) => sheet.getRange(`${letter}2:${letter}13`).getValues();

  test("imports twelve months", () => {
    expect(sheet.getLastRow()).toBe(13);
    expect(sheet.getRange("A1:F1").getValues()[0]).toEqual(["Date", "New_Customers", "Churned_Customers", "Total_Customers", "Revenue", "Expenses"]);
  });

  test("CHURN_RATE takes the previous month's total as customers at the start", () => {
    const startOfMonth = [[""], ...sheet.getRange("D2:D12").getValues()];
    const churn = emulator.run("CHURN_RATE", [startOfMonth, column("C")]) as (number | string)[][];
    expect(churn).toHaveLength(12);
    expect(churn[0][0]).toBe("");
    for (let month = 1; month < 12; month++) {
      const start = rows[month - 1][3] as number;
      const lost = rows[month][2] as number;
      expect(churn[month][0]).toBeCloseTo(lost / start, 15);
    }
  });

  test("BURN_RATE is negative every month", () => {
    // Revenue exceeds expenses in every month of this data set, so the company is cash-flow positive.
    const burn = emulator.run("BURN_RATE", [column("F"), column("E")]) as number[][];
    rows.forEach((row, month) => {
      expect(burn[month][0]).toBe((row[5] as number) - (row[4] as number));
      expect(burn[month][0]).toBeLessThan(0);
    });
  });

  test("the same formulas typed into the sheet spill their results", () => {
    sheet.getRange("H3").setFormula("=CHURN_RATE(D2:D12,C3:C13)");
    sheet.getRange("I2").setFormula("=BURN_RATE(F2:F13,E2:E13)");
    const churn = sheet.getRange("H3:H13").getValues().map((row) => row[0]);
    const burn = sheet.getRange("I2:I13").getValues().map((row) => row[0]);
    churn.forEach((value, index) => expect(value).toBeCloseTo((rows[index + 1][2] as number) / (rows[index][3] as number), 12));
    burn.forEach((value, index) => expect(value).toBe((rows[index][5] as number) - (rows[index][4] as number)));
  });
});
