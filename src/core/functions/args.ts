import type { Direction } from "../catalog/schema";
import { KpiError, type CellPosition } from "../errors";
import { parseDirection } from "../kpi/direction";
import { parseNumberText, type DecimalSeparator } from "../values/number-text";

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
  /** The arithmetic of one cell. Required arguments are never blank here. */
  readonly compute: (values: ParamValues<Ps>) => CellResult;
}

/** Any function spec, with its value tuple type erased so specs can share one table. */
export interface AnyFunctionSpec {
  readonly name: string;
  readonly params: readonly ParamSpec[];
  readonly compute: (values: never) => CellResult;
}

/** What a call may need from the spreadsheet, asked for only when a value needs it. */
export interface CallContext {
  decimalSeparator(): DecimalSeparator;
}

type Input =
  | { readonly kind: "single"; readonly value: unknown }
  | { readonly kind: "range"; readonly grid: readonly (readonly unknown[])[]; readonly rows: number; readonly columns: number };

/**
 * Runs a custom function the way Sheets calls it: each argument is a single value or a 2-D range,
 * ranges must share one shape, a single value (or a 1×1 range) is reused for every cell, and a
 * range anywhere makes the result a 2-D array of that shape. A blank required argument gives a
 * blank cell; a bad value raises a KpiError that names the argument and the cell.
 */
export function evaluateFunction(
  spec: AnyFunctionSpec,
  args: readonly unknown[],
  context: CallContext,
): CellResult | CellResult[][] {
  checkArgumentCount(spec, args);
  const inputs = spec.params.map((param, index) => classify(args[index], param));
  const shape = commonShape(spec, inputs);
  const cell = createCellEvaluator(spec, inputs, context);

  if (!spec.params.some((_, index) => Array.isArray(args[index]))) return cell(0, 0, undefined);
  if (shape === null) return [[cell(0, 0, { row: 1, column: 1 })]];
  if (shape.rows === 0 || shape.columns === 0) return "";

  const result: CellResult[][] = new Array(shape.rows);
  for (let row = 0; row < shape.rows; row++) {
    const line: CellResult[] = new Array(shape.columns);
    for (let column = 0; column < shape.columns; column++) {
      line[column] = cell(row, column, { row: row + 1, column: column + 1 });
    }
    result[row] = line;
  }
  return result;
}

function checkArgumentCount(spec: AnyFunctionSpec, args: readonly unknown[]): void {
  const required = spec.params.filter((param) => param.required);
  const given = required.filter((_, index) => args[index] !== undefined).length;
  if (given < required.length) {
    throw new KpiError("fn.too_few_arguments", {
      count: required.length,
      names: required.map((param) => param.name).join(", "),
    });
  }
}

function classify(value: unknown, param: ParamSpec): Input {
  if (!Array.isArray(value)) return { kind: "single", value };
  const grid = value.length > 0 && !Array.isArray(value[0]) ? [value] : (value as unknown[][]);
  const columns = grid.length > 0 ? grid[0].length : 0;
  if (grid.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw new KpiError("fn.not_rectangular", { arg: param.name });
  }
  if (grid.length === 1 && columns === 1) return { kind: "single", value: grid[0][0] };
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

function createCellEvaluator(
  spec: AnyFunctionSpec,
  inputs: readonly Input[],
  context: CallContext,
): (row: number, column: number, position: CellPosition | undefined) => CellResult {
  const params = spec.params;
  const values: unknown[] = new Array(params.length);
  const directions = new Map<string, Direction>();

  return (row, column, position) => {
    let blank = false;
    for (let index = 0; index < params.length; index++) {
      const input = inputs[index];
      const raw = input.kind === "single" ? input.value : input.grid[row][column];
      const param = params[index];
      const value =
        param.type === "number"
          ? toNumber(raw, param, context, position)
          : toDirection(raw, directions, position);
      if (value === undefined && param.required) blank = true;
      values[index] = value;
    }
    if (blank) return "";

    let result: CellResult;
    try {
      result = spec.compute(values as never);
    } catch (error) {
      throw error instanceof KpiError && position ? error.at(position) : error;
    }
    if (typeof result === "number" && !Number.isFinite(result)) {
      throw new KpiError("fn.result_not_finite", {}, position);
    }
    return result;
  };
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
    const parsed = parseNumberText(text, context.decimalSeparator);
    if (parsed === null) throw new KpiError("fn.not_number", { arg: param.name, value: text }, position);
    return parsed;
  }
  if (typeof raw === "boolean") {
    throw new KpiError("fn.boolean_not_number", { arg: param.name, value: raw ? "TRUE" : "FALSE" }, position);
  }
  if (isDate(raw)) {
    throw new KpiError("fn.date_not_number", { arg: param.name, value: isoDay(raw) }, position);
  }
  throw new KpiError("fn.not_number", { arg: param.name, value: String(raw) }, position);
}

function toDirection(raw: unknown, cache: Map<string, Direction>, position: CellPosition | undefined): Direction | undefined {
  if (raw === "" || raw === null || raw === undefined) return undefined;
  const text = String(raw).trim();
  if (text === "") return undefined;
  let direction = cache.get(text);
  if (direction === undefined) {
    const parsed = typeof raw === "string" ? parseDirection(text) : null;
    if (parsed === null) throw new KpiError("kpi.direction_invalid", { value: text }, position);
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
