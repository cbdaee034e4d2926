import type { Direction } from "../catalog/schema";
import { KpiError } from "../errors";
import type { FunctionSpec } from "./args";

const params = [
  { name: "actual", type: "number", required: true },
  { name: "target", type: "number", required: true },
  { name: "threshold", type: "number", required: false },
  { name: "direction", type: "direction", required: false },
  { name: "cap", type: "number", required: false },
] as const;

export const KPI_SCORE: FunctionSpec<typeof params> = {
  name: "KPI_SCORE",
  params,
  compute: kpiScore,
};

/**
 * Scores a KPI as a fraction, 1 meaning the target is met.
 *
 * With a threshold R (the minimum acceptable level) the score runs linearly from 0 at R to 1 at
 * the target T, and the direction defaults from which side of T the threshold is on. Without one,
 * higher-is-better is actual ÷ T and lower-is-better is T ÷ actual. `target` (closer is better)
 * needs a threshold. Scores are clamped to [0, cap]; closer-to-target scores to [0, 1].
 */
export function kpiScore(actual: number, target: number, threshold?: number, direction?: Direction, cap = 1): number {
  if (cap < 1) throw new KpiError("kpi.cap_below_one", { cap });
  return threshold === undefined
    ? scoreWithoutThreshold(actual, target, direction ?? "higher", cap)
    : scoreWithThreshold(actual, target, threshold, direction, cap);
}

function scoreWithThreshold(actual: number, target: number, threshold: number, direction: Direction | undefined, cap: number): number {
  if (threshold === target) throw new KpiError("kpi.threshold_equals_target", { threshold, target });
  // With no direction given, the threshold's side of the target decides, and the formula is the same.
  if (direction === undefined) return clamp((actual - threshold) / (target - threshold), cap);
  if (direction === "target") {
    return clamp(1 - Math.abs(actual - target) / Math.abs(target - threshold), 1);
  }
  if (direction === "higher" && threshold > target) {
    throw new KpiError("kpi.higher_threshold_not_below", { threshold, target });
  }
  if (direction === "lower" && threshold < target) {
    throw new KpiError("kpi.lower_threshold_not_above", { threshold, target });
  }
  return clamp((actual - threshold) / (target - threshold), cap);
}

function scoreWithoutThreshold(actual: number, target: number, direction: Direction, cap: number): number {
  if (direction === "target") throw new KpiError("kpi.target_needs_threshold");
  if (direction === "higher") {
    if (target <= 0) throw new KpiError("kpi.higher_needs_positive_target", { target });
    return clamp(actual / target, cap);
  }
  if (target < 0) throw new KpiError("kpi.lower_needs_nonnegative_target", { target });
  if (target === 0) return actual <= 0 ? 1 : 0;
  if (actual <= 0) return cap;
  return clamp(target / actual, cap);
}

// A NaN score (from ∞ ÷ ∞) fails both comparisons and passes through, for the caller to reject.
function clamp(score: number, cap: number): number {
  return score < 0 ? 0 : score > cap ? cap : score;
}
