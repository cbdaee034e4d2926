/**
 * Formula evaluation with HyperFormula across every sheet of the emulated spreadsheet.
 *
 * The engine is built only once some cell contains a formula. Changes mark it dirty: a changed sheet's
 * content is replaced on the next read, and adding, removing or renaming a sheet, or loading another
 * script, rebuilds the engine. Error values come back as the strings Sheets shows; a circular
 * reference and a blocked array result read as "#REF!", as in Sheets.
 *
 * Custom functions: every top-level function of the loaded script is registered as a HyperFormula
 * function under its upper-case name (built-in functions keep precedence). A call receives single
 * cells as values and ranges as 2-D arrays, typed as getValues types them, and may return a scalar,
 * a Date or a 2-D array (a 1-D array fills a column). An array result spills below and to the right.
 * Formula cells in the arguments arrive computed, because HyperFormula evaluates a formula's
 * references before the formula. Results typed as dates, such as DATE() or a custom function
 * returning a Date, arrive as Dates.
 *
 * A custom function that reads a formula cell through SpreadsheetApp (getValue, getValues) gets the
 * value HyperFormula has computed for that cell in the current evaluation. HyperFormula does not
 * see such reads as dependencies, so it may not have computed the cell yet. A read of a cell not
 * computed yet throws Not emulated, because Sheets would return the value it stored last, which the
 * emulator does not keep.
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ConfigParams, RawCellContent, SimpleCellAddress } from "hyperformula";
import { CellScalar, SheetModel, WorkbookModel } from "./model";
import { formatA1 } from "./a1";
import { dateToSerial, serialToDate } from "./dates";
import { notEmulated } from "./errors";
import { isDate } from "./realm";

export interface CustomFunctionHost {
  /** Upper-case names of the functions formulas may call. */
  functionNames(): readonly string[];
  /** Calls the function; throws for "#ERROR!". Arguments and result are host values. */
  call(name: string, args: unknown[]): unknown;
}

/** Types a cell's engine value as getValues would (dates from number formats, errors as text). */
export type ArgumentTyper = (sheet: SheetModel, row: number, column: number, engineValue: unknown) => unknown;

export interface ComputedCell {
  readonly value: CellScalar | "";
  /** Set when the result is a date, date-time or time, which Sheets then formats as such. */
  readonly dateKind?: "date" | "datetime" | "time";
}

const ERROR_TEXT: Partial<Record<ErrorType, string>> = {
  [ErrorType.CYCLE]: "#REF!",
  [ErrorType.SPILL]: "#REF!",
};

interface EngineContext {
  bridge: FormulaEngine;
}

const registeredCustomNames = new Set<string>();

/** Registers a HyperFormula function that forwards to the custom-function host of the calling engine. */
function registerCustomFunction(name: string): void {
  if (registeredCustomNames.has(name)) return;
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes(name)) return;

  class ScriptFunctionPlugin extends FunctionPlugin {
    static override implementedFunctions = {
      [name]: { method: "evaluate", sizeOfResultArrayMethod: "predictSize", isVolatile: false },
    };
    evaluate(ast: ProcedureCall, state: EvaluationState): unknown {
      const bridge = (this.config.context as EngineContext).bridge;
      const args = ast.args.map((arg) => bridge.argumentValue(arg, this.evaluateAst(arg as never, state as never), state));
      const graph = (this as unknown as { dependencyGraph: DependencyGraphView }).dependencyGraph;
      return bridge.callCustomFunction(name, args, state.formulaAddress, graph);
    }
    predictSize(ast: ProcedureCall, state: EvaluationState): ArraySize {
      const bridge = (this.config.context as EngineContext).bridge;
      const argumentSizes = ast.args.map((arg) => this.arraySizeForAst(arg as never, state as never));
      return bridge.predictSize(state.formulaAddress, argumentSizes);
    }
  }
  HyperFormula.registerFunction(name, ScriptFunctionPlugin as never, { enGB: { [name]: name } });
  registeredCustomNames.add(name);
}

