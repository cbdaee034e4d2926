/**
 * xlsx export and import with exceljs.
 *
 * Export writes every sheet in order. Formulas carry their computed results, for viewers that do not
 * recalculate. Also written: values, number formats, notes (as comments), list and number data
 * validations, frozen rows and columns, column widths, backgrounds, bold, font colours and sizes,
 * wrapping, alignment, tab colours, hidden sheets, and conditional formats with a boolean condition. Sheet
 * names longer than Excel's 31 characters, or with characters Excel forbids, are shortened and the
 * formulas that name them rewritten. Protections and developer metadata are not exported.
 * NOTE: embedded charts are not exported either, because exceljs 4.4 cannot write charts. A file
 * exported from a spreadsheet with charts has only their source data.
 *
 * Import replaces every sheet with the workbook's: values (dates as Date in the spreadsheet's time
 * zone), formulas, number formats, notes, bold, colours, frozen panes and column widths.
 */
import ExcelJS from "exceljs";
import { CellRecord, CellScalar, ConditionalRuleSpec, SheetModel, ValidationSpec } from "./model";
import { SpreadsheetState } from "./state";
import { formatA1 } from "./a1";
import { fromWallClock, wallClock } from "./dates";
import { renameSheetInFormula } from "./formula-text";
import { addSheet } from "./spreadsheet";
import { isDate } from "./realm";

const EXCEL_MAX_SHEET_NAME = 31;
/** Pixels per character of column width, the usual Calibri 11 approximation. */
const PIXELS_PER_CHARACTER = 7;

/** Returns names Excel accepts: at most 31 characters, none of []:*?/\, unique ignoring case. */
function excelSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "") || "Sheet";
    let candidate = base.slice(0, EXCEL_MAX_SHEET_NAME).trimEnd();
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = `~${n}`;
      candidate = base.slice(0, EXCEL_MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function argb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

function colorFromArgb(value: string | undefined): string | undefined {
  return value && /^[0-9A-Fa-f]{8}$/.test(value) ? `#${value.slice(2).toLowerCase()}` : undefined;
}

/** Lower-cases M and H, because Excel writes m and h and distinguishes months from minutes by context. */
function excelNumberFormat(pattern: string): string {
  return pattern.replace(/("[^"]*")|[MH]/g, (match, quoted: string | undefined) => quoted ?? match.toLowerCase());
}

/** Returns a Date whose UTC fields are the wall clock in `timeZone`, which exceljs writes as that serial. */
function toExcelDate(date: Date, timeZone: string): Date {
  const clock = wallClock(date, timeZone);
  return new Date(Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, clock.millisecond));
}

function fromExcelDate(date: Date, timeZone: string): Date {
  return fromWallClock(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
      millisecond: date.getUTCMilliseconds(),
    },
    timeZone,
  );
}

function excelResult(value: CellScalar | "", timeZone: string): ExcelJS.CellValue {
  if (typeof value === "string" && /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|ERROR!)$/.test(value)) {
    return { error: (value === "#ERROR!" ? "#VALUE!" : value) as ExcelJS.CellErrorValue["error"] };
  }
  if (isDate(value)) return toExcelDate(value, timeZone);
  return value;
}

