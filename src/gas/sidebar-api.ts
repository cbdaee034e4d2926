import { parseSidebarModelRequest, type SidebarModel } from "../core/bridge/contract";
import { sortedGroups } from "../core/catalog/catalog";
import type { Language } from "../core/i18n/language";
import { translate, type MessageKey } from "../core/i18n/messages";
import { uiMessagesEn } from "../core/i18n/en/ui";
import { PERSPECTIVES } from "../core/catalog/vocabulary";
import { headerLabel, perspectiveLabel } from "../core/kpi/labels";
import { MAPPABLE_COLUMNS } from "../core/scorecard/read-table";
import { loadCatalog } from "./catalog";
import { loadChoices, saveChoices } from "./preferences";
import { runEndpoint } from "./endpoint";
import { SpreadsheetLocale } from "./locale";
import { readScorecard } from "./scorecard";
import type { ScorecardResult } from "../core/scorecard/result";

/** Sidebar endpoint: the catalog and every sidebar label in the requested language. */
export function getSidebarModel(rawRequest?: unknown): SidebarModel {
  const locale = new SpreadsheetLocale();
  let language: Language | undefined;
  return runEndpoint(
    () => language ?? locale.language,
    () => {
      const request = parseSidebarModelRequest(rawRequest);
      const stored = loadChoices();
      const chosen: Language = request?.language ?? stored?.language ?? locale.language;
      language = chosen;
      if (request?.language && stored && stored.language !== request.language) saveChoices({ ...stored, language: request.language });
      const texts: Record<string, string> = {};
      for (const key of Object.keys(uiMessagesEn) as MessageKey[]) {
        if (key.startsWith("sidebar.") || key.startsWith("request.")) texts[key] = translate(chosen, key);
      }
      // Field names of the column mapping form are the KPI tab's own headers and perspectives.
      for (const key of MAPPABLE_COLUMNS) texts[`sheet.header.${key}`] = headerLabel(key, chosen);
      for (const key of PERSPECTIVES) texts[`sheet.perspective.${key}`] = perspectiveLabel(key, chosen);
      const groups = sortedGroups(loadCatalog()).map((group) => ({
        kind: group.kind,
        key: group.key,
        name: group.name[chosen],
        keyQuestion: group.keyQuestion ? group.keyQuestion[chosen] : null,
        tabName: translate(chosen, "sheet.kpi_tab.name", { group: group.name[chosen] }),
        kpis: group.kpis.map((kpi) => ({
          id: kpi.id,
          name: kpi.name[chosen],
          description: kpi.description[chosen],
          perspective: kpi.perspective,
          perspectiveLabel: perspectiveLabel(kpi.perspective, chosen),
        })),
      }));
      const existingTabs = SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((sheet) => sheet.getName());
      return { language: chosen, texts, groups, choices: stored, existingTabs };
    },
  );
}

/** Returns the scorecard as plain data (the JSON the demo prints) without writing to the spreadsheet. */
export function getScorecardResult(): ScorecardResult {
  const locale = new SpreadsheetLocale();
  return runEndpoint(() => locale.language, () => readScorecard(locale).result);
}

export { generateKpiTabs } from "./generate";
