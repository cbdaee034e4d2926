import type { Direction } from "../catalog/vocabulary";
import { KpiError, type CellPosition } from "../errors";
import { parseDirection } from "../kpi/direction";
import { parseNumberText, type DecimalSeparator } from "../values/number-text";
import { UNBOUNDED } from "./runway";

export type ParamType = "number" | "direction";

/** One parameter of a custom function, as Sheets' autocomplete names it. */
export interface ParamSpec {
  readonly name: string;
  readonly type: ParamType;
  readonly required: boolean;
}

type TypeOf<T extends ParamType> = T extends "number" ? number : Direction;
type ValueOf<P extends ParamSpec> = TypeOf<P["type"]> | (P["required"] extends true ? never : undefined);

/** The coerced values of one cell's arguments; an optional argument left blank is undefined. */
export type ParamValues<Ps extends readonly ParamSpec[]> = {
  -readonly [K in keyof Ps]: Ps[K] extends ParamSpec ? ValueOf<Ps[K]> : never;
};

/** A result cell: a number, "" for blank, or text such as "∞". */
export type CellResult = number | string;

export interface FunctionSpec<Ps extends readonly ParamSpec[]> {
  readonly name: string;
  readonly params: Ps;
  /** The arithmetic of one cell, given its arguments in order. Required ones are never blank here. */
  readonly compute: (...values: ParamValues<Ps>) => CellResult;
}

/** Any function spec, with its argument types erased so specs can share one table. */
export interface AnyFunctionSpec {
  readonly name: string;
  readonly params: readonly ParamSpec[];
  readonly compute: (...values: never[]) => CellResult;
}

/** Spreadsheet facts a call may need, read only when a value needs them. */
export interface CallContext {
  decimalSeparator(): DecimalSeparator;
}

/** Maximum number of parameters of a custom function. The cell loop always passes this many arguments. */
const MAX_PARAMS = 5;

type Input =
  | { readonly kind: "single"; readonly value: unknown }
  | { readonly kind: "range"; readonly grid: readonly (readonly unknown[])[]; readonly rows: number; readonly columns: number };

type Coerced = number | Direction | undefined;

/**
 * Runs a custom function the way Sheets calls it. Each argument is a single value or a 2-D range.
 * Ranges must share one shape, and a single value (or a 1×1 range) is reused for every cell.
 * A range anywhere makes the result a 2-D array of that shape. A blank required argument gives a
 * blank cell, and a bad value raises a KpiError that names the argument and the cell.
 */
export function evaluateFunction(
  spec: AnyFunctionSpec,
  args: readonly unknown[],
  context: CallContext,
): CellResult | CellResult[][] {
  checkArgumentCount(spec, args);
  const inputs = spec.params.map((param, index) => classify(args[index], param));
  const shape = commonShape(spec, inputs);
  const anyRange = spec.params.some((_, index) => Array.isArray(args[index]));
  const rows = shape ? shape.rows : 1;
  const columns = shape ? shape.columns : 1;
  if (rows === 0 || columns === 0) return "";

  const coercer = new Coercer(context);
  const compute = spec.compute as (...values: Coerced[]) => CellResult;

  // The five arguments are unpacked into plain locals because this loop runs once per cell:
  // with objects or arrays per argument, a 10,000-row range took several times a plain loop.
  const [p0, p1, p2, p3, p4] = [0, 1, 2, 3, 4].map((index) => spec.params[index] ?? null);
  const [i0, i1, i2, i3, i4] = [0, 1, 2, 3, 4].map((index) => inputs[index] ?? ABSENT);
  const g0 = gridOf(i0), g1 = gridOf(i1), g2 = gridOf(i2), g3 = gridOf(i3), g4 = gridOf(i4);
  const v0 = coercer.single(i0, p0), v1 = coercer.single(i1, p1), v2 = coercer.single(i2, p2);
  const v3 = coercer.single(i3, p3), v4 = coercer.single(i4, p4);
  const q0 = p0?.required === true, q1 = p1?.required === true, q2 = p2?.required === true;
  const q3 = p3?.required === true, q4 = p4?.required === true;

  const cells: CellLoop = { compute, coercer, rows, columns, anyRange, g0, g1, g2, g3, g4, p0, p1, p2, p3, p4, v0, v1, v2, v3, v4, q0, q1, q2, q3, q4 };
  const grid = fillCells(cells);
  return anyRange ? grid : grid[0][0];
}

