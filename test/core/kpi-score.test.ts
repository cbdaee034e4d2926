import { KpiError } from "../../src/core/errors";
import { errorKey } from "./helpers";
import { kpiScore } from "../../src/core/functions/kpi-score";


describe("kpiScore without a threshold", () => {
  test("higher is actual over target", () => {
    expect(kpiScore(80, 100)).toBe(0.8);
  });
  test("higher clamps at the cap", () => {
    expect(kpiScore(150, 100)).toBe(1);
    expect(kpiScore(150, 100, undefined, "higher", 1.2)).toBe(1.2);
    expect(kpiScore(110, 100, undefined, "higher", 1.2)).toBeCloseTo(1.1, 12);
  });
  test("higher clamps negative actuals at 0", () => {
    expect(kpiScore(-20, 100)).toBe(0);
  });
  test("higher with a target of 0 is an error suggesting a threshold", () => {
    expect(errorKey(() => kpiScore(0, 0))).toBe("kpi.higher_needs_positive_target");
    expect(errorKey(() => kpiScore(5, -10))).toBe("kpi.higher_needs_positive_target");
  });
  test("lower is target over actual", () => {
    expect(kpiScore(4, 2, undefined, "lower")).toBe(0.5);
    expect(kpiScore(1, 2, undefined, "lower")).toBe(1);
  });
  test("lower with an actual at or below 0 gives the cap", () => {
    expect(kpiScore(0, 2, undefined, "lower", 1.5)).toBe(1.5);
  });
  test("lower with a target of 0 is 1 at or below 0 and 0 above", () => {
    expect(kpiScore(0, 0, undefined, "lower")).toBe(1);
    expect(kpiScore(2, 0, undefined, "lower")).toBe(0);
  });
  test("lower with a negative target is an error", () => {
    expect(errorKey(() => kpiScore(1, -1, undefined, "lower"))).toBe("kpi.lower_needs_nonnegative_target");
  });
  test("target direction needs a threshold", () => {
    expect(errorKey(() => kpiScore(1, 1, undefined, "target"))).toBe("kpi.target_needs_threshold");
  });
});

describe("kpiScore with a threshold", () => {
  test("runs linearly from the threshold to the target", () => {
    expect(kpiScore(80, 100, 60)).toBe(0.5);
    expect(kpiScore(60, 100, 60)).toBe(0);
    expect(kpiScore(40, 100, 60)).toBe(0);
    expect(kpiScore(100, 100, 60)).toBe(1);
  });
  test("defaults to lower when the threshold is above the target", () => {
    expect(kpiScore(3, 2, 4)).toBe(0.5);
    expect(kpiScore(5, 2, 4)).toBe(0);
  });
  test("threshold equal to target is an error", () => {
    expect(errorKey(() => kpiScore(80, 100, 100))).toBe("kpi.threshold_equals_target");
  });
  test("a direction that contradicts the threshold is an error", () => {
    expect(errorKey(() => kpiScore(80, 100, 120, "higher"))).toBe("kpi.higher_threshold_not_below");
    expect(errorKey(() => kpiScore(80, 100, 60, "lower"))).toBe("kpi.lower_threshold_not_above");
  });
  test("closer to target scores by distance and never above 1", () => {
    expect(kpiScore(100, 100, 80, "target")).toBe(1);
    expect(kpiScore(90, 100, 80, "target")).toBe(0.5);
    expect(kpiScore(110, 100, 80, "target")).toBe(0.5);
    expect(kpiScore(130, 100, 80, "target", 2)).toBe(0);
  });
  test("a cap below 1 is an error", () => {
    expect(errorKey(() => kpiScore(1, 1, undefined, undefined, 0.5))).toBe("kpi.cap_below_one");
  });
});
