import { parseAggregation } from "../../src/core/kpi/labels";
import { parsePeriodLabel } from "../../src/core/periods/periods";
import { recognizeHeaderRow } from "../../src/core/scorecard/headers";
import type { Emulator } from "../../emulator";
import { MONTHLY_SHAPE, SAMPLE_COMPANY, SAMPLE_GROUPS, SAMPLE_OWN_TAB, SAMPLE_VALUES } from "./sample-company";

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
      periods: { kind: "month", year: SAMPLE_COMPANY.year, reporting: SAMPLE_COMPANY.reportingMonth },
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
  const at = (key: "id" | "target" | "threshold" | "aggregation") => (columns.get(key) as number) + 1;
  const january = values[headerIndex].findIndex((cell) => parsePeriodLabel(cell)?.index === 1) + 1;

  values.slice(headerIndex + 1).forEach((row, offset) => {
    const entry = SAMPLE_VALUES[String(row[at("id") - 1])];
    if (!entry) return;
    const sheetRow = headerIndex + 2 + offset;
    const aggregation = parseAggregation(String(row[at("aggregation") - 1])) ?? "latest";
    const yearly = aggregation === "sum" ? 12 : 1;
    sheet.getRange(sheetRow, at("target")).setValue(entry.target * yearly);
    if (entry.threshold !== undefined) sheet.getRange(sheetRow, at("threshold")).setValue(entry.threshold * yearly);
    if (typeof entry.actual === "number") {
      const shape = aggregation === "latest" ? MONTHLY_SHAPE.climbing : MONTHLY_SHAPE.varying;
      const months = shape.map((factor) => Math.round((entry.actual as number) * factor * 1000) / 1000);
      sheet.getRange(sheetRow, january, 1, months.length).setValues([months]);
    } else if (entry.actual !== undefined) {
      sheet.getRange(sheetRow, january).setValue(entry.actual);
    }
  });
}

/** Types the mission into the summary tab, as the manager does after the first build. */
export function typeMission(emulator: Emulator, summaryName: string): void {
  emulator.spreadsheet.getSheetByName(summaryName)?.getRange("B2").setValue(SAMPLE_COMPANY.mission);
}