interface CellLoop {
  readonly compute: (...values: Coerced[]) => CellResult;
  readonly coercer: Coercer;
  readonly rows: number;
  readonly columns: number;
  readonly anyRange: boolean;
  readonly g0: Grid | null;
  readonly g1: Grid | null;
  readonly g2: Grid | null;
  readonly g3: Grid | null;
  readonly g4: Grid | null;
  readonly p0: ParamSpec | null;
  readonly p1: ParamSpec | null;
  readonly p2: ParamSpec | null;
  readonly p3: ParamSpec | null;
  readonly p4: ParamSpec | null;
  readonly v0: Coerced;
  readonly v1: Coerced;
  readonly v2: Coerced;
  readonly v3: Coerced;
  readonly v4: Coerced;
  readonly q0: boolean;
  readonly q1: boolean;
  readonly q2: boolean;
  readonly q3: boolean;
  readonly q4: boolean;
}

type Grid = readonly (readonly unknown[])[];

/**
 * Runs the arithmetic once per cell, reading numbers straight from the ranges. It is a function
 * of its own, so that V8 optimises the loop alone and inlines the function's arithmetic. The
 * one-column case, by far the most common, gets this loop without an inner one.
 */
function fillCells(cells: CellLoop): CellResult[][] {
  if (cells.columns !== 1) return fillGrid(cells);
  const { compute, coercer, rows, anyRange, g0, g1, g2, g3, g4, p0, p1, p2, p3, p4, v0, v1, v2, v3, v4, q0, q1, q2, q3, q4 } = cells;
  const column: CellResult[][] = new Array(rows);
  for (let row = 0; row < rows; row++) {
    const a0 = g0 === null ? v0 : readColumnCell(g0, row, p0 as ParamSpec, coercer);
    const a1 = g1 === null ? v1 : readColumnCell(g1, row, p1 as ParamSpec, coercer);
    const a2 = g2 === null ? v2 : readColumnCell(g2, row, p2 as ParamSpec, coercer);
    const a3 = g3 === null ? v3 : readColumnCell(g3, row, p3 as ParamSpec, coercer);
    const a4 = g4 === null ? v4 : readColumnCell(g4, row, p4 as ParamSpec, coercer);
    // The cell's computation is written out here and in fillGrid rather than in a helper:
    // V8 did not inline a helper with this many arguments, and the call cost about a quarter of the loop.
    const blank = (a0 === undefined && q0) || (a1 === undefined && q1) || (a2 === undefined && q2) || (a3 === undefined && q3) || (a4 === undefined && q4);
    if (blank) {
      column[row] = [""];
      continue;
    }
    let result: CellResult;
    try {
      result = compute(a0, a1, a2, a3, a4);
    } catch (error) {
      throw withPosition(error, anyRange, row, 0);
    }
    // Numbers get an array literal of their own: V8 then stores them unboxed, which a literal
    // shared with text results would prevent.
    if (typeof result === "number") {
      if (result - result !== 0) throw notFinite(anyRange, row, 0);
      column[row] = [result];
    } else {
      column[row] = [result];
    }
  }
  return column;
}

/** Reads row `row` of a one-column range; plain finite numbers skip every check. */
function readColumnCell(grid: Grid, row: number, param: ParamSpec, coercer: Coercer): Coerced {
  const line = grid[row];
  if (!Array.isArray(line) || line.length !== 1) throw new KpiError("fn.not_rectangular", { arg: param.name });
  const raw = line[0];
  if (typeof raw === "number" && raw - raw === 0) return raw;
  return coercer.coerce(raw, param, { row: row + 1, column: 1 });
}

