import { KpiError } from "../errors";
import type { FunctionSpec } from "./args";

const params = [
  { name: "cash_out", type: "number", required: true },
  { name: "cash_in", type: "number", required: false },
  { name: "months", type: "number", required: false },
] as const;

export const BURN_RATE: FunctionSpec<typeof params> = {
  name: "BURN_RATE",
  params,
  compute: burnRate,
};

/**
 * Returns net burn per month, (cash_out − cash_in) ÷ months; without cash_in it is gross burn.
 * A negative result means the company is cash-flow positive.
 */
export function burnRate(cashOut: number, cashIn = 0, months = 1): number {
  if (cashOut < 0) throw new KpiError("burn.negative", { arg: "cash_out", value: cashOut });
  if (cashIn < 0) throw new KpiError("burn.negative", { arg: "cash_in", value: cashIn });
  if (months <= 0) throw new KpiError("burn.months_not_positive", { value: months });
  return (cashOut - cashIn) / months;
}
