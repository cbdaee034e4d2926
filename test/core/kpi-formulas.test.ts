import { HyperFormula } from "hyperformula";
import type { Direction } from "../../src/core/catalog/schema";
import { KpiError } from "../../src/core/errors";
import { kpiScore } from "../../src/core/functions/kpi-score";
import { directionLabel } from "../../src/core/kpi/direction";
import { statusLabel } from "../../src/core/kpi/labels";
import { kpiStatus } from "../../src/core/kpi/status";
import { scoreFormula, statusFormula, varianceFormula } from "../../src/core/plan/kpi-formulas";

// Columns of the test grid: A name, B actual, C target, D threshold, E direction, F score, G status, H variance.
const cells = (row: number) => ({
  name: `A${row}`,
  actual: `B${row}`,
  target: `C${row}`,
  threshold: `D${row}`,
  direction: `E${row}`,
  score: `F${row}`,
});

const actuals = [-5, 0, 2, 40, 60, 79, 80, 95, 100, 120, 150];
const targets = [0, 2, 100];
const thresholds: (number | "")[] = ["", 0, 4, 60, 80, 100, 130];
const directions: (Direction | "")[] = ["", "higher", "lower", "target"];

interface Case {
  actual: number;
  target: number;
  threshold: number | "";
  direction: Direction | "";
}

const cases: Case[] = [];
for (const actual of actuals)
  for (const target of targets)
    for (const threshold of thresholds)
      for (const direction of directions) cases.push({ actual, target, threshold, direction });

function expected(c: Case): { score: number | null; status: string } {
  const threshold = c.threshold === "" ? undefined : c.threshold;
  const direction = c.direction === "" ? undefined : c.direction;
  try {
    const score = kpiScore(c.actual, c.target, threshold, direction, 1);
    const effective = direction ?? (threshold !== undefined && threshold > c.target ? "lower" : "higher");
    return { score, status: kpiStatus(score, c.actual, c.target, threshold, effective) };
  } catch (error) {
    if (!(error instanceof KpiError)) throw error;
    return { score: null, status: "no_data" };
  }
}

describe.each(["vi", "en"] as const)("tab formulas in a %s tab", (language) => {
  const rows = cases.map((c, index) => {
    const row = index + 1;
    const label = c.direction === "" ? "" : directionLabel(c.direction, language);
    return ["KPI", c.actual, c.target, c.threshold, label, scoreFormula(cells(row)), statusFormula(cells(row), language), varianceFormula(cells(row))];
  });
  const engine = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3" });
  const values = engine.getSheetValues(0);

  test("score equals KPI_SCORE with cap 1, or #N/A where KPI_SCORE raises", () => {
    const mismatches = cases.flatMap((c, index) => {
      const want = expected(c).score;
      const got = values[index][5];
      const same = want === null ? typeof got === "object" && got !== null && (got as { value?: string }).value === "#N/A" : typeof got === "number" && Math.abs(got - want) < 1e-9;
      return same ? [] : [{ ...c, want, got }];
    });
    expect(mismatches).toEqual([]);
  });

  test("status equals the scorecard's status rules", () => {
    const mismatches = cases.flatMap((c, index) => {
      const want = statusLabel(expected(c).status as Parameters<typeof statusLabel>[0], language);
      const got = values[index][6];
      return got === want ? [] : [{ ...c, want, got }];
    });
    expect(mismatches).toEqual([]);
  });

  test("variance is actual minus target", () => {
    cases.forEach((c, index) => expect(values[index][7]).toBe(c.actual - c.target));
  });

  test("blank actual gives blank score and no-data status", () => {
    const blank = HyperFormula.buildFromArray(
      [["KPI", "", 100, "", "", scoreFormula(cells(1)), statusFormula(cells(1), language), varianceFormula(cells(1))]],
      { licenseKey: "gpl-v3" },
    ).getSheetValues(0)[0];
    expect(blank[5]).toBe("");
    expect(blank[6]).toBe(statusLabel("no_data", language));
    expect(blank[7]).toBe("");
  });

  test("a row without a KPI name has a blank status", () => {
    const row = HyperFormula.buildFromArray([["", 5, 10, "", "", scoreFormula(cells(1)), statusFormula(cells(1), language)]], {
      licenseKey: "gpl-v3",
    }).getSheetValues(0)[0];
    expect(row[6]).toBe("");
  });
});

describe("formula text", () => {
  test("uses only functions that Sheets, Excel and LibreOffice share", () => {
    const used = new Set<string>();
    for (const formula of [scoreFormula(cells(7)), statusFormula(cells(7), "vi"), varianceFormula(cells(7))]) {
      for (const match of formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(match[1]);
    }
    expect([...used].sort()).toEqual(["ABS", "AND", "IF", "ISNUMBER", "MAX", "MIN", "NA", "NOT", "OR"]);
  });
  test("is in canonical form: commas between arguments, no semicolons", () => {
    expect(scoreFormula(cells(7))).not.toContain(";");
    expect(statusFormula(cells(7), "vi")).not.toContain(";");
  });
});
