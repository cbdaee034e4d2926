import * as z from "zod/mini";
import { GROUP_KINDS, PERSPECTIVES, type GroupKind, type Perspective } from "../catalog/vocabulary";
import { PERIOD_KINDS, periodCount, type PeriodKind } from "../periods/periods";
import type { MappingChoice } from "../scorecard/mapping";
import { HEADER_SEARCH_ROWS, MAPPABLE_COLUMNS, type ColumnMapping, type MappableColumn } from "../scorecard/read-table";
import { KpiError } from "../errors";
import type { Language } from "../i18n/language";
import { LAYOUTS, type Layout } from "../kpi/columns";

/**
 * The typed bridge between the sidebar and the server: request schemas (checked on the server
 * with zod, since anything can call a top-level function through google.script.run) and the
 * response shapes the sidebar receives. Values are plain JSON: google.script.run cannot carry Dates.
 */

const language = z.optional(z.enum(["vi", "en"]));
const shortText = (max: number) => z.optional(z.string().check(z.maxLength(max)));

function sidebarModelRequestSchema() {
  return z.optional(z.object({ language }));
}

function generateRequestSchema() {
  return z.object({
    language,
    groups: z
      .array(z.object({ kind: z.enum(GROUP_KINDS), key: z.string().check(z.regex(/^[a-z][a-z_]{0,39}$/)) }))
      .check(z.minLength(1), z.maxLength(20)),
    kpiIds: z.optional(z.array(z.string().check(z.regex(/^[A-Z]{2,4}-\d{2}$/))).check(z.maxLength(500))),
    layout: z.enum(LAYOUTS),
    objective: shortText(500),
    owner: shortText(200),
    period: shortText(100),
    periods: z.optional(periodsSchema()),
  });
}

function periodsShape() {
  return {
    kind: z.enum(PERIOD_KINDS),
    year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
    reporting: z.number().check(z.int(), z.gte(1), z.lte(53)),
  };
}

// The reporting period must be one of the year's periods: 12 months, 4 quarters, 52 or 53 weeks.
function reportingInYear() {
  return z.refine<{ kind: PeriodKind; year: number; reporting: number }>((periods) => periods.reporting <= periodCount(periods.kind, periods.year), {
    path: ["reporting"],
  });
}

function periodsSchema() {
  return z.object(periodsShape()).check(reportingInYear());
}

function reportingRequestSchema() {
  return z.object({ language, ...periodsShape() }).check(reportingInYear());
}

function choicesSchema() {
  return z.object({
    language,
    groups: z.array(z.object({ kind: z.enum(GROUP_KINDS), key: z.string().check(z.regex(/^[a-z][a-z_]{0,39}$/)) })).check(z.maxLength(20)),
    unticked: z.array(z.string().check(z.regex(/^[A-Z]{2,4}-\d{2}$/))).check(z.maxLength(500)),
    layout: z.enum(LAYOUTS),
    objective: shortText(500),
    owner: shortText(200),
    period: shortText(100),
    periods: z.optional(periodsSchema()),
  });
}

const columnNumber = () => z.number().check(z.int(), z.gte(1), z.lte(18278));

function mappingRequestSchema() {
  const columns: Record<string, ReturnType<typeof columnNumber> | z.ZodMiniOptional<ReturnType<typeof columnNumber>>> = {};
  for (const key of MAPPABLE_COLUMNS) columns[key] = z.optional(columnNumber());
  return z.object({
    language,
    sheetId: z.number().check(z.int()),
    headerRow: z.number().check(z.int(), z.gte(1), z.lte(HEADER_SEARCH_ROWS)),
    columns: z.object(columns),
    perspective: z.optional(z.enum(PERSPECTIVES)),
  });
}

function storedMappingSchema() {
  const column = z.object({ index: columnNumber(), header: z.string().check(z.maxLength(500)) });
  const columns: Record<string, z.ZodMiniOptional<typeof column>> = {};
  for (const key of MAPPABLE_COLUMNS) columns[key] = z.optional(column);
  return z.object({
    headerRow: z.number().check(z.int(), z.gte(1), z.lte(HEADER_SEARCH_ROWS)),
    columns: z.object(columns),
    perspective: z.optional(z.enum(PERSPECTIVES)),
  });
}

export type SidebarModelRequest = { language?: Language } | undefined;

export interface MappingRequest extends MappingChoice {
  language?: Language;
  /** Sheet id (gid) of the tab whose columns are mapped. */
  sheetId: number;
}

