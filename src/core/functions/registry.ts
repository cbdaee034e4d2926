import { BURN_RATE } from "./burn-rate";
import { CHURN_RATE } from "./churn-rate";
import { evaluateFunction, type CallContext, type CellResult, type AnyFunctionSpec } from "./args";
import { KPI_SCORE } from "./kpi-score";
import { ltvCacFormFor } from "./ltv-cac";
import { LTV } from "./ltv";
import { RUNWAY } from "./runway";
import { CAC, CAC_PAYBACK } from "./cac";

export type CustomFunctionName = "KPI_SCORE" | "CHURN_RATE" | "LTV_CAC" | "BURN_RATE" | "RUNWAY" | "CAC" | "LTV" | "CAC_PAYBACK";

type Runner = (args: readonly unknown[], context: CallContext) => CellResult | CellResult[][];

const single = (spec: AnyFunctionSpec): Runner => (args, context) => evaluateFunction(spec, args, context);

/** Every custom function, keyed by the name users type in a formula. */
export const CUSTOM_FUNCTIONS: Readonly<Record<CustomFunctionName, Runner>> = {
  KPI_SCORE: single(KPI_SCORE),
  CHURN_RATE: single(CHURN_RATE),
  BURN_RATE: single(BURN_RATE),
  LTV_CAC: (args, context) => evaluateFunction(ltvCacFormFor(args), args, context),
  RUNWAY: single(RUNWAY),
  CAC: single(CAC),
  LTV: single(LTV),
  CAC_PAYBACK: single(CAC_PAYBACK),
};
