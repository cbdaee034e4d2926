import { KpiError } from "../errors";
import type { FunctionSpec } from "./args";

const params = [
  { name: "customers_at_start", type: "number", required: true },
  { name: "customers_lost", type: "number", required: true },
  { name: "periods", type: "number", required: false },
] as const;

export const CHURN_RATE: FunctionSpec<typeof params> = {
  name: "CHURN_RATE",
  params,
  compute: churnRate,
};

/**
 * Returns the share of the customers at the start of a period who left during it, compounded
 * over `periods` periods: 1 − (1 − lost ÷ start)^periods, so 5% a month is about 46% a year.
 * Returns "" when there were no customers and none were lost.
 */
export function churnRate(start: number, lost: number, periods = 1): number | "" {
  if (start < 0) throw new KpiError("churn.negative", { arg: "customers_at_start", value: start });
  if (lost < 0) throw new KpiError("churn.negative", { arg: "customers_lost", value: lost });
  if (periods <= 0) throw new KpiError("churn.periods_not_positive", { value: periods });
  if (start === 0) {
    if (lost === 0) return "";
    throw new KpiError("churn.lost_without_start", { lost });
  }
  if (lost > start) throw new KpiError("churn.lost_exceeds_start", { lost, start });

  const rate = lost / start;
  return periods === 1 ? rate : 1 - Math.pow(1 - rate, periods);
}
