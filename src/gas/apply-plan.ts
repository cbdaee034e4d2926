import { rangesByFormat } from "../core/plan/format-ranges";
import type { Block, SheetPlan } from "../core/plan/sheet-plan";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const blockRange = (sheet: Sheet, block: Block) => sheet.getRange(block.row, block.column, block.rows, block.columns);

/** Adds rows and columns when the sheet is smaller than needed; a new tab has 1000 × 26 cells. */
export function growTo(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Writes a sheet plan into an empty sheet in batched calls: their number depends on the plan's
 * layout (formats, validations, columns), never on how many rows it has.
 * Number formats go first so that "@" cells keep user text literal when the values land.
 */
export function applyPlan(sheet: Sheet, plan: SheetPlan): void {
  const rows = plan.values.length;
  const columns = rows > 0 ? plan.values[0].length : 0;
  if (rows === 0 || columns === 0) return;
  growTo(sheet, rows, columns);

  for (const [format, ranges] of rangesByFormat(plan.numberFormats)) {
    sheet.getRangeList(ranges).setNumberFormat(format);
  }

  const grid = sheet.getRange(1, 1, rows, columns);
  grid.setValues(plan.values.map((line) => [...line]));
  grid.setFontWeights(plan.fontWeights.map((line) => [...line]));
  grid.setBackgrounds(plan.backgrounds.map((line) => [...line]) as string[][]);

  for (const block of plan.formulaBlocks) {
    sheet.getRange(block.row, block.column, block.formulas.length, block.formulas[0].length).setFormulas(block.formulas.map((line) => [...line]));
  }

  if (plan.notes) {
    sheet.getRange(plan.notes.row, plan.notes.column, 1, plan.notes.notes.length).setNotes([[...plan.notes.notes]]);
  }

  for (const validation of plan.validations) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...validation.values], true)
      .setAllowInvalid(false)
      .setHelpText(validation.helpText)
      .build();
    blockRange(sheet, validation.block).setDataValidation(rule);
  }

  if (plan.colorRules.length > 0) {
    sheet.setConditionalFormatRules(
      plan.colorRules.map((rule) =>
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo(rule.text)
          .setBackground(rule.background)
          .setFontColor(rule.fontColor)
          .setRanges([blockRange(sheet, rule.block)])
          .build(),
      ),
    );
  }

  for (const protection of plan.protections) {
    blockRange(sheet, protection.block).protect().setDescription(protection.description).setWarningOnly(true);
  }
  if (plan.sheetProtection) {
    const { description, editable } = plan.sheetProtection;
    sheet
      .protect()
      .setDescription(description)
      .setWarningOnly(true)
      .setUnprotectedRanges(editable.map((block) => blockRange(sheet, block)));
  }

  for (const chart of plan.charts ?? []) {
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(chart.kind === "bar" ? Charts.ChartType.BAR : Charts.ChartType.LINE)
        .addRange(blockRange(sheet, chart.block))
        .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
        .setNumHeaders(chart.headerRow ? 1 : 0)
        .setOption("title", chart.title)
        .setOption("legend", { position: chart.headerRow ? "bottom" : "none" })
        .build(),
    );
  }

  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  setColumnWidths(sheet, plan.columnWidths);
}

// One call per run of neighbouring columns that share a width.
function setColumnWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let index = 1; index <= widths.length; index++) {
    if (index < widths.length && widths[index] === widths[start]) continue;
    sheet.setColumnWidths(start + 1, index - start, widths[start]);
    start = index;
  }
}
