/** Sheet: one tab of the spreadsheet. */
import { Emulated } from "./facade";
import { parseA1, splitSheetReference } from "./a1";
import { ConditionalRuleSpec, DEFAULT_COLUMN_WIDTH, SheetModel } from "./model";
import { SpreadsheetState } from "./state";
import { fail, failSignature, notEmulated } from "./errors";
import { enumName } from "./enums";
import { normalizeColor } from "./style";
import { Range, clearFormatting } from "./range";
import { RangeList } from "./range-list";
import { Protection } from "./protection";
import { ConditionalFormatRule } from "./conditional";
import { DeveloperMetadata, DeveloperMetadataFinder, addMetadata } from "./metadata";
import { spreadsheetView } from "./spreadsheet";
import { EmbeddedChart, EmbeddedChartBuilder, chartsOf, insertChartIntoSheet, newChartBuilder, removeChartFromSheet, replaceChartOnSheet } from "./charts";
import type { Spreadsheet } from "./spreadsheet";

export const MAX_SHEET_NAME_LENGTH = 100;

const views = new WeakMap<SheetModel, Sheet>();

/** Returns the one Sheet object of a sheet model, so proxies of it stay identical. */
export function sheetView(state: SpreadsheetState, model: SheetModel): Sheet {
  let view = views.get(model);
  if (!view) {
    view = new Sheet(state, model);
    views.set(model, view);
  }
  return view;
}

/** Throws Apps Script's errors for a name that is empty, too long or taken by another sheet. */
export function checkSheetName(state: SpreadsheetState, name: unknown, renamed?: SheetModel): string {
  if (typeof name !== "string" || name.trim() === "") fail(`Invalid sheet name: "${String(name)}". A sheet name cannot be empty.`);
  if (name.length > MAX_SHEET_NAME_LENGTH) {
    fail(`The sheet name "${name}" is too long: a sheet name can have at most ${MAX_SHEET_NAME_LENGTH} characters.`);
  }
  const clash = state.workbook.sheetByName(name);
  if (clash && clash !== renamed) fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
  return name;
}

function checkPositiveInteger(value: unknown, method: string, args: unknown[]): number {
  if (typeof value !== "number" || !Number.isFinite(value)) failSignature("Sheet", method, args);
  return Math.floor(value);
}

export class Sheet extends Emulated {
  readonly className = "Sheet";

  constructor(
    private readonly state: SpreadsheetState,
    readonly model: SheetModel,
  ) {
    super();
  }

  private live(): SheetModel {
    if (!this.state.workbook.sheets.includes(this.model)) fail("The sheet has been deleted.");
    return this.model;
  }

  getName(): string {
    return this.live().name;
  }
  getSheetName(): string {
    return this.live().name;
  }

  setName(name: string): Sheet {
    const model = this.live();
    checkSheetName(this.state, name, model);
    const oldName = model.name;
    if (oldName === name) return this;
    model.name = name;
    this.state.renameSheetInFormulas(oldName, name);
    this.state.workbook.notifyStructure();
    return this;
  }

  getSheetId(): number {
    return this.live().gid;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this.state.workbook.sheets.indexOf(this.live()) + 1;
  }

  getParent(): Spreadsheet {
    return spreadsheetView(this.state);
  }

  activate(): Sheet {
    this.state.workbook.activeGid = this.live().gid;
    return this;
  }

  getRange(...args: unknown[]): Range {
    const model = this.live();
    if (typeof args[0] === "string" && args.length === 1) {
      const { sheetName, a1 } = splitSheetReference(args[0]);
      if (sheetName !== undefined && this.state.workbook.sheetByName(sheetName) !== model) fail("Range not found");
      return this.rangeAt(parseA1(a1, model.maxRows, model.maxColumns));
    }
    if (args.length < 2 || args.length > 4 || args.some((arg) => typeof arg !== "number")) failSignature("Sheet", "getRange", args);
    const [row, column, numRows = 1, numColumns = 1] = (args as number[]).map(Math.floor);
    if (row < 1) fail("The starting row of the range is too small.");
    if (column < 1) fail("The starting column of the range is too small.");
    if (numRows < 1) fail("The number of rows in the range must be at least 1.");
    if (numColumns < 1) fail("The number of columns in the range must be at least 1.");
    return this.rangeAt({ row, column, numRows, numColumns });
  }

