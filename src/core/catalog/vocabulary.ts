/**
 * The fixed vocabulary of the KPI model. It is kept apart from the zod schemas so that code
 * shipped in Code.js (the custom functions) can use it without bundling zod.
 */

/** Keys of the four Balanced Scorecard perspectives, in cause-effect order. */
export const PERSPECTIVES = ["financial", "customer", "internal", "learning"] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const DIRECTIONS = ["higher", "lower", "target"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const FREQUENCIES = ["daily", "weekly", "monthly", "quarterly", "yearly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const INDICATOR_TYPES = ["leading", "lagging"] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export const AGGREGATIONS = ["sum", "average", "latest"] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** Units a KPI value is measured in; each maps to a number format of the generated tab. */
export const UNITS = ["percent", "vnd", "count", "days", "hours", "minutes", "months", "ratio", "score"] as const;
export type Unit = (typeof UNITS)[number];

export const GROUP_KINDS = ["stage", "department"] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];
