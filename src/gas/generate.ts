import { parseGenerateRequest, type GenerateRequest, type GenerateResponse, type SidebarChoices } from "../core/bridge/contract";
import { findGroup } from "../core/catalog/catalog";
import type { Catalog, CatalogGroup, KpiDefinition } from "../core/catalog/schema";
import { KpiError } from "../core/errors";
import type { Language } from "../core/i18n/language";
import { periodOfDay } from "../core/periods/periods";
import { planKpiTab } from "../core/plan/kpi-tab";
import { dayIn } from "../core/values/days";
import { applyPlan } from "./apply-plan";
import { loadCatalog } from "./catalog";
import { handleRequest } from "./endpoint";
import { withDocumentLock } from "./lock";
import { SpreadsheetLocale } from "./locale";
import { METADATA } from "./owned-tabs";
import { saveChoices } from "./preferences";
import { freeSheetName } from "../core/plan/sheet-names";
import { sheetUrl } from "./sheets";

interface Selection {
  readonly group: CatalogGroup;
  readonly kpis: readonly KpiDefinition[];
}

/**
 * Creates one new KPI tab per picked stage or department. Everything is checked before the first
 * write, and an existing tab is never reused: a taken name gets a suffix.
 */
export function generateKpiTabs(rawRequest: unknown): GenerateResponse {
  return handleRequest(rawRequest, parseGenerateRequest, (request, language, locale) => {
    const selections = selectKpis(loadCatalog(), request);
    // A picked group whose KPIs were all unticked gets no tab; the others still do.
    const created = withDocumentLock(() =>
      selections.filter((selection) => selection.kpis.length > 0).map((selection) => createTab(selection, request, language, locale)),
    );
    saveChoices(choicesOf(request, selections, language));
    return { created };
  });
}

/** Months of the current year, reporting on the current month, in the spreadsheet's time zone. */
function currentMonths(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): NonNullable<GenerateRequest["periods"]> {
  const today = dayIn(new Date(), spreadsheet.getSpreadsheetTimeZone());
  const year = Number(today.slice(0, 4));
  return { kind: "month", year, reporting: periodOfDay("month", year, today) };
}

function choicesOf(request: GenerateRequest, selections: readonly Selection[], language: Language): SidebarChoices {
  const ticked = new Set(selections.flatMap((selection) => selection.kpis.map((kpi) => kpi.id)));
  const unticked = selections.flatMap((selection) => selection.group.kpis.map((kpi) => kpi.id)).filter((id) => !ticked.has(id));
  const { groups, layout, objective, owner, period, periods } = request;
  return { language, groups, unticked, layout, objective, owner, period, periods };
}

function selectKpis(catalog: Catalog, request: GenerateRequest): Selection[] {
  const found = request.groups.map(({ kind, key }) => {
    const group = findGroup(catalog, kind, key);
    if (!group) throw new KpiError("request.unknown_group", { key });
    return group;
  });
  // A group asked for twice still gets one tab.
  const groups = [...new Set(found)];

  const ticked = request.kpiIds ? new Set(request.kpiIds) : null;
  if (ticked) {
    const known = new Set(groups.flatMap((group) => group.kpis.map((kpi) => kpi.id)));
    const unknown = [...ticked].find((id) => !known.has(id));
    if (unknown) throw new KpiError("request.unknown_kpi", { id: unknown, group: groups.map((group) => group.key).join(", ") });
  }

  const selections = groups.map((group) => ({ group, kpis: ticked ? group.kpis.filter((kpi) => ticked.has(kpi.id)) : group.kpis }));
  if (selections.every((selection) => selection.kpis.length === 0)) throw new KpiError("request.no_kpis");
  return selections;
}

function createTab(selection: Selection, request: GenerateRequest, language: Language, locale: SpreadsheetLocale) {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const periods = request.layout === "full" ? (request.periods ?? currentMonths(spreadsheet)) : undefined;
  const plan = planKpiTab({
    periods,
    group: selection.group,
    kpis: selection.kpis,
    layout: request.layout,
    language,
    locale: locale.code,
    objective: request.objective,
    owner: request.owner,
    period: request.period,
  });

  const sheets = spreadsheet.getSheets();
  const name = freeSheetName(
    sheets.map((sheet) => sheet.getName()),
    plan.name,
  );
  const sheet = spreadsheet.insertSheet(name, sheets.length);
  try {
    applyPlan(sheet, plan);
    sheet.addDeveloperMetadata(
      METADATA.kpiTab,
      JSON.stringify({ group: `${selection.group.kind}:${selection.group.key}`, layout: request.layout, language, periods }),
    );
  } catch (error) {
    // The tab is the add-on's own and half written: removing it leaves the file as it was.
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
  return { name, url: sheetUrl(spreadsheet, sheet) };
}