/** Runs the arithmetic once per cell, as fillCells does, for ranges of several columns. */
function fillGrid(cells: CellLoop): CellResult[][] {
  const { compute, coercer, rows, columns, anyRange, g0, g1, g2, g3, g4, p0, p1, p2, p3, p4, v0, v1, v2, v3, v4, q0, q1, q2, q3, q4 } = cells;
  const grid: CellResult[][] = new Array(rows);
  for (let row = 0; row < rows; row++) {
    const line: CellResult[] = new Array(columns);
    const l0 = g0 === null ? null : rowOf(g0, row, columns, p0 as ParamSpec);
    const l1 = g1 === null ? null : rowOf(g1, row, columns, p1 as ParamSpec);
    const l2 = g2 === null ? null : rowOf(g2, row, columns, p2 as ParamSpec);
    const l3 = g3 === null ? null : rowOf(g3, row, columns, p3 as ParamSpec);
    const l4 = g4 === null ? null : rowOf(g4, row, columns, p4 as ParamSpec);
    for (let column = 0; column < columns; column++) {
      const a0 = l0 === null ? v0 : readCell(l0, p0 as ParamSpec, row, column, coercer);
      const a1 = l1 === null ? v1 : readCell(l1, p1 as ParamSpec, row, column, coercer);
      const a2 = l2 === null ? v2 : readCell(l2, p2 as ParamSpec, row, column, coercer);
      const a3 = l3 === null ? v3 : readCell(l3, p3 as ParamSpec, row, column, coercer);
      const a4 = l4 === null ? v4 : readCell(l4, p4 as ParamSpec, row, column, coercer);
      const blank = (a0 === undefined && q0) || (a1 === undefined && q1) || (a2 === undefined && q2) || (a3 === undefined && q3) || (a4 === undefined && q4);
      let result: CellResult = "";
      if (!blank) {
        try {
          result = compute(a0, a1, a2, a3, a4);
        } catch (error) {
          throw withPosition(error, anyRange, row, column);
        }
        if (typeof result === "number" && result - result !== 0) throw notFinite(anyRange, row, column);
      }
      line[column] = result;
    }
    grid[row] = line;
  }
  return grid;
}

/** Adds the cell's position to a rejected input, when the function was given ranges. */
function withPosition(error: unknown, inRange: boolean, row: number, column: number): unknown {
  return error instanceof KpiError && inRange ? error.at({ row: row + 1, column: column + 1 }) : error;
}

function notFinite(inRange: boolean, row: number, column: number): KpiError {
  return new KpiError("fn.result_not_finite", {}, inRange ? { row: row + 1, column: column + 1 } : undefined);
}

const ABSENT: Input = { kind: "single", value: undefined };

function gridOf(input: Input): readonly (readonly unknown[])[] | null {
  return input.kind === "range" ? input.grid : null;
}

/** Returns one row of a range, rejecting a range whose rows differ in length. */
function rowOf(grid: readonly (readonly unknown[])[], row: number, columns: number, param: ParamSpec): readonly unknown[] {
  const line = grid[row];
  if (!Array.isArray(line) || line.length !== columns) throw new KpiError("fn.not_rectangular", { arg: param.name });
  return line;
}

/** Reads one cell of a range row; plain finite numbers skip every check. */
function readCell(line: readonly unknown[], param: ParamSpec, row: number, column: number, coercer: Coercer): Coerced {
  const raw = line[column];
  if (typeof raw === "number" && raw - raw === 0) return raw;
  return coercer.coerce(raw, param, { row: row + 1, column: column + 1 });
}

/** Turns cell values into numbers or directions; remembers directions already read in this call. */
class Coercer {
  private readonly directions = new Map<string, Direction>();

  constructor(private readonly context: CallContext) {}

  /** Coerces a single-value argument once; absent parameters read as undefined. */
  single(input: Input, param: ParamSpec | null): Coerced {
    if (param === null || input.kind !== "single") return undefined;
    return this.coerce(input.value, param, undefined);
  }

  /** Reads one cell of a range; plain finite numbers skip every check. */
  read(grid: readonly (readonly unknown[])[], param: ParamSpec, row: number, column: number): Coerced {
    const raw = grid[row][column];
    if (typeof raw === "number" && raw - raw === 0) return raw;
    return this.coerce(raw, param, { row: row + 1, column: column + 1 });
  }