function dataValidation(spec: ValidationSpec): ExcelJS.DataValidation | undefined {
  const common = {
    allowBlank: true,
    showErrorMessage: !spec.allowInvalid,
    showInputMessage: spec.helpText !== "",
    prompt: spec.helpText || undefined,
  };
  if (spec.criteria === "VALUE_IN_LIST") {
    const values = (spec.values[0] as unknown[]).map(String);
    // NOTE: Excel's inline lists cannot hold commas or quotes, so such lists are left out.
    if (values.some((value) => /[,"]/.test(value))) return undefined;
    return { ...common, type: "list", formulae: [`"${values.join(",")}"`] };
  }
  const operators: Record<string, ExcelJS.DataValidationOperator> = {
    NUMBER_BETWEEN: "between",
    NUMBER_NOT_BETWEEN: "notBetween",
    NUMBER_EQUAL_TO: "equal",
    NUMBER_NOT_EQUAL_TO: "notEqual",
    NUMBER_GREATER_THAN: "greaterThan",
    NUMBER_GREATER_THAN_OR_EQUAL_TO: "greaterThanOrEqual",
    NUMBER_LESS_THAN: "lessThan",
    NUMBER_LESS_THAN_OR_EQUAL_TO: "lessThanOrEqual",
  };
  const operator = operators[spec.criteria];
  if (operator) return { ...common, type: "decimal", operator, formulae: spec.values.map(Number) };
  return undefined;
}

function conditionalRule(spec: ConditionalRuleSpec, priority: number): ExcelJS.ConditionalFormattingRule | undefined {
  const style: Partial<ExcelJS.Style> = {};
  if (spec.background) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(spec.background) } };
  if (spec.fontColor || spec.bold !== undefined || spec.italic !== undefined) {
    style.font = {
      ...(spec.fontColor ? { color: { argb: argb(spec.fontColor) } } : {}),
      ...(spec.bold !== undefined ? { bold: spec.bold } : {}),
      ...(spec.italic !== undefined ? { italic: spec.italic } : {}),
    };
  }
  const literal = (value: unknown) => (typeof value === "number" ? String(value) : `"${String(value).replace(/"/g, '""')}"`);
  const cellIs: Record<string, ExcelJS.CellIsRuleType["operator"]> = {
    TEXT_EQUAL_TO: "equal",
    NUMBER_EQUAL_TO: "equal",
    NUMBER_GREATER_THAN: "greaterThan",
    NUMBER_LESS_THAN: "lessThan",
    NUMBER_BETWEEN: "between",
  };
  const operator = cellIs[spec.criteria];
  if (operator) return { type: "cellIs", operator, formulae: spec.values.map(literal), style, priority };
  if (spec.criteria === "TEXT_CONTAINS") {
    return { type: "containsText", operator: "containsText", text: String(spec.values[0]), style, priority };
  }
  if (spec.criteria === "CUSTOM_FORMULA") {
    return { type: "expression", formulae: [String(spec.values[0]).replace(/^=/, "")], style, priority };
  }
  return undefined;
}

function writeCell(cell: ExcelJS.Cell, record: CellRecord, computed: CellScalar | "", formula: string | undefined, state: SpreadsheetState): void {
  const timeZone = state.timeZone;
  if (formula !== undefined) {
    cell.value = { formula: formula.replace(/^=/, ""), result: excelResult(computed, timeZone) } as ExcelJS.CellFormulaValue;
  } else if (record.value !== undefined) {
    cell.value = isDate(record.value) ? toExcelDate(record.value, timeZone) : record.value;
  }
  const numberFormat = record.numberFormat || (isDate(record.value) || isDate(computed) ? state.locale.dateTimePattern : undefined);
  if (numberFormat) cell.numFmt = excelNumberFormat(numberFormat);
  if (record.note) cell.note = record.note;
  if (record.fontWeight === "bold" || record.fontColor || record.fontSize) {
    cell.font = {
      ...(record.fontWeight === "bold" ? { bold: true } : {}),
      ...(record.fontColor ? { color: { argb: argb(record.fontColor) } } : {}),
      ...(record.fontSize ? { size: record.fontSize } : {}),
    };
  }
  if (record.background) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(record.background) } };
  if (record.wrap !== undefined || record.horizontalAlignment) {
    const horizontal = record.horizontalAlignment === "normal" || record.horizontalAlignment === "general" ? undefined : record.horizontalAlignment;
    cell.alignment = { wrapText: record.wrap, horizontal: horizontal as ExcelJS.Alignment["horizontal"] };
  }
  if (record.validation) {
    const validation = dataValidation(record.validation);
    if (validation) cell.dataValidation = validation;
  }
}

