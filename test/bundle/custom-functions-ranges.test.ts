/**
 * Ranges passed to the built custom functions: shapes, single values reused for every cell,
 * empty and 1×1 ranges, and a 10,000-row column.
 */
import { FUNCTION_FORMS, LOCALES, callersByLocale, column, errorMessage, withArgument, type TestLocale } from "./helpers";

const call = callersByLocale();
const forms = FUNCTION_FORMS.map((form) => [form.label, form] as const);

describe("ranges of different shapes", () => {
  const shapeMessage = (locale: TestLocale, name: string, first: string, firstShape: string, second: string, secondShape: string) =>
    locale === "en_US"
      ? `${name}: ${first} is ${firstShape} and ${second} is ${secondShape} (rows × columns). Pass ranges of the same size, or one cell to reuse for every row.`
      : `${name}: đối số ${first} có kích thước ${firstShape} còn ${second} có kích thước ${secondShape} (hàng × cột). Hãy dùng các vùng cùng kích thước, hoặc một ô duy nhất để áp dụng cho mọi hàng.`;

  test.each(forms)("%s rejects a 3×1 column against a 1×3 row", (_, form) => {
    const [first, second] = form.args;
    const args = withArgument(withArgument(form.args, 0, column(3, () => first)), 1, [[second, second, second]]);
    for (const locale of LOCALES) {
      const message = errorMessage(() => call[locale](form.name, ...args));
      expect(message).toContain(shapeMessage(locale, form.name, form.params[0], "3 × 1", form.params[1], "1 × 3"));
    }
  });

  test.each(forms)("%s rejects columns of 2 and 3 rows", (_, form) => {
    const [first, second] = form.args;
    const args = withArgument(withArgument(form.args, 0, column(2, () => first)), 1, column(3, () => second));
    for (const locale of LOCALES) {
      const message = errorMessage(() => call[locale](form.name, ...args));
      expect(message).toContain(shapeMessage(locale, form.name, form.params[0], "2 × 1", form.params[1], "3 × 1"));
    }
  });

  test("a mismatch in a later argument names that argument", () => {
    const message = errorMessage(() => call.en_US("KPI_SCORE", column(3, () => 80), column(3, () => 100), [[60, 60], [60, 60]]));
    expect(message.startsWith("KPI_SCORE: actual is 3 × 1 and threshold is 2 × 2 (rows × columns).")).toBe(true);
  });

  test("a 2×2 block against a 2×1 column is rejected", () => {
    const message = errorMessage(() => call.vi_VN("CHURN_RATE", [[200, 220], [240, 260]], [[10], [11]]));
    expect(message.startsWith("CHURN_RATE: đối số customers_at_start có kích thước 2 × 2 còn customers_lost có kích thước 2 × 1")).toBe(true);
  });
});

describe("single values mixed with ranges", () => {
  test.each(forms)("%s reuses single values for every row of any range argument", (_, form) => {
    for (let index = 0; index < form.params.length; index++) {
      const args = withArgument(form.args, index, column(3, () => form.args[index]));
      const result = call.en_US(form.name, ...args) as number[][];
      expect(result).toHaveLength(3);
      for (const row of result) {
        expect(row).toHaveLength(1);
        expect(row[0]).toBeCloseTo(form.result, 9);
      }
    }
  });

  test("one target cell against a column of actuals and thresholds", () => {
    expect(call.vi_VN("KPI_SCORE", [[50], [80], [120]], 100, [[0], [60], [""]])).toEqual([[0.5], [0.5], [1]]);
  });

  test("a single churn count against a column of starting customers", () => {
    expect(call.en_US("CHURN_RATE", [[200], [250], [100]], 10)).toEqual([[0.05], [0.04], [0.1]]);
  });

  test("a row range gives a row result", () => {
    expect(call.en_US("BURN_RATE", [[450000000, 460000000, 470000000]], [[300000000, 330000000, 370000000]])).toEqual([
      [150000000, 130000000, 100000000],
    ]);
  });

  test("two-dimensional ranges keep their shape", () => {
    const result = call.vi_VN("CAC", [[90000000, 99000000], [126000000, 0]], [[30, 33], [36, 0]]);
    expect(result).toEqual([[3000000, 3000000], [3500000, ""]]);
  });

  test("a single value mixed with a range keeps RUNWAY's ∞ per row", () => {
    expect(call.en_US("RUNWAY", 1200000000, [[150000000], [0], [-20000000]])).toEqual([[8], ["∞"], ["∞"]]);
  });
});

describe("1×1 ranges", () => {
  test.each(forms)("%s returns a 1×1 result for 1×1 ranges", (_, form) => {
    const args = form.args.map((value) => [[value]]);
    for (const locale of LOCALES) {
      const result = call[locale](form.name, ...args) as number[][];
      expect(result).toHaveLength(1);
      expect(result[0]).toHaveLength(1);
      expect(result[0][0]).toBeCloseTo(form.result, 9);
    }
  });

  test("a 1×1 range is reused like a single cell against a column", () => {
    expect(call.en_US("KPI_SCORE", [[50], [100], [150]], [[100]])).toEqual([[0.5], [1], [1]]);
  });

  test("a blank 1×1 range gives a 1×1 blank", () => {
    expect(call.vi_VN("KPI_SCORE", [[""]], 100)).toEqual([[""]]);
  });
});

describe("empty ranges", () => {
  test.each(forms)("%s gives a blank for a range with no cells", (_, form) => {
    for (const locale of LOCALES) {
      expect(call[locale](form.name, ...withArgument(form.args, 0, []))).toBe("");
    }
  });

  test.each(forms)("%s gives blank cells for a range of blank cells", (_, form) => {
    const blanks = [["", ""], ["", ""], ["", ""]];
    expect(call.en_US(form.name, ...withArgument(form.args, 0, blanks))).toEqual(blanks);
  });
});

describe("a 10,000-row range", () => {
  const ROWS = 10000;

  test("KPI_SCORE scores every row of three columns", () => {
    const actual = column(ROWS, (i) => i);
    const target = column(ROWS, (i) => 5000 + (i % 7));
    const threshold = column(ROWS, (i) => (i % 10 === 0 ? "" : 1000));
    const expected = actual.map(([a], i) => {
      const t = target[i][0];
      const r = threshold[i][0];
      const score = r === "" ? a / t : (a - r) / (t - r);
      return [Math.min(1, Math.max(0, score))];
    });

    for (const locale of LOCALES) {
      const result = call[locale]("KPI_SCORE", actual, target, threshold) as number[][];
      expect(result).toHaveLength(ROWS);
      expect(result.every((row) => row.length === 1)).toBe(true);
      expect(result).toEqual(expected);
    }
  });

  test.each(forms)("%s returns 10,000 rows equal to single-cell results", (_, form) => {
    const first = form.args[0] as number;
    const values = column(ROWS, (i) => first * (1 + i / ROWS));
    const result = call.en_US(form.name, ...withArgument(form.args, 0, values)) as number[][];

    expect(result).toHaveLength(ROWS);
    expect(result.every((row) => row.length === 1 && Number.isFinite(row[0]))).toBe(true);
    expect(result[0][0]).toBeCloseTo(form.result, 9);
    for (let i = 0; i < ROWS; i += 997) {
      expect([i, result[i][0]]).toEqual([i, call.en_US(form.name, ...withArgument(form.args, 0, values[i][0]))]);
    }
    expect(result[ROWS - 1][0]).toBe(call.en_US(form.name, ...withArgument(form.args, 0, values[ROWS - 1][0])));
  });
});
