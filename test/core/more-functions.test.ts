import { KpiError } from "../../src/core/errors";
import { errorKey } from "./helpers";
import { acquisitionCost, cacPayback } from "../../src/core/functions/cac";
import { CUSTOM_FUNCTIONS, type CustomFunctionName } from "../../src/core/functions/registry";
import { runway } from "../../src/core/functions/runway";
import { CUSTOM_FUNCTION_DOCS } from "../../src/public-api";

const dot = { decimalSeparator: () => "." as const };


describe("RUNWAY", () => {
  test("is cash over net burn", () => {
    expect(runway(1200, 150)).toBe(8);
  });
  test("is ∞ when burn is zero or negative", () => {
    expect(runway(1200, 0)).toBe("∞");
    expect(runway(1200, -10000)).toBe("∞");
  });
  test("rejects a negative balance", () => {
    expect(errorKey(() => runway(-1, 5))).toBe("runway.negative_cash");
  });
});

describe("CAC", () => {
  test("is spend over new customers", () => {
    expect(acquisitionCost(90, 30)).toBe(3);
  });
  test("is blank without new customers", () => {
    expect(acquisitionCost(90, 0)).toBe("");
  });
  test("rejects negative inputs", () => {
    expect(errorKey(() => acquisitionCost(-1, 3))).toBe("cac.negative");
    expect(errorKey(() => acquisitionCost(1, -3))).toBe("cac.negative");
  });
});

describe("CAC_PAYBACK", () => {
  test("is cac over monthly gross profit", () => {
    expect(cacPayback(3000000, 500000, 0.8)).toBe(7.5);
  });
  test("is ∞ when a customer brings no gross profit", () => {
    expect(cacPayback(3000000, 0, 0.8)).toBe("∞");
    expect(cacPayback(3000000, 500000, -0.1)).toBe("∞");
  });
  test("rejects a margin typed as a whole number", () => {
    expect(errorKey(() => cacPayback(3000000, 500000, 80))).toBe("ltv.margin_above_one");
  });
});

describe("documented examples", () => {
  test.each(CUSTOM_FUNCTION_DOCS.map((doc) => [doc.name, doc] as const))("%s example gives its documented result", (name, doc) => {
    const result = CUSTOM_FUNCTIONS[name as CustomFunctionName](doc.example.args, dot);
    if (typeof doc.example.result === "number") expect(result).toBeCloseTo(doc.example.result, 9);
    else expect(result).toBe(doc.example.result);
  });
  test("every custom function is documented", () => {
    expect(CUSTOM_FUNCTION_DOCS.map((doc) => doc.name).sort()).toEqual(Object.keys(CUSTOM_FUNCTIONS).sort());
  });
  test("documented parameters match the function's parameters", () => {
    const arity: Record<string, number> = { KPI_SCORE: 5, CHURN_RATE: 3, LTV_CAC: 5, BURN_RATE: 3, RUNWAY: 2, CAC: 2, LTV: 4, CAC_PAYBACK: 3 };
    for (const doc of CUSTOM_FUNCTION_DOCS) expect([doc.name, doc.params.length]).toEqual([doc.name, arity[doc.name]]);
  });
});

describe("results of other functions", () => {
  test("∞ from RUNWAY feeds KPI_SCORE as an unbounded actual", () => {
    expect(CUSTOM_FUNCTIONS.KPI_SCORE(["∞", 18], dot)).toBe(1);
    expect(CUSTOM_FUNCTIONS.KPI_SCORE(["∞", 18, "", "lower"], dot)).toBe(0);
  });
  test("∞ that would make the result unbounded is an error, not Infinity", () => {
    expect(() => CUSTOM_FUNCTIONS.BURN_RATE(["∞"], dot)).toThrow(KpiError);
  });
  test("CAC_PAYBACK rejects a negative arpa", () => {
    expect(errorKey(() => cacPayback(3000000, -500000, -0.8))).toBe("ltv.arpa_negative");
  });
});
