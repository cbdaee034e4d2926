import { KpiError } from "../errors";
import type { AnyFunctionSpec, CellResult, FunctionSpec } from "./args";

const ratioParams = [
  { name: "ltv", type: "number", required: true },
  { name: "cac", type: "number", required: true },
] as const;

const unitEconomicsParams = [
  { name: "arpa", type: "number", required: true },
  { name: "gross_margin", type: "number", required: true },
  { name: "churn_rate", type: "number", required: true },
  { name: "cac", type: "number", required: true },
  { name: "max_lifetime", type: "number", required: false },
] as const;

/** LTV_CAC(ltv, cac): the ratio of two values computed elsewhere. */
export const LTV_CAC_RATIO: FunctionSpec<typeof ratioParams> = {
  name: "LTV_CAC",
  params: ratioParams,
  compute: ltvCacRatio,
};

/** LTV_CAC(arpa, gross_margin, churn_rate, cac, [max_lifetime]): lifetime value built from its parts. */
export const LTV_CAC_FROM_PARTS: FunctionSpec<typeof unitEconomicsParams> = {
  name: "LTV_CAC",
  params: unitEconomicsParams,
  compute: ltvCacFromParts,
};

/**
 * Picks the form of LTV_CAC from how many arguments the formula passed (trailing omitted ones
 * do not count): 2 is the ratio form, 4 or 5 the unit-economics form, 3 is an error.
 */
export function ltvCacFormFor(args: readonly unknown[]): AnyFunctionSpec {
  let count = args.length;
  while (count > 0 && args[count - 1] === undefined) count--;
  if (count === 3) throw new KpiError("ltv.three_arguments");
  return count <= 2 ? LTV_CAC_RATIO : LTV_CAC_FROM_PARTS;
}

export function ltvCacRatio(ltv: number, cac: number): CellResult {
  checkCac(cac);
  return ltv / cac;
}

/**
 * Returns (arpa × gross_margin × lifetime) ÷ cac, with lifetime = 1 ÷ churn_rate periods, capped
 * at max_lifetime periods when given. arpa and churn_rate must be per the same period.
 */
export function ltvCacFromParts(arpa: number, margin: number, churn: number, cac: number, maxLifetime?: number): CellResult {
  return lifetimeValue(arpa, margin, churn, maxLifetime) / checkCac(cac);
}

/** Returns arpa × gross_margin × lifetime, with the same checks and cap as LTV_CAC. */
export function lifetimeValue(arpa: number, margin: number, churn: number, maxLifetime?: number): number {
  if (arpa < 0) throw new KpiError("ltv.arpa_negative", { value: arpa });
  if (margin > 1) throw new KpiError("ltv.margin_above_one", { value: margin });
  if (margin <= 0) throw new KpiError("ltv.margin_not_positive", { value: margin });
  if (churn < 0 || churn > 1) throw new KpiError("ltv.churn_out_of_range", { value: churn });
  if (maxLifetime !== undefined && maxLifetime <= 0) {
    throw new KpiError("ltv.max_lifetime_not_positive", { value: maxLifetime });
  }
  if (churn === 0 && maxLifetime === undefined) throw new KpiError("ltv.churn_zero_unbounded");

  const lifetime = churn === 0 ? (maxLifetime as number) : Math.min(1 / churn, maxLifetime ?? Infinity);
  return arpa * margin * lifetime;
}

function checkCac(cac: number): number {
  if (cac <= 0) throw new KpiError("ltv.cac_not_positive", { value: cac });
  return cac;
}