interface ProcedureCall {
  args: AstNode[];
}
interface AstNode {
  type: string;
  reference?: { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress };
}
interface EvaluationState {
  formulaAddress: SimpleCellAddress;
}

/**
 * The parts of HyperFormula's internal dependency graph (a FunctionPlugin's `dependencyGraph`) used
 * to read values while an evaluation runs, because the public API is unavailable then.
 */
interface DependencyGraphView {
  getCell(address: SimpleCellAddress): unknown;
  getScalarValue(address: SimpleCellAddress): unknown;
}

/** Returns the kind of a HyperFormula number typed as a date or time (its internal DateNumber, TimeNumber, DateTimeNumber). */
function engineDateKind(value: unknown): ComputedCell["dateKind"] {
  if (typeof value !== "object" || value === null) return undefined;
  const detailedType = (value as { getDetailedType?: () => string }).getDetailedType?.();
  if (detailedType === "NUMBER_DATE") return "date";
  if (detailedType === "NUMBER_DATETIME") return "datetime";
  if (detailedType === "NUMBER_TIME") return "time";
  return undefined;
}

function addressKey(address: SimpleCellAddress): string {
  return `${address.sheet}:${address.row}:${address.col}`;
}

export class FormulaEngine {
  private engine: HyperFormula | undefined;
  private readonly hfSheetByGid = new Map<number, number>();
  private readonly gidByHfSheet = new Map<number, number>();
  private readonly dirtySheets = new Set<number>();
  private needsRebuild = true;
  private host: CustomFunctionHost | undefined;
  private evaluating = false;
  /** Result sizes seen from custom functions, used to size their spill on the next build. */
  private readonly observedSizes = new Map<string, ArraySize>();
  private readonly predictedSizes = new Map<string, ArraySize>();
  private sizeMismatch = false;
  private readonly dateResults = new Set<string>();
  /** HyperFormula's dependency graph while a custom function runs, for reads of formula cells. */
  private graphDuringCall: DependencyGraphView | undefined;
  argumentTyper: ArgumentTyper = (_sheet, _row, _column, value) => value;

  constructor(private readonly workbook: WorkbookModel) {}

  setHost(host: CustomFunctionHost | undefined): void {
    this.host = host;
    for (const name of host?.functionNames() ?? []) registerCustomFunction(name);
    this.needsRebuild = true;
  }

  contentChanged(sheet: SheetModel): void {
    this.dirtySheets.add(sheet.gid);
  }

  structureChanged(): void {
    this.needsRebuild = true;
  }

  /** Returns the computed value of a formula cell or of a cell filled by an array result, else undefined. */
  read(sheet: SheetModel, row: number, column: number): ComputedCell | undefined {
    const record = sheet.cell(row, column);
    const isFormula = record?.formula !== undefined;
    if (this.evaluating) return this.readDuringEvaluation(sheet, row, column, isFormula);
    if (!isFormula && !this.engine && !this.workbook.sheets.some((s) => s.hasFormulas())) return undefined;
    const engine = this.synced();
    if (!engine) return undefined;
    const hfSheet = this.hfSheetByGid.get(sheet.gid);
    if (hfSheet === undefined) return undefined;
    const size = engine.getSheetDimensions(hfSheet);
    if (row > size.height || column > size.width) return isFormula ? { value: "" } : undefined;
    const address = { sheet: hfSheet, row: row - 1, col: column - 1 };
    const raw = engine.getCellValue(address);
    if (!isFormula && raw === null) return undefined;
    return this.toComputed(engine, address, raw);
  }