  private rangeAt(rect: { row: number; column: number; numRows: number; numColumns: number }): Range {
    const model = this.model;
    if (rect.row + rect.numRows - 1 > model.maxRows || rect.column + rect.numColumns - 1 > model.maxColumns) {
      fail("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new Range(this.state, model, rect);
  }

  /** Returns the ranges named by A1 notations of this sheet, such as ["A1:A5", "C3"]. */
  getRangeList(a1Notations: unknown): RangeList {
    if (!Array.isArray(a1Notations) || a1Notations.some((a1) => typeof a1 !== "string")) {
      failSignature("Sheet", "getRangeList", [a1Notations]);
    }
    return new RangeList((a1Notations as string[]).map((a1) => this.getRange(a1)));
  }

  /** Returns A1 through the last row and column with content, at least one cell. */
  getDataRange(): Range {
    const { lastRow, lastColumn } = this.state.engine.extent(this.live());
    return this.rangeAt({ row: 1, column: 1, numRows: Math.max(lastRow, 1), numColumns: Math.max(lastColumn, 1) });
  }

  getLastRow(): number {
    return this.state.engine.extent(this.live()).lastRow;
  }
  getLastColumn(): number {
    return this.state.engine.extent(this.live()).lastColumn;
  }
  getMaxRows(): number {
    return this.live().maxRows;
  }
  getMaxColumns(): number {
    return this.live().maxColumns;
  }

  /**
   * Adds rows after `afterPosition`. Only appending below every used cell is emulated, because
   * inserting inside data would have to shift cells and rewrite formulas.
   */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    const model = this.live();
    checkPositiveInteger(afterPosition, "insertRowsAfter", [afterPosition, howMany]);
    checkPositiveInteger(howMany, "insertRowsAfter", [afterPosition, howMany]);
    if (howMany < 1) fail("The number of rows to insert must be at least 1.");
    for (const key of model.cells.keys()) {
      if (SheetModel.position(key).row > afterPosition) notEmulated("Sheet.insertRowsAfter above existing cells (shifting cells)");
    }
    model.maxRows += howMany;
    return this;
  }

  /** Adds columns after `afterPosition`; as with rows, only appending right of every used cell. */
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    const model = this.live();
    checkPositiveInteger(afterPosition, "insertColumnsAfter", [afterPosition, howMany]);
    checkPositiveInteger(howMany, "insertColumnsAfter", [afterPosition, howMany]);
    if (howMany < 1) fail("The number of columns to insert must be at least 1.");
    for (const key of model.cells.keys()) {
      if (SheetModel.position(key).column > afterPosition) notEmulated("Sheet.insertColumnsAfter left of existing cells (shifting cells)");
    }
    model.maxColumns += howMany;
    return this;
  }

