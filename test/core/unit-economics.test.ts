import { KpiError } from "../../src/core/errors";
import { errorKey } from "./helpers";
import { burnRate } from "../../src/core/functions/burn-rate";
import { churnRate } from "../../src/core/functions/churn-rate";
import { lifetimeValue, ltvCacFromParts, ltvCacRatio } from "../../src/core/functions/ltv-cac";


describe("churnRate", () => {
  test("is lost over start", () => {
    expect(churnRate(200, 10)).toBe(0.05);
  });
  test("compounds over periods: 5% a month is about 46% a year", () => {
    expect(churnRate(200, 10, 12)).toBeCloseTo(1 - 0.95 ** 12, 12);
    expect(churnRate(200, 10, 12)).toBeCloseTo(0.4596, 4);
  });
  test("no customers and none lost is blank", () => {
    expect(churnRate(0, 0)).toBe("");
  });
  test.each([
    [[0, 3], "churn.lost_without_start"],
    [[20, 25], "churn.lost_exceeds_start"],
    [[-1, 0], "churn.negative"],
    [[10, -1], "churn.negative"],
    [[10, 1, 0], "churn.periods_not_positive"],
  ])("rejects %p with %s", (args, key) => {
    expect(errorKey(() => churnRate(...(args as [number, number, number?])))).toBe(key);
  });
});

describe("burnRate", () => {
  test("is net burn per month", () => {
    expect(burnRate(300, 120, 3)).toBe(60);
  });
  test("without cash in is gross burn", () => {
    expect(burnRate(300)).toBe(300);
  });
  test("is negative when cash-flow positive", () => {
    expect(burnRate(15000, 25000)).toBe(-10000);
  });
  test.each([
    [[-1], "burn.negative"],
    [[1, -1], "burn.negative"],
    [[1, 0, 0], "burn.months_not_positive"],
  ])("rejects %p with %s", (args, key) => {
    expect(errorKey(() => burnRate(...(args as [number, number?, number?])))).toBe(key);
  });
});

describe("LTV_CAC", () => {
  test("ratio form divides ltv by cac", () => {
    expect(ltvCacRatio(9000, 3000)).toBe(3);
  });
  test("parts form uses lifetime 1 / churn", () => {
    expect(ltvCacFromParts(500000, 0.8, 0.05, 2000000)).toBeCloseTo(4, 12);
  });
  test("max_lifetime caps the lifetime", () => {
    expect(ltvCacFromParts(2000000, 0.8, 0.01, 3000000, 36)).toBeCloseTo(19.2, 12);
  });
  test("zero churn with max_lifetime uses max_lifetime", () => {
    expect(ltvCacFromParts(2000000, 0.8, 0, 3000000, 36)).toBeCloseTo(19.2, 12);
  });
  test.each([
    [() => ltvCacFromParts(2000000, 0.8, 0, 3000000), "ltv.churn_zero_unbounded"],
    [() => ltvCacFromParts(500000, 80, 0.05, 2000000), "ltv.margin_above_one"],
    [() => ltvCacFromParts(500000, 0, 0.05, 2000000), "ltv.margin_not_positive"],
    [() => ltvCacFromParts(500000, 0.8, 1.5, 2000000), "ltv.churn_out_of_range"],
    [() => ltvCacFromParts(-1, 0.8, 0.05, 2000000), "ltv.arpa_negative"],
    [() => ltvCacFromParts(1, 0.8, 0.05, 0), "ltv.cac_not_positive"],
    [() => ltvCacFromParts(1, 0.8, 0.05, 10, 0), "ltv.max_lifetime_not_positive"],
    [() => ltvCacRatio(1, -5), "ltv.cac_not_positive"],
  ])("rejects bad input (%#) with %s", (run, key) => {
    expect(errorKey(run)).toBe(key);
  });
  test("lifetimeValue is arpa × margin × lifetime", () => {
    expect(lifetimeValue(100, 0.5, 0.1)).toBeCloseTo(500, 12);
  });
});