  /**
   * Reads a cell while HyperFormula evaluates, that is from inside a custom function. Formula cells
   * and cells filled by an array result come from the dependency graph. Other cells return
   * undefined, so the caller uses the stored value.
   */
  private readDuringEvaluation(sheet: SheetModel, row: number, column: number, isFormula: boolean): ComputedCell | undefined {
    const graph = this.graphDuringCall;
    const hfSheet = this.hfSheetByGid.get(sheet.gid);
    const cellName = `${sheet.name}!${formatA1({ row, column, numRows: 1, numColumns: 1 })}`;
    if (!graph || hfSheet === undefined) {
      if (isFormula) notEmulated(`reading formula cell ${cellName} while formulas are being evaluated`);
      return undefined;
    }
    const address = { sheet: hfSheet, row: row - 1, col: column - 1 };
    const vertex = graph.getCell(address) as { isComputed?: () => boolean } | undefined;
    const isFormulaVertex = typeof vertex?.isComputed === "function";
    if (!isFormula && !isFormulaVertex) return undefined;
    if (isFormulaVertex && !vertex!.isComputed!()) {
      const kind = isFormula ? "formula cell" : "cell filled by an array result,";
      notEmulated(
        `reading ${kind} ${cellName} from inside a custom function before HyperFormula computed it ` +
          "(Sheets would return the value it stored last, which the emulator does not keep)",
      );
    }
    return this.computedFromEngineValue(graph.getScalarValue(address), address);
  }

  /** Converts a value taken from HyperFormula's internals into what getValues reads. */
  private computedFromEngineValue(value: unknown, address: SimpleCellAddress): ComputedCell {
    const dateKind = engineDateKind(value);
    const plain = plainValue(value);
    if (typeof plain === "number" && (dateKind || this.dateResults.has(addressKey(address)))) {
      return { value: serialToDate(plain, this.workbook.settings.timeZone), dateKind: dateKind ?? "datetime" };
    }
    return { value: plain as CellScalar | "" };
  }

  /** Rows and columns covered by the sheet's content, array results included. */
  extent(sheet: SheetModel): { lastRow: number; lastColumn: number } {
    const own = sheet.extent();
    if (this.evaluating || !this.workbook.sheets.some((s) => s.hasFormulas())) return own;
    const engine = this.synced();
    const hfSheet = this.hfSheetByGid.get(sheet.gid);
    if (!engine || hfSheet === undefined) return own;
    const size = engine.getSheetDimensions(hfSheet);
    return { lastRow: Math.max(own.lastRow, size.height), lastColumn: Math.max(own.lastColumn, size.width) };
  }

  private toComputed(engine: HyperFormula, address: SimpleCellAddress, raw: unknown): ComputedCell {
    if (raw === null || raw === undefined) return { value: "" };
    if (raw instanceof DetailedCellError) {
      if (raw.type === ErrorType.LIC) throw new Error("HyperFormula rejected its license key.");
      return { value: ERROR_TEXT[raw.type] ?? raw.value };
    }
    if (typeof raw === "number") {
      const type = engine.getCellValueDetailedType(address);
      const timeZone = this.workbook.settings.timeZone;
      if (type === "NUMBER_DATE") return { value: serialToDate(raw, timeZone), dateKind: "date" };
      if (type === "NUMBER_DATETIME") return { value: serialToDate(raw, timeZone), dateKind: "datetime" };
      if (type === "NUMBER_TIME") return { value: serialToDate(raw, timeZone), dateKind: "time" };
      if (this.dateResults.has(addressKey(address))) return { value: serialToDate(raw, timeZone), dateKind: "datetime" };
      return { value: raw };
    }
    return { value: raw as string | boolean };
  }

  private synced(): HyperFormula | undefined {
    for (let attempt = 0; attempt < 3; attempt++) {
      this.sizeMismatch = false;
      if (this.needsRebuild) this.rebuild();
      else this.applyDirtySheets();
      if (!this.sizeMismatch) break;
      this.needsRebuild = true;
    }
    return this.engine;
  }

  private config(): Partial<ConfigParams> {
    return {
      licenseKey: "gpl-v3",
      context: { bridge: this } satisfies EngineContext,
      // Sheets returns full double precision from getValues, so HyperFormula must not round.
      smartRounding: false,
      useColumnIndex: false,
      // Sheets evaluates ranges in arithmetic element by element inside SUMPRODUCT; HyperFormula
      // does so only with array arithmetic on.
      useArrayArithmetic: true,
      // Sheets compares text ignoring letter case but not accents ("Cong don" is not "Cộng dồn").
      // NOTE: the accent rule is inferred, not checked against a live sheet.
      accentSensitive: true,
    };
  }

