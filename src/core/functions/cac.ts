import { KpiError } from "../errors";
import type { CellResult, FunctionSpec } from "./args";
import { UNBOUNDED } from "./runway";

const cacParams = [
  { name: "spend", type: "number", required: true },
  { name: "new_customers", type: "number", required: true },
] as const;

export const CAC: FunctionSpec<typeof cacParams> = {
  name: "CAC",
  params: cacParams,
  compute: acquisitionCost,
};

/** Returns sales and marketing spend per new customer; "" when no customer was won. */
export function acquisitionCost(spend: number, newCustomers: number): CellResult {
  if (spend < 0) throw new KpiError("cac.negative", { arg: "spend", value: spend });
  if (newCustomers < 0) throw new KpiError("cac.negative", { arg: "new_customers", value: newCustomers });
  return newCustomers === 0 ? "" : spend / newCustomers;
}

const paybackParams = [
  { name: "cac", type: "number", required: true },
  { name: "arpa", type: "number", required: true },
  { name: "gross_margin", type: "number", required: true },
] as const;

export const CAC_PAYBACK: FunctionSpec<typeof paybackParams> = {
  name: "CAC_PAYBACK",
  params: paybackParams,
  compute: cacPayback,
};

/**
 * Returns the periods of gross profit needed to earn back the acquisition cost:
 * cac ÷ (arpa × gross_margin), or "∞" when a customer brings no gross profit.
 */
export function cacPayback(cac: number, arpa: number, margin: number): CellResult {
  if (cac < 0) throw new KpiError("cac.negative", { arg: "cac", value: cac });
  if (arpa < 0) throw new KpiError("ltv.arpa_negative", { value: arpa });
  if (margin > 1) throw new KpiError("ltv.margin_above_one", { value: margin });
  const profitPerPeriod = arpa * margin;
  return profitPerPeriod <= 0 ? UNBOUNDED : cac / profitPerPeriod;
}
