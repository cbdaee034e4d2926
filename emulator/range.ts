/** Range: a block of cells of one sheet. */
import { Emulated } from "./facade";
import { formatA1, GridRect } from "./a1";
import { CellRecord, CellScalar, SheetModel, ValidationSpec } from "./model";
import { SpreadsheetState } from "./state";
import { fail, failSignature, notEmulated } from "./errors";
import { DEFAULT_BACKGROUND, DEFAULT_FONT_COLOR, DEFAULT_FONT_SIZE, normalizeColor, normalizeFontWeight, normalizeHorizontalAlignment } from "./style";
import { DataValidation } from "./validation";
import { Protection } from "./protection";
import { sheetView } from "./sheet";
import type { Sheet } from "./sheet";

type Grid<T> = T[][];

export class Range extends Emulated {
  readonly className = "Range";

  constructor(
    readonly state: SpreadsheetState,
    readonly model: SheetModel,
    readonly rect: GridRect,
  ) {
    super();
  }

  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.column;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numColumns;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }
  getA1Notation(): string {
    return formatA1(this.rect);
  }
  getSheet(): Sheet {
    return sheetView(this.state, this.model);
  }
  getGridId(): number {
    return this.model.gid;
  }

  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numColumns) {
      fail("Cell reference out of range");
    }
    return new Range(this.state, this.model, { row: this.rect.row + row - 1, column: this.rect.column + column - 1, numRows: 1, numColumns: 1 });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.getSheet().getRange(
      this.rect.row + rowOffset,
      this.rect.column + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numColumns,
    );
  }

  isBlank(): boolean {
    return this.readGrid((row, column) => this.state.readValue(this.model, row, column)).every((line) => line.every((value) => value === ""));
  }

  // Values and formulas

  getValue(): CellScalar | "" {
    return this.state.readValue(this.model, this.rect.row, this.rect.column);
  }
  getValues(): Grid<CellScalar | ""> {
    return this.readGrid((row, column) => this.state.readValue(this.model, row, column));
  }
  getDisplayValue(): string {
    return this.state.readDisplay(this.model, this.rect.row, this.rect.column);
  }
  getDisplayValues(): Grid<string> {
    return this.readGrid((row, column) => this.state.readDisplay(this.model, row, column));
  }

  setValue(value: unknown): Range {
    if (Array.isArray(value)) failSignature("Range", "setValue", [value]);
    if (this.cellCount() > 1 && typeof value === "string" && this.looksLikeFormula(value)) {
      notEmulated("Range.setValue of a formula on more than one cell (Sheets shifts its relative references); use setFormulas");
    }
    this.forEachCell((row, column) => this.state.writeInput(this.model, row, column, value));
    this.state.contentChanged(this.model);
    return this;
  }

  setValues(values: unknown): Range {
    const grid = this.checkGrid(values, "setValues");
    this.forEachCell((row, column, r, c) => this.state.writeInput(this.model, row, column, grid[r][c]));
    this.state.contentChanged(this.model);
    return this;
  }

  getFormula(): string {
    return this.model.cell(this.rect.row, this.rect.column)?.formula ?? "";
  }
  getFormulas(): Grid<string> {
    return this.readGrid((row, column) => this.model.cell(row, column)?.formula ?? "");
  }

  setFormula(formula: string): Range {
    if (typeof formula !== "string") failSignature("Range", "setFormula", [formula]);
    if (this.cellCount() > 1) {
      notEmulated("Range.setFormula on more than one cell (Sheets shifts its relative references); use setFormulas");
    }
    this.writeFormulaCell(this.rect.row, this.rect.column, formula);
    this.state.contentChanged(this.model);
    return this;
  }

  setFormulas(formulas: unknown): Range {
    const grid = this.checkGrid(formulas, "setFormulas");
    this.forEachCell((row, column, r, c) => {
      const formula = grid[r][c];
      if (typeof formula !== "string") failSignature("Range", "setFormulas", [formulas]);
      this.writeFormulaCell(row, column, formula);
    });
    this.state.contentChanged(this.model);
    return this;
  }

  /** An empty string clears the cell; text without a leading "=" is written as a value. */
  private writeFormulaCell(row: number, column: number, formula: string): void {
    if (formula.startsWith("=")) this.state.writeFormula(this.model, row, column, formula);
    else this.state.writeInput(this.model, row, column, formula);
  }

  private looksLikeFormula(text: string): boolean {
    const format = this.model.cell(this.rect.row, this.rect.column)?.numberFormat;
    return format !== "@" && text.startsWith("=");
  }

  clearContent(): Range {
    this.updateRecords((record) => {
      record.value = undefined;
      record.formula = undefined;
    });
    this.state.contentChanged(this.model);
    return this;
  }

  clearFormat(): Range {
    this.updateRecords(clearFormatting);
    this.state.contentChanged(this.model);
    return this;
  }

  clearNote(): Range {
    this.updateRecords((record) => (record.note = undefined));
    return this;
  }

  clearDataValidations(): Range {
    this.updateRecords((record) => (record.validation = undefined));
    return this;
  }

  /** Clears contents and formats; with options, only the parts they name. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): Range {
    if (!options) {
      this.clearContent();
      return this.clearFormat();
    }
    const known = new Set(["contentsOnly", "formatOnly", "commentsOnly", "validationsOnly"]);
    for (const key of Object.keys(options)) if (!known.has(key)) notEmulated(`Range.clear option ${key}`);
    if (options.contentsOnly) this.clearContent();
    if (options.formatOnly) this.clearFormat();
    if (options.commentsOnly) this.clearNote();
    if (options.validationsOnly) this.clearDataValidations();
    return this;
  }

  // Number formats

  // NOTE: a cell with automatic format reads as "" here; real Sheets may report a pattern such as
  // "0.###############" instead, which is not confirmed.
  getNumberFormat(): string {
    return this.model.cell(this.rect.row, this.rect.column)?.numberFormat ?? "";
  }
  getNumberFormats(): Grid<string> {
    return this.readGrid((row, column) => this.model.cell(row, column)?.numberFormat ?? "");
  }
  setNumberFormat(format: string): Range {
    if (typeof format !== "string") failSignature("Range", "setNumberFormat", [format]);
    this.updateRecords((record) => (record.numberFormat = format || undefined));
    return this;
  }
  setNumberFormats(formats: unknown): Range {
    const grid = this.checkGrid(formats, "setNumberFormats");
    this.updateRecords((record, r, c) => (record.numberFormat = String(grid[r][c] ?? "") || undefined));
    return this;
  }

  // Notes

  getNote(): string {
    return this.model.cell(this.rect.row, this.rect.column)?.note ?? "";
  }
  getNotes(): Grid<string> {
    return this.readGrid((row, column) => this.model.cell(row, column)?.note ?? "");
  }
  setNote(note: unknown): Range {
    this.updateRecords((record) => (record.note = noteText(note)));
    return this;
  }
  setNotes(notes: unknown): Range {
    const grid = this.checkGrid(notes, "setNotes");
    this.updateRecords((record, r, c) => (record.note = noteText(grid[r][c])));
    return this;
  }

  // Data validation

  getDataValidation(): DataValidation | null {
    return this.validationAt(this.rect.row, this.rect.column);
  }
  getDataValidations(): Grid<DataValidation | null> {
    return this.readGrid((row, column) => this.validationAt(row, column));
  }
  setDataValidation(rule: unknown): Range {
    const spec = validationSpec(rule, "setDataValidation");
    this.updateRecords((record) => (record.validation = spec));
    return this;
  }
  setDataValidations(rules: unknown): Range {
    const grid = this.checkGrid(rules, "setDataValidations");
    const specs = grid.map((line) => line.map((rule) => validationSpec(rule, "setDataValidations")));
    this.updateRecords((record, r, c) => (record.validation = specs[r][c]));
    return this;
  }
  private validationAt(row: number, column: number): DataValidation | null {
    const spec = this.model.cell(row, column)?.validation;
    return spec ? new DataValidation(this.state, spec) : null;
  }

  // Styles

  getBackground(): string {
    return this.model.cell(this.rect.row, this.rect.column)?.background ?? DEFAULT_BACKGROUND;
  }
  getBackgrounds(): Grid<string> {
    return this.readGrid((row, column) => this.model.cell(row, column)?.background ?? DEFAULT_BACKGROUND);
  }
  setBackground(color: unknown): Range {
    const normalized = normalizeColor(color);
    this.updateRecords((record) => (record.background = normalized));
    return this;
  }
  setBackgrounds(colors: unknown): Range {
    const grid = this.checkGrid(colors, "setBackgrounds").map((line) => line.map(normalizeColor));
    this.updateRecords((record, r, c) => (record.background = grid[r][c]));
    return this;
  }

  getFontColor(): string {
    return this.model.cell(this.rect.row, this.rect.column)?.fontColor ?? DEFAULT_FONT_COLOR;
  }
  getFontColors(): Grid<string> {
    return this.readGrid((row, column) => this.model.cell(row, column)?.fontColor ?? DEFAULT_FONT_COLOR);
  }
  setFontColor(color: unknown): Range {
    const normalized = normalizeColor(color);
    this.updateRecords((record) => (record.fontColor = normalized));
    return this;
  }
  setFontColors(colors: unknown): Range {
    const grid = this.checkGrid(colors, "setFontColors").map((line) => line.map(normalizeColor));
    this.updateRecords((record, r, c) => (record.fontColor = grid[r][c]));
    return this;
  }

  getFontWeight(): string {
    return this.model.cell(this.rect.row, this.rect.column)?.fontWeight ?? "normal";
  }
  getFontWeights(): Grid<string> {
    return this.readGrid((row, column) => this.model.cell(row, column)?.fontWeight ?? "normal");
  }
  setFontWeight(weight: unknown): Range {
    const normalized = normalizeFontWeight(weight);
    this.updateRecords((record) => (record.fontWeight = normalized === "normal" ? undefined : normalized));
    return this;
  }
  setFontWeights(weights: unknown): Range {
    const grid = this.checkGrid(weights, "setFontWeights").map((line) => line.map(normalizeFontWeight));
    this.updateRecords((record, r, c) => (record.fontWeight = grid[r][c] === "normal" ? undefined : grid[r][c]));
    return this;
  }

  getFontSize(): number {
    return this.model.cell(this.rect.row, this.rect.column)?.fontSize ?? DEFAULT_FONT_SIZE;
  }
  setFontSize(size: number): Range {
    if (typeof size !== "number" || !(size > 0)) failSignature("Range", "setFontSize", [size]);
    this.updateRecords((record) => (record.fontSize = size === DEFAULT_FONT_SIZE ? undefined : size));
    return this;
  }

  setWrap(wrap: boolean): Range {
    if (typeof wrap !== "boolean") failSignature("Range", "setWrap", [wrap]);
    this.updateRecords((record) => (record.wrap = wrap));
    return this;
  }
  setWraps(wraps: unknown): Range {
    const grid = this.checkGrid(wraps, "setWraps");
    this.updateRecords((record, r, c) => (record.wrap = Boolean(grid[r][c])));
    return this;
  }

  setHorizontalAlignment(alignment: unknown): Range {
    const normalized = normalizeHorizontalAlignment(alignment);
    this.updateRecords((record) => (record.horizontalAlignment = normalized));
    return this;
  }

  protect(): Protection {
    const spec = {
      id: this.state.workbook.newProtectionId(),
      type: "RANGE" as const,
      gid: this.model.gid,
      rect: this.rect,
      description: "",
      warningOnly: false,
    };
    this.state.workbook.protections.push(spec);
    return new Protection(this.state, spec);
  }

  // Helpers

  private cellCount(): number {
    return this.rect.numRows * this.rect.numColumns;
  }

  private readGrid<T>(read: (row: number, column: number) => T): Grid<T> {
    const grid: Grid<T> = [];
    for (let r = 0; r < this.rect.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.rect.numColumns; c++) line.push(read(this.rect.row + r, this.rect.column + c));
      grid.push(line);
    }
    return grid;
  }

  private forEachCell(visit: (row: number, column: number, rowOffset: number, columnOffset: number) => void): void {
    for (let r = 0; r < this.rect.numRows; r++) {
      for (let c = 0; c < this.rect.numColumns; c++) visit(this.rect.row + r, this.rect.column + c, r, c);
    }
  }

  private updateRecords(update: (record: CellRecord, rowOffset: number, columnOffset: number) => void): void {
    const { row, column, numRows, numColumns } = this.rect;
    this.state.updateCells(this.model, row, column, numRows, numColumns, update);
  }

  /** Checks a 2-D array against the range's size with Apps Script's messages. */
  private checkGrid(values: unknown, method: string): unknown[][] {
    if (!Array.isArray(values)) failSignature("Range", method, [values]);
    if (values.length !== this.rect.numRows) {
      fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const line of values) {
      if (!Array.isArray(line)) failSignature("Range", method, [values]);
      if (line.length !== this.rect.numColumns) {
        fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.rect.numColumns}.`,
        );
      }
    }
    return values as unknown[][];
  }
}

function clearFormatting(record: CellRecord): void {
  record.numberFormat = undefined;
  record.background = undefined;
  record.fontColor = undefined;
  record.fontWeight = undefined;
  record.fontSize = undefined;
  record.wrap = undefined;
  record.horizontalAlignment = undefined;
}

function noteText(note: unknown): string | undefined {
  if (note === null || note === undefined || note === "") return undefined;
  return String(note);
}

function validationSpec(rule: unknown, method: string): ValidationSpec | undefined {
  if (rule === null || rule === undefined) return undefined;
  if (rule instanceof DataValidation) return rule.spec;
  return failSignature("Range", method, [rule]);
}

export { clearFormatting };