  private rebuild(): void {
    this.engine?.destroy();
    this.engine = undefined;
    this.hfSheetByGid.clear();
    this.gidByHfSheet.clear();
    this.dirtySheets.clear();
    this.needsRebuild = false;
    this.dateResults.clear();
    if (!this.workbook.sheets.some((sheet) => sheet.hasFormulas())) return;

    const contents: Record<string, RawCellContent[][]> = {};
    // HyperFormula numbers sheets in insertion order; custom functions evaluated during the build
    // already need the mapping to type their arguments.
    this.workbook.sheets.forEach((sheet, index) => {
      contents[sheet.name] = this.sheetContent(sheet);
      this.hfSheetByGid.set(sheet.gid, index);
      this.gidByHfSheet.set(index, sheet.gid);
    });
    this.runEvaluation(() => {
      this.engine = HyperFormula.buildFromSheets(contents, this.config());
    });
    for (const sheet of this.workbook.sheets) {
      if (this.engine!.getSheetId(sheet.name) !== this.hfSheetByGid.get(sheet.gid)) {
        throw new Error(`HyperFormula numbered sheet "${sheet.name}" differently than expected.`);
      }
    }
  }

  private applyDirtySheets(): void {
    if (this.dirtySheets.size === 0) return;
    const engine = this.engine;
    if (!engine) {
      this.needsRebuild = true;
      this.rebuild();
      return;
    }
    const gids = [...this.dirtySheets];
    this.dirtySheets.clear();
    this.runEvaluation(() => {
      engine.batch(() => {
        for (const gid of gids) {
          const sheet = this.workbook.sheetByGid(gid);
          const hfSheet = this.hfSheetByGid.get(gid);
          if (sheet && hfSheet !== undefined) engine.setSheetContent(hfSheet, this.sheetContent(sheet));
        }
      });
    });
  }

  private runEvaluation(work: () => void): void {
    this.evaluating = true;
    try {
      work();
    } finally {
      this.evaluating = false;
    }
  }

  private sheetContent(sheet: SheetModel): RawCellContent[][] {
    const { lastRow, lastColumn } = sheet.extent();
    const rows: RawCellContent[][] = [];
    for (let row = 1; row <= lastRow; row++) rows.push(new Array<RawCellContent>(lastColumn).fill(null));
    const timeZone = this.workbook.settings.timeZone;
    for (const [key, record] of sheet.cells) {
      const { row, column } = SheetModel.position(key);
      let content: RawCellContent = null;
      if (record.formula !== undefined) content = record.formula;
      else if (typeof record.value === "string") content = `'${record.value}`;
      else if (isDate(record.value)) content = dateToSerial(record.value, timeZone);
      else if (record.value !== undefined) content = record.value;
      if (content !== null) rows[row - 1][column - 1] = content;
    }
    return rows;
  }

  argumentValue(ast: AstNode, evaluated: unknown, state: EvaluationState): unknown {
    if (ast.type === "CELL_REFERENCE" && ast.reference) {
      const address = ast.reference.toSimpleCellAddress(state.formulaAddress);
      return this.typeEngineValue(address, evaluated);
    }
    if (evaluated instanceof SimpleRangeValue) {
      const start = evaluated.range?.start;
      return evaluated.data.map((cells, rowOffset) =>
        cells.map((value, columnOffset) =>
          start
            ? this.typeEngineValue({ sheet: start.sheet, row: start.row + rowOffset, col: start.col + columnOffset }, value)
            : this.expressionValue(value),
        ),
      );
    }
    return this.expressionValue(evaluated);
  }

  /** Types a cell's value as getValues would: dates from the engine's date types or the cell's format. */
  private typeEngineValue(address: SimpleCellAddress, value: unknown): unknown {
    const gid = this.gidByHfSheet.get(address.sheet);
    const sheet = gid === undefined ? undefined : this.workbook.sheetByGid(gid);
    const computed = this.computedFromEngineValue(value, address).value;
    return sheet ? this.argumentTyper(sheet, address.row + 1, address.col + 1, computed) : computed;
  }

