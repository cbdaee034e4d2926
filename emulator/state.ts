/**
 * Reading and writing cells with Sheets' typing rules: the shared core behind Range, Sheet, the
 * xlsx and csv import, and the custom-function arguments.
 */
import { CellRecord, CellScalar, SheetModel, WorkbookModel } from "./model";
import { FormulaEngine } from "./formulas";
import { LocaleInfo, localeInfo } from "./locale";
import { classifyFormat, displayValue } from "./display";
import { dateToSerial, serialToDate, wallClock } from "./dates";
import { interpretInput } from "./values";
import { isDate } from "./realm";
import { UiLog } from "./ui-log";
import { renameSheetInFormula } from "./formula-text";

export class SpreadsheetState {
  readonly engine: FormulaEngine;
  readonly ui = new UiLog();
  /** Clock for dates typed without a year and for Utilities; tests may replace it. */
  now: () => Date = () => new Date();

  constructor(readonly workbook: WorkbookModel) {
    this.engine = new FormulaEngine(workbook);
    this.engine.argumentTyper = (sheet, row, column, engineValue) => this.typeValue(sheet.cell(row, column), engineValue);
    workbook.onChange = ({ structural }) => {
      if (structural) this.engine.structureChanged();
    };
  }

  get locale(): LocaleInfo {
    return localeInfo(this.workbook.settings.locale);
  }

  get timeZone(): string {
    return this.workbook.settings.timeZone;
  }

  /** Points formulas that name a renamed sheet at its new name, as Sheets does. */
  renameSheetInFormulas(oldName: string, newName: string): void {
    for (const sheet of this.workbook.sheets) {
      for (const record of sheet.cells.values()) {
        if (record.formula !== undefined) record.formula = renameSheetInFormula(record.formula, oldName, newName);
      }
    }
  }

  contentChanged(sheet: SheetModel): void {
    sheet.contentChanged();
    this.engine.contentChanged(sheet);
  }

  /** The value getValues returns for a cell: "" when empty, computed for formulas, typed by format. */
  readValue(sheet: SheetModel, row: number, column: number): CellScalar | "" {
    const record = sheet.cell(row, column);
    if (record?.formula === undefined && record?.value !== undefined) return this.typeValue(record, record.value);
    const computed = this.engine.read(sheet, row, column);
    return this.typeValue(record, computed?.value ?? "");
  }

  /** Applies the cell's number format to a value: a date pattern gives a Date, a number pattern a number. */
  typeValue(record: CellRecord | undefined, value: unknown): CellScalar | "" {
    const scalar = (value ?? "") as CellScalar | "";
    const kind = classifyFormat(record?.numberFormat);
    if (kind === "date" && typeof scalar === "number") return serialToDate(scalar, this.timeZone);
    if (kind === "number" && isDate(scalar)) return dateToSerial(scalar, this.timeZone);
    return scalar;
  }

  readDisplay(sheet: SheetModel, row: number, column: number): string {
    const record = sheet.cell(row, column);
    let value: CellScalar | "";
    let automaticDatePattern: string | undefined;
    if (record?.formula === undefined && record?.value !== undefined) {
      value = record.value;
    } else {
      const computed = this.engine.read(sheet, row, column);
      value = computed?.value ?? "";
      if (computed?.dateKind === "date") automaticDatePattern = this.locale.datePattern;
      if (computed?.dateKind === "time") automaticDatePattern = this.locale.timePattern;
    }
    if (isDate(value) && !automaticDatePattern) automaticDatePattern = this.automaticDatePattern(value);
    return displayValue(value, record?.numberFormat, this.locale, this.timeZone, automaticDatePattern);
  }

  /** Pattern for a Date in a cell with automatic format: the date alone when it falls at midnight. */
  private automaticDatePattern(date: Date): string {
    const clock = wallClock(date, this.timeZone);
    const midnight = clock.hour === 0 && clock.minute === 0 && clock.second === 0;
    return midnight ? this.locale.datePattern : this.locale.dateTimePattern;
  }

  /** Writes one cell as setValue does; the caller reports the change with contentChanged. */
  writeInput(sheet: SheetModel, row: number, column: number, input: unknown): void {
    const existing = sheet.cell(row, column);
    const interpreted = interpretInput(input, {
      locale: this.locale,
      timeZone: this.timeZone,
      numberFormat: existing?.numberFormat,
      now: this.now,
    });
    if (!existing && interpreted.value === undefined && interpreted.formula === undefined) return;
    const record = existing ?? sheet.ensureCell(row, column);
    record.value = interpreted.value;
    record.formula = interpreted.formula;
    if (interpreted.impliedFormat && !record.numberFormat) record.numberFormat = interpreted.impliedFormat;
    sheet.pruneCell(row, column);
  }

  /** Stores a literal value without parsing, as imports do for typed cells. */
  writeLiteral(sheet: SheetModel, row: number, column: number, value: CellScalar | undefined): void {
    const record = sheet.ensureCell(row, column);
    record.value = value;
    record.formula = undefined;
    sheet.pruneCell(row, column);
  }

  writeFormula(sheet: SheetModel, row: number, column: number, formula: string): void {
    const record = sheet.ensureCell(row, column);
    record.formula = formula;
    record.value = undefined;
  }

  /** Applies `update` to the record of every cell in the block, dropping records left empty. */
  updateCells(
    sheet: SheetModel,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    update: (record: CellRecord, rowOffset: number, columnOffset: number) => void,
  ): void {
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) {
        update(sheet.ensureCell(row + r, column + c), r, c);
        sheet.pruneCell(row + r, column + c);
      }
    }
  }
}
