import { KpiError } from "../errors";
import type { CellResult, FunctionSpec } from "./args";

/** Result of RUNWAY and CAC_PAYBACK when the cash never runs out or the cost never pays back. */
export const UNBOUNDED = "∞";

const params = [
  { name: "cash_balance", type: "number", required: true },
  { name: "net_burn", type: "number", required: true },
] as const;

export const RUNWAY: FunctionSpec<typeof params> = {
  name: "RUNWAY",
  params,
  compute: runway,
};

/** Returns the months of cash left at the current net burn: cash ÷ net burn, or "∞" when burn ≤ 0. */
export function runway(cash: number, netBurn: number): CellResult {
  if (cash < 0) throw new KpiError("runway.negative_cash", { value: cash });
  return netBurn <= 0 ? UNBOUNDED : cash / netBurn;
}