  /** Converts the result of an argument expression such as DATE(2026,7,15) or 1+1. */
  private expressionValue(value: unknown): unknown {
    const plain = plainValue(value);
    if (typeof plain === "number" && engineDateKind(value)) return serialToDate(plain, this.workbook.settings.timeZone);
    return plain;
  }

  predictSize(address: SimpleCellAddress, argumentSizes: ArraySize[]): ArraySize {
    const key = addressKey(address);
    let size = this.observedSizes.get(key);
    if (!size) {
      const ranges = argumentSizes.filter((s) => !s.isScalar());
      size = ranges.length
        ? new ArraySize(Math.max(...ranges.map((s) => s.width)), Math.max(...ranges.map((s) => s.height)))
        : ArraySize.scalar();
    }
    this.predictedSizes.set(key, size);
    return size;
  }

  callCustomFunction(name: string, args: unknown[], address: SimpleCellAddress, graph: DependencyGraphView): unknown {
    const key = addressKey(address);
    if (!this.host || !this.host.functionNames().includes(name)) return new CellError(ErrorType.NAME, `Unknown function: '${name}'.`);

    let result: unknown;
    const outerGraph = this.graphDuringCall;
    this.graphDuringCall = graph;
    try {
      result = this.host.call(name, args);
    } catch (error) {
      return new CellError(ErrorType.ERROR, error instanceof Error || (error && typeof error === "object") ? String((error as Error).message) : String(error));
    } finally {
      this.graphDuringCall = outerGraph;
    }

    const predicted = this.predictedSizes.get(key) ?? ArraySize.scalar();
    if (!Array.isArray(result)) {
      if (!predicted.isScalar()) this.noteSize(key, predicted, ArraySize.scalar());
      if (isDate(result)) this.dateResults.add(key);
      return this.engineScalar(result);
    }
    const rows: unknown[][] = result.length === 0 ? [] : Array.isArray(result[0]) ? (result as unknown[][]) : result.map((item) => [item]);
    if (rows.length === 0) return new CellError(ErrorType.NA, "The custom function returned an empty array.");
    const width = Math.max(...rows.map((row) => (Array.isArray(row) ? row.length : 1)));
    const actual = new ArraySize(width, rows.length);
    this.noteSize(key, predicted, actual);
    if (predicted.isScalar()) return this.engineScalar(rows[0][0]);
    const data = [];
    for (let r = 0; r < predicted.height; r++) {
      const line = [];
      for (let c = 0; c < predicted.width; c++) line.push(this.engineScalar(rows[r]?.[c]));
      data.push(line);
    }
    return SimpleRangeValue.onlyValues(data as never);
  }

  private noteSize(key: string, predicted: ArraySize, actual: ArraySize): void {
    this.observedSizes.set(key, actual);
    if (predicted.width !== actual.width || predicted.height !== actual.height) this.sizeMismatch = true;
  }

  private engineScalar(value: unknown): unknown {
    if (value === undefined || value === null || value === "") return EmptyValue;
    if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
    if (isDate(value)) return dateToSerial(value, this.workbook.settings.timeZone);
    return String(value);
  }
}

function plainValue(value: unknown): unknown {
  if (value === EmptyValue || value === null || value === undefined) return "";
  if (value instanceof CellError) return errorText(value.type);
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

function errorText(type: ErrorType): string {
  const texts: Record<ErrorType, string> = {
    DIV_BY_ZERO: "#DIV/0!",
    NAME: "#NAME?",
    VALUE: "#VALUE!",
    NUM: "#NUM!",
    NA: "#N/A",
    CYCLE: "#REF!",
    REF: "#REF!",
    SPILL: "#REF!",
    LIC: "#LIC!",
    ERROR: "#ERROR!",
  } as Record<ErrorType, string>;
  return texts[type];
}
