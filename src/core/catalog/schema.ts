import * as z from "zod/mini";
import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, GROUP_KINDS, INDICATOR_TYPES, PERSPECTIVES, UNITS } from "./vocabulary";

export * from "./vocabulary";

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
