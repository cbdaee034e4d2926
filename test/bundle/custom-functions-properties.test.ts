/**
 * Properties of the custom functions over generated inputs: through the built bundle for what
 * Sheets could pass, and through the core (the same code, without the emulator) where a property
 * needs many thousands of calls.
 */
import fc from "fast-check";
import { KpiError } from "../../src/core/errors";
import type { CallContext } from "../../src/core/functions/args";
import { CUSTOM_FUNCTIONS } from "../../src/core/functions/registry";
import {
  FUNCTION_FORMS,
  FUNCTION_NAMES,
  LOCALES,
  RETURNS_INFINITY_TEXT,
  builtCode,
  errorMessage,
  isAllowedCell,
  positionText,
  spreadsheetWithAddon,
  type FunctionName,
} from "./helpers";

const commaDecimal: CallContext = { decimalSeparator: () => "," };

/** Values a cell can hold, with extremes and non-numbers Sheets would never turn into numbers. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(0, 1, -1, 0.5, 1e-300, 1e300, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.constantFrom("", null, "   "),
  fc.constantFrom("1.234", "1,234", "12%", "(1.234)", "1.234.567 ₫", "US$1,234", "-3,5", "0,05", "80%"),
  fc.constantFrom("abc", "cao", "thấp", "mục tiêu", "higher", "lower", "target", "∞", "#N/A"),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
);

const directionCell = fc.constantFrom("", "higher", "lower", "target", "cao", "thấp", "mục tiêu");

/** Generates a single cell or a rectangular range of 1 to 3 rows and columns. */
function argument(cell: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const range = fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
    .chain(([rows, columns]) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));
  return fc.oneof({ weight: 3, arbitrary: cell }, { weight: 1, arbitrary: range });
}

function checkResult(name: FunctionName, result: unknown): void {
  const infinityAllowed = RETURNS_INFINITY_TEXT.has(name);
  if (!Array.isArray(result)) {
    expect([result, isAllowedCell(result, infinityAllowed)]).toEqual([result, true]);
    return;
  }
  const width = result[0].length;
  for (const row of result as unknown[][]) {
    expect(row).toHaveLength(width);
    for (const cell of row) expect([cell, isAllowedCell(cell, infinityAllowed)]).toEqual([cell, true]);
  }
}

function checkThrown(name: FunctionName, error: unknown): void {
  expect(Object.prototype.toString.call(error)).toBe("[object Error]");
  expect((error as Error).name).toBe("Error");
  expect((error as Error).message).toMatch(new RegExp(`^${name}(?::| \\()`));
}