export async function exportXlsx(state: SpreadsheetState, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheets = state.workbook.sheets;
  const names = excelSheetNames(sheets.map((sheet) => sheet.name));
  const renamed = sheets.map((sheet, index) => [sheet.name, names[index]] as const).filter(([from, to]) => from !== to);

  sheets.forEach((sheet, index) => {
    const worksheet = workbook.addWorksheet(names[index], {
      state: sheet.hidden ? "hidden" : "visible",
      properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
      views: sheet.frozenRows || sheet.frozenColumns ? [{ state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [],
    });
    for (const [column, width] of sheet.columnWidths) worksheet.getColumn(column).width = Math.round((width / PIXELS_PER_CHARACTER) * 100) / 100;
    for (const [key, record] of sheet.cells) {
      const { row, column } = SheetModel.position(key);
      let formula = record.formula;
      for (const [from, to] of renamed) if (formula !== undefined) formula = renameSheetInFormula(formula, from, to);
      const computed = formula !== undefined ? state.readValue(sheet, row, column) : "";
      writeCell(worksheet.getCell(row, column), record, computed, formula, state);
    }
    sheet.conditionalRules.forEach((spec, priority) => {
      const rule = conditionalRule(spec, priority + 1);
      const ref = spec.ranges.filter((range) => range.gid === sheet.gid).map(formatA1).join(" ");
      if (rule && ref) worksheet.addConditionalFormatting({ ref, rules: [rule] });
    });
  });
  await workbook.xlsx.writeFile(file);
}

function noteText(note: ExcelJS.Cell["note"]): string | undefined {
  if (!note) return undefined;
  if (typeof note === "string") return note;
  return note.texts?.map((part) => part.text).join("");
}

function importedValue(value: ExcelJS.CellValue, timeZone: string): CellScalar | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return fromExcelDate(value, timeZone);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value && typeof value.text === "string") return value.text;
  return undefined;
}

export async function importXlsx(state: SpreadsheetState, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const model = state.workbook;
  model.sheets.length = 0;
  model.metadata.length = 0;
  model.protections.length = 0;
  const timeZone = state.timeZone;

  for (const worksheet of workbook.worksheets) {
    const sheet = addSheet(state, worksheet.name);
    sheet.maxRows = Math.max(sheet.maxRows, worksheet.rowCount);
    sheet.maxColumns = Math.max(sheet.maxColumns, worksheet.columnCount);
    sheet.hidden = worksheet.state !== "visible";
    const view = worksheet.views?.[0];
    if (view?.state === "frozen") {
      sheet.frozenRows = view.ySplit ?? 0;
      sheet.frozenColumns = view.xSplit ?? 0;
    }
    worksheet.columns?.forEach((column, index) => {
      if (column.width) sheet.columnWidths.set(index + 1, Math.round(column.width * PIXELS_PER_CHARACTER));
    });
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const record = sheet.ensureCell(rowNumber, columnNumber);
        if (cell.type === ExcelJS.ValueType.Formula) record.formula = `=${cell.formula}`;
        else record.value = importedValue(cell.value, timeZone);
        if (cell.numFmt && cell.numFmt !== "General") record.numberFormat = cell.numFmt;
        record.note = noteText(cell.note);
        if (cell.font?.bold) record.fontWeight = "bold";
        record.fontColor = colorFromArgb(cell.font?.color?.argb);
        const fill = cell.fill;
        if (fill?.type === "pattern" && fill.pattern === "solid") record.background = colorFromArgb(fill.fgColor?.argb);
        sheet.pruneCell(rowNumber, columnNumber);
      });
    });
    state.contentChanged(sheet);
  }
  if (model.sheets.length === 0) addSheet(state, `${state.locale.sheetNamePrefix}1`);
  model.activeGid = model.sheets[0].gid;
  model.notifyStructure();
}
