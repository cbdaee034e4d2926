import * as z from "zod/mini";
import { GROUP_KINDS, type GroupKind, type Perspective } from "../catalog/vocabulary";
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
  });
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
  });
}

export type SidebarModelRequest = { language?: Language } | undefined;

/** What a user last picked in the sidebar, remembered per user so the next visit starts there. */
export interface SidebarChoices {
  language?: Language;
  groups: { kind: GroupKind; key: string }[];
  /** KPI ids the user unticked; every other KPI of the picked groups is ticked. */
  unticked: string[];
  layout: Layout;
  objective?: string;
  owner?: string;
  period?: string;
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
}

export interface GenerateResponse {
  created: { name: string; url: string }[];
}

/** The server functions the sidebar calls through google.script.run. */
export interface ServerApi {
  getSidebarModel(request: SidebarModelRequest): SidebarModel;
  generateKpiTabs(request: GenerateRequest): GenerateResponse;
}

function parseWith<T>(schema: { safeParse(data: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data as T;
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join(".") || "request"}: ${issue.message}`)
    .join("; ");
  throw new KpiError("request.invalid", { issues });
}

export function parseSidebarModelRequest(data: unknown): SidebarModelRequest {
  return parseWith<SidebarModelRequest>(sidebarModelRequestSchema(), data ?? undefined);
}

export function parseGenerateRequest(data: unknown): GenerateRequest {
  return parseWith<GenerateRequest>(generateRequestSchema(), data);
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