describe("any input through the bundle", () => {
  test.each(LOCALES)("never returns NaN or Infinity in %s", (locale) => {
    const script = spreadsheetWithAddon(locale).loadScript(builtCode());
    const call = fc.record({
      name: fc.constantFrom(...FUNCTION_NAMES),
      args: fc.array(argument(anyCell), { maxLength: 6 }),
    });

    fc.assert(
      fc.property(call, ({ name, args }) => {
        let result: unknown;
        try {
          result = script.call(name, ...args);
        } catch (error) {
          checkThrown(name, error);
          return;
        }
        checkResult(name, result);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Any finite number, with the extremes and edges where division and powers overflow. */
const extremeNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(0, -0, 1e-300, 5e-324, 1e300, Number.MAX_VALUE, 0.05, 0.8, 1.0000001),
  fc.constant(""),
);

describe("numbers in every argument through the bundle", () => {
  test.each(LOCALES)("never give NaN or Infinity in %s", (locale) => {
    const script = spreadsheetWithAddon(locale).loadScript(builtCode());
    const call = fc.constantFrom(...FUNCTION_FORMS).chain((form) =>
      fc.tuple(...form.params.map((param) => argument(param === "direction" ? directionCell : extremeNumber))).map((args) => ({ name: form.name, args })),
    );

    fc.assert(
      fc.property(call, ({ name, args }) => {
        let result: unknown;
        try {
          result = script.call(name, ...args);
        } catch (error) {
          checkThrown(name, error);
          return;
        }
        checkResult(name, result);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Plain numbers, blanks and number texts: values that coerce, so any error comes from the math. */
const numericCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 6, arbitrary: fc.integer({ min: -50, max: 200 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 0.05, 0.8, 1, 12, 36) },
  { weight: 1, arbitrary: fc.constantFrom("", null) },
  { weight: 1, arbitrary: fc.constantFrom("1.234", "12%", "1.234,5", "0,05") },
);


interface RangeCall {
  readonly name: FunctionName;
  readonly args: readonly unknown[];
  readonly rows: number;
  readonly columns: number;
}

/** A call with at least one range argument, every range of the same shape. */
const rangeCall: fc.Arbitrary<RangeCall> = fc
  .record({
    form: fc.constantFrom(...FUNCTION_FORMS),
    rows: fc.integer({ min: 1, max: 4 }),
    columns: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ form, rows, columns }) => {
    const params = form.params.map((param) => {
      const cell = param === "direction" ? directionCell : numericCell;
      const grid = fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });
      return fc.record({ isRange: fc.boolean(), single: cell, grid });
    });
    return fc.tuple(...params).map((choices): RangeCall => {
      const anyRange = choices.some((choice) => choice.isRange);
      const args = choices.map((choice, index) => (choice.isRange || (!anyRange && index === 0) ? choice.grid : choice.single));
      return { name: form.name, args, rows, columns };
    });
  });

/** Returns the arguments of one cell of a range call: each range replaced by its cell there. */
function cellArguments(args: readonly unknown[], row: number, column: number): unknown[] {
  return args.map((arg) => (Array.isArray(arg) ? (arg as unknown[][])[row][column] : arg));
}

type Outcome = { readonly value: unknown } | { readonly error: KpiError };

function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof KpiError) return { error };
    throw error;
  }
}

describe("a range call", () => {
  test("equals the single-value calls of its cells", () => {
    fc.assert(
      fc.property(rangeCall, ({ name, args, rows, columns }) => {
        const whole = outcome(() => CUSTOM_FUNCTIONS[name](args, commaDecimal));

        let firstError: { error: KpiError; row: number; column: number } | undefined;
        const cells: unknown[][] = [];
        for (let row = 0; row < rows && !firstError; row++) {
          cells.push([]);
          for (let column = 0; column < columns && !firstError; column++) {
            const single = outcome(() => CUSTOM_FUNCTIONS[name](cellArguments(args, row, column), commaDecimal));
            if ("error" in single) firstError = { error: single.error, row, column };
            else cells[row].push(single.value);
          }
        }

        if (firstError) {
          expect("error" in whole).toBe(true);
          const error = (whole as { error: KpiError }).error;
          expect([error.key, error.params]).toEqual([firstError.error.key, firstError.error.params]);
          expect(error.position).toEqual({ row: firstError.row + 1, column: firstError.column + 1 });
        } else {
          expect(whole).toEqual({ value: cells });
        }
      }),
      { numRuns: 3000 },
    );
  });

  test("through the bundle equals the single-value calls of its cells", () => {
    const script = spreadsheetWithAddon("vi_VN").loadScript(builtCode());
    fc.assert(
      fc.property(rangeCall, ({ name, args, rows, columns }) => {
        const expected: unknown[][] = [];
        for (let row = 0; row < rows; row++) {
          expected.push([]);
          for (let column = 0; column < columns; column++) {
            try {
              expected[row].push(script.call(name, ...cellArguments(args, row, column)));
            } catch (error) {
              // The range call stops at the same cell and adds its position after the name.
              const message = (error as Error).message.replace(`${name}: `, `${name}${positionText("vi_VN", row + 1, column + 1)}: `);
              expect(errorMessage(() => script.call(name, ...args))).toBe(message);
              return;
            }
          }
        }
        expect(script.call(name, ...args)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

interface ScoreSetup {
  readonly target: number;
  readonly threshold?: number;
  readonly direction?: "higher" | "lower" | "target";
  readonly cap?: number;
}

const amount = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -100, max: 100 }));

/** Valid KPI_SCORE settings: every combination the rules accept, and nothing they reject. */
const scoreSetup: fc.Arbitrary<ScoreSetup> = fc
  .record({
    target: amount,
    threshold: fc.option(amount, { nil: undefined }),
    direction: fc.constantFrom(undefined, "higher", "lower", "target"),
    cap: fc.option(fc.oneof(fc.constant(1), fc.double({ min: 1, max: 5, noNaN: true })), { nil: undefined }),
  })
  .filter(({ target, threshold, direction }) => {
    if (threshold === undefined) {
      if (direction === "target") return false;
      return direction === "lower" ? target >= 0 : target > 0;
    }
    if (threshold === target) return false;
    if (direction === "higher") return threshold < target;
    if (direction === "lower") return threshold > target;
    return true;
  });

function kpiScore(actual: number, setup: ScoreSetup): number {
  const args = [actual, setup.target, setup.threshold ?? "", setup.direction ?? "", setup.cap ?? ""];
  return CUSTOM_FUNCTIONS.KPI_SCORE(args, commaDecimal) as number;
}

function effectiveDirection(setup: ScoreSetup): "higher" | "lower" | "target" {
  if (setup.direction) return setup.direction;
  if (setup.threshold === undefined) return "higher";
  return setup.threshold < setup.target ? "higher" : "lower";
}

/** Returns whether `first` is a better actual than `second` under the setup's direction. */
function isBetter(first: number, second: number, setup: ScoreSetup): boolean {
  const direction = effectiveDirection(setup);
  if (direction === "higher") return first > second;
  if (direction === "lower") return first < second;
  return Math.abs(first - setup.target) < Math.abs(second - setup.target);
}

describe("KPI_SCORE with valid settings", () => {
  test("stays between 0 and cap", () => {
    fc.assert(
      fc.property(scoreSetup, amount, (setup, actual) => {
        const score = kpiScore(actual, setup);
        expect(Number.isFinite(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(setup.cap ?? 1);
      }),
      { numRuns: 5000 },
    );
  });

  test("never decreases as the actual improves", () => {
    fc.assert(
      fc.property(scoreSetup, amount, amount, (setup, first, second) => {
        const [worse, better] = isBetter(first, second, setup) ? [second, first] : [first, second];

        expect(kpiScore(better, setup)).toBeGreaterThanOrEqual(kpiScore(worse, setup));
      }),
      { numRuns: 5000 },
    );
  });

  test("stays between 0 and cap through the bundle", () => {
    const script = spreadsheetWithAddon("en_US").loadScript(builtCode());
    fc.assert(
      fc.property(scoreSetup, amount, (setup, actual) => {
        const score = script.call("KPI_SCORE", actual, setup.target, setup.threshold ?? "", setup.direction ?? "", setup.cap ?? "");
        expect(typeof score).toBe("number");
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(setup.cap ?? 1);
      }),
      { numRuns: 500 },
    );
  });
});

describe("CHURN_RATE with valid counts", () => {
  test("stays between 0 and 1 and grows with the customers lost", () => {
    const counts = fc
      .tuple(fc.integer({ min: 1, max: 100000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([start, a, b]) => ({ start, fewer: Math.floor(start * Math.min(a, b)), more: Math.floor(start * Math.max(a, b)) }));
    const periods = fc.option(fc.double({ min: 0.01, max: 120, noNaN: true }), { nil: undefined });

    fc.assert(
      fc.property(counts, periods, ({ start, fewer, more }, p) => {
        const churn = (lost: number) => CUSTOM_FUNCTIONS.CHURN_RATE([start, lost, p ?? ""], commaDecimal) as number;
        expect(churn(fewer)).toBeGreaterThanOrEqual(0);
        expect(churn(more)).toBeLessThanOrEqual(1);
        expect(churn(more)).toBeGreaterThanOrEqual(churn(fewer));
      }),
      { numRuns: 2000 },
    );
  });
});
