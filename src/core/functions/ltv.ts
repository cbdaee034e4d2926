import type { FunctionSpec } from "./args";
import { lifetimeValue } from "./ltv-cac";

const params = [
  { name: "arpa", type: "number", required: true },
  { name: "gross_margin", type: "number", required: true },
  { name: "churn_rate", type: "number", required: true },
  { name: "max_lifetime", type: "number", required: false },
] as const;

/** LTV(arpa, gross_margin, churn_rate, [max_lifetime]): the lifetime value LTV_CAC divides by CAC. */
export const LTV: FunctionSpec<typeof params> = {
  name: "LTV",
  params,
  compute: lifetimeValue,
};
