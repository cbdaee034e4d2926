import { recognizeHeaderRow } from "../../src/core/scorecard/headers";
import type { Emulator } from "../../emulator";
import { SAMPLE_COMPANY, SAMPLE_GROUPS, SAMPLE_OWN_TAB, SAMPLE_VALUES } from "./sample-company";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Sets up the sample company in an emulated spreadsheet the way its managers would: generates
 * its KPI tabs through the add-on's sidebar endpoint, types the numbers into them, and adds a
 * tab of their own.
 */
export function setUpSampleCompany(emulator: Emulator, language: "vi" | "en"): void {
  const response = emulator.run("generateKpiTabs", [
    {
      language,
      groups: SAMPLE_GROUPS.map((group) => ({ kind: group.kind, key: group.key })),
      layout: "full",
      objective: SAMPLE_COMPANY.objective,
      owner: SAMPLE_COMPANY.owner,
      period: SAMPLE_COMPANY.period,
    },
  ]) as { created: { name: string }[] };

  for (const tab of response.created) {
    const sheet = emulator.spreadsheet.getSheetByName(tab.name);
    if (sheet) typeSampleValues(sheet);
  }

  const own = emulator.spreadsheet.insertSheet(SAMPLE_OWN_TAB.name);
  own.getRange(1, 1, SAMPLE_OWN_TAB.values.length, 3).setValues(SAMPLE_OWN_TAB.values.map((row) => [...row]));
}

/** Types each KPI's target, threshold and actual into the cells a user would fill. */
function typeSampleValues(sheet: Sheet): void {
  const values = sheet.getDataRange().getValues();
  const headerIndex = values.findIndex((row) => {
    const columns = recognizeHeaderRow(row);
    return columns.has("id") && columns.has("target");
  });
  if (headerIndex < 0) throw new Error(`The generated tab "${sheet.getName()}" has no header row`);
  const columns = recognizeHeaderRow(values[headerIndex]);
  const at = (key: "id" | "target" | "threshold" | "actual") => (columns.get(key) as number) + 1;

  values.slice(headerIndex + 1).forEach((row, offset) => {
    const entry = SAMPLE_VALUES[String(row[at("id") - 1])];
    if (!entry) return;
    const sheetRow = headerIndex + 2 + offset;
    sheet.getRange(sheetRow, at("target")).setValue(entry.target);
    if (entry.threshold !== undefined) sheet.getRange(sheetRow, at("threshold")).setValue(entry.threshold);
    if (entry.actual !== undefined) sheet.getRange(sheetRow, at("actual")).setValue(entry.actual);
  });
}

/** Types the mission into the summary tab, as the manager does after the first build. */
export function typeMission(emulator: Emulator, summaryName: string): void {
  emulator.spreadsheet.getSheetByName(summaryName)?.getRange("B2").setValue(SAMPLE_COMPANY.mission);
}
