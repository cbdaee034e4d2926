import * as z from "zod/mini";

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

const nonEmptyText = z.string().check(z.trim(), z.minLength(1));

/** Text in both product languages. */
const localizedText = z.object({ vi: nonEmptyText, en: nonEmptyText });
export type LocalizedText = z.infer<typeof localizedText>;

const kpiId = z.string().check(z.regex(/^[A-Z]{2,4}-\d{2}$/));

function kpiSchema() {
  return z.object({
    id: kpiId,
    name: localizedText,
    description: localizedText,
    perspective: z.enum(PERSPECTIVES),
    unit: z.enum(UNITS),
    direction: z.enum(DIRECTIONS),
    frequency: z.enum(FREQUENCIES),
    indicatorType: z.enum(INDICATOR_TYPES),
    aggregation: z.enum(AGGREGATIONS),
    /** How to compute the value, naming the add-on's custom function where one applies. */
    formula: localizedText,
    dataSource: localizedText,
    weight: z.number().check(z.positive(), z.lte(100)),
    /** Ids of the leading or lagging partners of this KPI. */
    related: z.optional(z.array(kpiId)),
  });
}

function groupSchema() {
  return z.object({
    kind: z.enum(GROUP_KINDS),
    key: z.string().check(z.regex(/^[a-z][a-z_]*$/)),
    order: z.number().check(z.int(), z.nonnegative()),
    name: localizedText,
    /** The guide's key question for a growth stage; departments have none. */
    keyQuestion: z.optional(localizedText),
    kpis: z.array(kpiSchema()).check(z.minLength(1)),
  });
}

/**
 * Builds the catalog schema on demand, so loading the bundle constructs no schema objects:
 * Apps Script evaluates the whole bundle on every custom-function call.
 */
export function catalogSchema() {
  return z.object({
    version: z.literal(1),
    groups: z.array(groupSchema()).check(z.minLength(1)),
  });
}

export type KpiDefinition = z.infer<ReturnType<typeof kpiSchema>>;
export type CatalogGroup = z.infer<ReturnType<typeof groupSchema>>;
export type Catalog = z.infer<ReturnType<typeof catalogSchema>>;

/** Schema of one file under templates/: a single stage or department. */
export function catalogFileSchema() {
  return groupSchema();
}
