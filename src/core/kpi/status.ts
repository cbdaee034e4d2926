import type { Direction } from "../catalog/schema";
import type { Status } from "./labels";

/**
 * Returns a scored KPI's status. It is on target at a score of 1 (0.9 when closer to target is
 * better), and failing when the actual is worse than the threshold, or below a score of 0.7 without
 * one. Otherwise it needs attention. The generated tabs' status formula follows the same rules.
 */
export function kpiStatus(score: number, actual: number, target: number, threshold?: number, direction?: Direction): Status {
  const closerIsBetter = direction === "target";
  if (score >= (closerIsBetter ? 0.9 : 1)) return "on_target";

  let failing: boolean;
  if (threshold === undefined) failing = score < 0.7;
  else if (closerIsBetter) failing = Math.abs(actual - target) > Math.abs(threshold - target);
  else failing = threshold < target ? actual < threshold : actual > threshold;
  return failing ? "failing" : "attention";
}

/** Returns the status of a group or overall score: on target from 1, needs attention from 0.7. */
export function scoreStatus(score: number | null): Status {
  if (score === null) return "no_data";
  if (score >= 1) return "on_target";
  if (score >= 0.7) return "attention";
  return "failing";
}