  setFrozenRows(rows: number): void {
    const model = this.live();
    const count = checkPositiveInteger(rows, "setFrozenRows", [rows]);
    if (count < 0 || count >= model.maxRows) fail(`Cannot freeze ${count} rows in a sheet of ${model.maxRows} rows.`);
    model.frozenRows = count;
  }
  getFrozenRows(): number {
    return this.live().frozenRows;
  }
  setFrozenColumns(columns: number): void {
    const model = this.live();
    const count = checkPositiveInteger(columns, "setFrozenColumns", [columns]);
    if (count < 0 || count >= model.maxColumns) fail(`Cannot freeze ${count} columns in a sheet of ${model.maxColumns} columns.`);
    model.frozenColumns = count;
  }
  getFrozenColumns(): number {
    return this.live().frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    const model = this.live();
    const args = [startColumn, numColumns, width];
    const start = checkPositiveInteger(startColumn, "setColumnWidths", args);
    const count = checkPositiveInteger(numColumns, "setColumnWidths", args);
    const pixels = checkPositiveInteger(width, "setColumnWidths", args);
    if (start < 1 || start + count - 1 > model.maxColumns) fail("The coordinates of the range are outside the dimensions of the sheet.");
    for (let column = start; column < start + count; column++) model.columnWidths.set(column, pixels);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.live().columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  setConditionalFormatRules(rules: unknown): void {
    const model = this.live();
    if (!Array.isArray(rules) || !rules.every((rule) => rule instanceof ConditionalFormatRule)) {
      failSignature("Sheet", "setConditionalFormatRules", [rules]);
    }
    model.conditionalRules = (rules as ConditionalFormatRule[]).map((rule) => copyRule(rule.spec));
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.live().conditionalRules.map((spec) => new ConditionalFormatRule(this.state, copyRule(spec)));
  }
  clearConditionalFormatRules(): void {
    this.live().conditionalRules = [];
  }

  /** Returns the sheet's protection, creating it when the sheet is not protected yet. */
  protect(): Protection {
    const model = this.live();
    const protections = this.state.workbook.protections;
    let spec = protections.find((protection) => protection.type === "SHEET" && protection.gid === model.gid);
    if (!spec) {
      spec = { id: this.state.workbook.newProtectionId(), type: "SHEET", gid: model.gid, description: "", warningOnly: false };
      protections.push(spec);
    }
    return new Protection(this.state, spec);
  }

  getProtections(type: unknown): Protection[] {
    const model = this.live();
    const wanted = enumName(type);
    if (wanted !== "SHEET" && wanted !== "RANGE") failSignature("Sheet", "getProtections", [type]);
    return this.state.workbook.protections
      .filter((protection) => protection.gid === model.gid && protection.type === wanted)
      .map((protection) => new Protection(this.state, protection));
  }

  addDeveloperMetadata(...args: unknown[]): Sheet {
    addMetadata(this.state, { type: "SHEET", gid: this.live().gid }, "Sheet", args);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    const gid = this.live().gid;
    return this.state.workbook.metadata
      .filter((spec) => spec.location.type === "SHEET" && spec.location.gid === gid)
      .map((spec) => new DeveloperMetadata(this.state, spec));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.state, this.live().gid);
  }

  setTabColor(color: string | null): Sheet {
    this.live().tabColor = normalizeColor(color) ?? null;
    return this;
  }
  getTabColor(): string | null {
    return this.live().tabColor;
  }

  /** Returns a builder for a chart that insertChart can add to any sheet of the spreadsheet. */
  newChart(): EmbeddedChartBuilder {
    this.live();
    return newChartBuilder(this.state);
  }
  insertChart(chart: unknown): void {
    insertChartIntoSheet(this.state, this.live(), chart);
  }
  /** Returns copies of the sheet's charts in insertion order. */
  getCharts(): EmbeddedChart[] {
    return chartsOf(this.state, this.live());
  }
  removeChart(chart: unknown): void {
    removeChartFromSheet(this.live(), chart);
  }
  /** Replaces the sheet's chart that has the same chart id, as built from modify(). */
  updateChart(chart: unknown): void {
    replaceChartOnSheet(this.live(), chart);
  }

  hideSheet(): Sheet {
    const model = this.live();
    const visible = this.state.workbook.sheets.filter((sheet) => !sheet.hidden);
    if (visible.length === 1 && visible[0] === model) fail("You can't hide all the sheets in a document.");
    model.hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this.live().hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.live().hidden;
  }

  /** Clears contents and formats of every cell; with options, only the parts they name. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    const model = this.live();
    if (options) {
      for (const key of Object.keys(options)) if (key !== "contentsOnly" && key !== "formatOnly") notEmulated(`Sheet.clear option ${key}`);
    }
    const contents = !options || Boolean(options.contentsOnly);
    const formats = !options || Boolean(options.formatOnly);
    for (const [key, record] of [...model.cells]) {
      if (contents) {
        record.value = undefined;
        record.formula = undefined;
      }
      if (formats) clearFormatting(record);
      const { row, column } = SheetModel.position(key);
      model.pruneCell(row, column);
    }
    this.state.contentChanged(model);
    return this;
  }
  clearContents(): Sheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): Sheet {
    return this.clear({ formatOnly: true });
  }
}

function copyRule(spec: ConditionalRuleSpec): ConditionalRuleSpec {
  return { ...spec, ranges: spec.ranges.map((range) => ({ ...range })), values: [...spec.values] };
}