  coerce(raw: unknown, param: ParamSpec, position: CellPosition | undefined): Coerced {
    return param.type === "number" ? toNumber(raw, param, this.context, position) : toDirection(raw, this.directions, position);
  }
}

function checkArgumentCount(spec: AnyFunctionSpec, args: readonly unknown[]): void {
  const required = spec.params.filter((param) => param.required);
  const given = required.filter((_, index) => args[index] !== undefined).length;
  if (given < required.length) {
    throw new KpiError("fn.too_few_arguments", { names: required.map((param) => param.name).join(", ") });
  }
}

function classify(value: unknown, param: ParamSpec): Input {
  if (!Array.isArray(value)) return { kind: "single", value };
  const grid = value.length > 0 && !Array.isArray(value[0]) ? [value] : (value as unknown[][]);
  const columns = grid.length > 0 ? grid[0].length : 0;
  if (grid.length === 1 && columns === 1) return { kind: "single", value: grid[0][0] };
  if (grid.length > 0 && columns === 0) throw new KpiError("fn.not_rectangular", { arg: param.name });
  return { kind: "range", grid, rows: grid.length, columns };
}

function commonShape(spec: AnyFunctionSpec, inputs: readonly Input[]): { rows: number; columns: number } | null {
  let shape: { rows: number; columns: number; arg: string } | null = null;
  inputs.forEach((input, index) => {
    if (input.kind !== "range") return;
    const arg = spec.params[index].name;
    if (shape === null) {
      shape = { rows: input.rows, columns: input.columns, arg };
    } else if (shape.rows !== input.rows || shape.columns !== input.columns) {
      throw new KpiError("fn.shape_mismatch", {
        arg1: shape.arg,
        shape1: `${shape.rows} × ${shape.columns}`,
        arg2: arg,
        shape2: `${input.rows} × ${input.columns}`,
      });
    }
  });
  return shape;
}

function toNumber(raw: unknown, param: ParamSpec, context: CallContext, position: CellPosition | undefined): number | undefined {
  if (typeof raw === "number") {
    if (Number.isFinite(raw)) return raw;
    throw new KpiError("fn.not_number", { arg: param.name, value: String(raw) }, position);
  }
  if (raw === "" || raw === null || raw === undefined) return undefined;
  if (typeof raw === "string") {
    const text = raw.trim();
    if (text === "") return undefined;
    // RUNWAY and CAC_PAYBACK write "∞"; reading it back lets their results feed other functions.
    if (text === UNBOUNDED) return Infinity;
    const parsed = parseNumberText(text, context.decimalSeparator);
    if (parsed === null) throw new KpiError("fn.not_number", { arg: param.name, value: echoed(text) }, position);
    return parsed;
  }
  if (typeof raw === "boolean") {
    throw new KpiError("fn.boolean_not_number", { arg: param.name, value: raw ? "TRUE" : "FALSE" }, position);
  }
  if (isDate(raw)) {
    throw new KpiError("fn.date_not_number", { arg: param.name, value: { day: isoDay(raw) } }, position);
  }
  throw new KpiError("fn.not_number", { arg: param.name, value: echoed(String(raw)) }, position);
}

// A typed value as an error message quotes it: a long paste is cut so the message stays readable.
function echoed(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function toDirection(raw: unknown, cache: Map<string, Direction>, position: CellPosition | undefined): Direction | undefined {
  if (raw === "" || raw === null || raw === undefined) return undefined;
  const text = String(raw).trim();
  if (text === "") return undefined;
  let direction = cache.get(text);
  if (direction === undefined) {
    const parsed = typeof raw === "string" ? parseDirection(text) : null;
    if (parsed === null) throw new KpiError("kpi.direction_invalid", { value: echoed(text) }, position);
    direction = parsed;
    cache.set(text, direction);
  }
  return direction;
}

// Dates from Sheets come from another realm inside Apps Script and the test harness,
// so instanceof Date cannot be trusted.
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