/** A tab the scorecard skipped, with what the sidebar needs to map its columns by hand. */
export interface SkippedTable {
  sheetId: number;
  name: string;
  reason: string;
  /** The first rows as the sheet displays them: dates as the locale writes them, never Date objects. */
  rows: string[][];
  suggestedHeaderRow: number;
  mapping: ColumnMapping | null;
}

export interface SkippedTablesResponse {
  tables: SkippedTable[];
}

export interface ReportingRequest {
  language?: Language;
  kind: PeriodKind;
  year: number;
  /** The new reporting period, 1-based within the year. */
  reporting: number;
}

export interface ReportingResponse {
  updated: string[];
  message: string;
}

export interface SaveMappingResponse {
  tab: string;
  kpis: number;
  message: string;
}

/** The choices a user last made in the sidebar, remembered per user so the next visit starts there. */
export interface SidebarChoices {
  language?: Language;
  groups: { kind: GroupKind; key: string }[];
  /** KPI ids the user unticked; every other KPI of the picked groups is ticked. */
  unticked: string[];
  layout: Layout;
  objective?: string;
  owner?: string;
  period?: string;
  periods?: { kind: PeriodKind; year: number; reporting: number };
}

export interface GenerateRequest {
  language?: Language;
  groups: { kind: GroupKind; key: string }[];
  /** Ticked KPI ids; omitted means every KPI of the picked groups. */
  kpiIds?: string[];
  layout: Layout;
  objective?: string;
  owner?: string;
  period?: string;
  /** Period columns of a full-layout tab; months of the current year when omitted. */
  periods?: { kind: PeriodKind; year: number; reporting: number };
}

export interface SidebarKpi {
  id: string;
  name: string;
  description: string;
  perspective: Perspective;
  perspectiveLabel: string;
}

export interface SidebarGroup {
  kind: GroupKind;
  key: string;
  name: string;
  keyQuestion: string | null;
  tabName: string;
  kpis: SidebarKpi[];
}

export interface SidebarModel {
  language: Language;
  texts: Record<string, string>;
  groups: SidebarGroup[];
  choices: SidebarChoices | null;
  /** Names of the spreadsheet's tabs, so the sidebar can show the names new tabs will really get. */
  existingTabs: string[];
}

export interface GenerateResponse {
  created: { name: string; url: string }[];
}

/** The server functions the sidebar calls through google.script.run. */
export interface ServerApi {
  getSidebarModel(request: SidebarModelRequest): SidebarModel;
  generateKpiTabs(request: GenerateRequest): GenerateResponse;
  getSkippedTables(request: { language?: Language } | undefined): SkippedTablesResponse;
  saveColumnMapping(request: MappingRequest): SaveMappingResponse;
  setReportingPeriod(request: ReportingRequest): ReportingResponse;
}

function parseWith<T>(schema: { safeParse(data: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data as T;
  // Only the fields are named: the schema's own messages are English and meant for developers.
  const issues = [...new Set(parsed.error.issues.map((issue) => issue.path.map(String).join(".") || "request"))].slice(0, 3).join(", ");
  throw new KpiError("request.invalid", { issues });
}

export function parseSidebarModelRequest(data: unknown): SidebarModelRequest {
  return parseWith<SidebarModelRequest>(sidebarModelRequestSchema(), data ?? undefined);
}

export function parseGenerateRequest(data: unknown): GenerateRequest {
  return parseWith<GenerateRequest>(generateRequestSchema(), data);
}

export function parseReportingRequest(data: unknown): ReportingRequest {
  return parseWith<ReportingRequest>(reportingRequestSchema(), data);
}

export function parseMappingRequest(data: unknown): MappingRequest {
  return parseWith<MappingRequest>(mappingRequestSchema(), data);
}

/** Reads a mapping stored in the document; an unreadable one counts as no mapping. */
export function parseStoredMapping(text: string): ColumnMapping | null {
  try {
    const parsed = storedMappingSchema().safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as ColumnMapping) : null;
  } catch {
    return null;
  }
}

/** Reads remembered choices back; anything unreadable is forgotten rather than reported. */
export function parseStoredChoices(text: string | null): SidebarChoices | null {
  if (text === null) return null;
  try {
    const parsed = choicesSchema().safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as SidebarChoices) : null;
  } catch {
    return null;
  }
}
