import { KpiError } from "../../src/core/errors";
import { CUSTOM_FUNCTIONS } from "../../src/core/functions/registry";
import { formatFunctionError } from "../../src/core/i18n/core-messages";

const dotLocale = { decimalSeparator: () => "." as const };
const commaLocale = { decimalSeparator: () => "," as const };
const kpiScore = (...args: unknown[]) => CUSTOM_FUNCTIONS.KPI_SCORE(args, dotLocale);

function thrown(run: () => unknown): KpiError {
  try {
    run();
  } catch (error) {
    if (error instanceof KpiError) return error;
    throw error;
  }
  throw new Error("expected a KpiError");
}

describe("ranges and single values", () => {
  test("a single cell reused for every row of a range", () => {
    expect(kpiScore([[50], [100], [150]], 100)).toEqual([[0.5], [1], [1]]);
  });
  test("single values give a single value", () => {
    expect(kpiScore(50, 100)).toBe(0.5);
  });
  test("a 1×1 range gives a 1×1 result and is reused like a single value", () => {
    expect(kpiScore([[50]], 100)).toEqual([[0.5]]);
    expect(kpiScore([[50], [80]], [[100]])).toEqual([[0.5], [0.8]]);
  });
  test("two-dimensional ranges keep their shape", () => {
    expect(kpiScore([[50, 80], [100, 20]], [[100, 100], [100, 100]])).toEqual([[0.5, 0.8], [1, 0.2]]);
  });
  test("a one-dimensional array is read as one row", () => {
    expect(kpiScore([50, 80], 100)).toEqual([[0.5, 0.8]]);
  });
  test("an empty range gives a blank", () => {
    expect(kpiScore([], 100)).toBe("");
  });
});

describe("shape mismatch", () => {
  test("a column against a row names both arguments and shapes", () => {
    const error = thrown(() => kpiScore([[50], [100], [150]], [[100, 100, 100]]));
    expect(error.key).toBe("fn.shape_mismatch");
    const en = formatFunctionError("KPI_SCORE", error, "en");
    expect(en).toContain("actual is 3 × 1");
    expect(en).toContain("target is 1 × 3");
    const vi = formatFunctionError("KPI_SCORE", error, "vi");
    expect(vi).toContain("actual có kích thước 3 × 1");
    expect(vi).toContain("target có kích thước 1 × 3");
  });
  test("ragged arrays are rejected", () => {
    expect(thrown(() => kpiScore([[1, 2], [3]], 100)).key).toBe("fn.not_rectangular");
  });
});

describe("blank cells", () => {
  test("a blank actual or target gives a blank cell", () => {
    expect(kpiScore("", 100)).toBe("");
    expect(kpiScore(50, "")).toBe("");
    expect(kpiScore(null, 100)).toBe("");
    expect(kpiScore("   ", 100)).toBe("");
  });
  test("blank rows inside a range stay blank, not zero", () => {
    expect(kpiScore([[92], [50], [""]], 100)).toEqual([[0.92], [0.5], [""]]);
  });
  test("a blank optional threshold means no threshold for that row", () => {
    expect(kpiScore([[80], [80]], 100, [[60], [""]])).toEqual([[0.5], [0.8]]);
  });
  test("omitted required arguments are an error, not a blank", () => {
    expect(thrown(() => kpiScore(5)).key).toBe("fn.too_few_arguments");
  });
});

describe("values that are not numbers", () => {
  test("names the argument, the cell and the value", () => {
    const error = thrown(() => kpiScore([[1], ["abc"]], 100));
    expect(error.key).toBe("fn.not_number");
    expect(error.position).toEqual({ row: 2, column: 1 });
    expect(formatFunctionError("KPI_SCORE", error, "en")).toBe(
      'KPI_SCORE (row 2, column 1 of the range): actual is "abc", which is not a number. Type a number such as 1234.5 or 85%, or leave the cell blank.',
    );
    expect(formatFunctionError("KPI_SCORE", error, "vi")).toMatch(/^KPI_SCORE \(hàng 2, cột 1 của vùng\): đối số actual là "abc"/);
  });
  test("booleans and dates are errors", () => {
    expect(thrown(() => kpiScore(true, 100)).key).toBe("fn.boolean_not_number");
    expect(thrown(() => kpiScore(new Date(2026, 6, 15), 100)).key).toBe("fn.date_not_number");
    expect(thrown(() => kpiScore(new Date(2026, 6, 15), 100)).params.value).toEqual({ day: "2026-07-15" });
  });
  test("number text follows the locale only when ambiguous", () => {
    expect(CUSTOM_FUNCTIONS.KPI_SCORE(["1.234", "2.468"], commaLocale)).toBe(0.5);
    expect(CUSTOM_FUNCTIONS.KPI_SCORE(["1.234", "2.468"], dotLocale)).toBe(0.5);
    expect(CUSTOM_FUNCTIONS.KPI_SCORE(["1.234", 2000], commaLocale)).toBe(0.617);
    expect(CUSTOM_FUNCTIONS.KPI_SCORE(["1.234", 2000], dotLocale)).toBeCloseTo(0.000617, 12);
  });
  test("an unknown direction is an error naming the text", () => {
    const error = thrown(() => kpiScore(1, 2, "", "sideways"));
    expect(error.key).toBe("kpi.direction_invalid");
    expect(error.params.value).toBe("sideways");
  });
  test.each(["higher", "Cao", "CÀNG CAO CÀNG TỐT", "Higher is better", "cang cao cang tot"])("direction %p reads as higher", (word) => {
    expect(kpiScore(50, 100, "", word)).toBe(0.5);
  });
  test.each(["lower", "thấp", "Thap", "Càng thấp càng tốt", "Lower is better"])("direction %p reads as lower", (word) => {
    expect(kpiScore(4, 2, "", word)).toBe(0.5);
  });
  test.each(["target", "mục tiêu", "Muc tieu", "Càng gần mục tiêu càng tốt", "Closer to target is better"])(
    "direction %p reads as target",
    (word) => {
      expect(kpiScore(90, 100, 80, word)).toBe(0.5);
    },
  );
});

describe("rule errors inside a range", () => {
  test("carry the position of the row", () => {
    const error = thrown(() => kpiScore([[1], [2]], [[5], [100]], [[1], [100]]));
    expect(error.key).toBe("kpi.threshold_equals_target");
    expect(error.position).toEqual({ row: 2, column: 1 });
  });
});

describe("LTV_CAC forms", () => {
  const ltvCac = (...args: unknown[]) => CUSTOM_FUNCTIONS.LTV_CAC(args, dotLocale);
  test("two arguments divide", () => {
    expect(ltvCac(9000, 3000)).toBe(3);
  });
  test("trailing omitted arguments do not count", () => {
    expect(ltvCac(9000, 3000, undefined, undefined, undefined)).toBe(3);
  });
  test("three arguments are an error", () => {
    expect(thrown(() => ltvCac(1, 2, 3)).key).toBe("ltv.three_arguments");
  });
  test("a blank churn gives a blank", () => {
    expect(ltvCac(2000000, 0.8, "", 3000000)).toBe("");
  });
});

describe("dates in messages", () => {
  test("are written dd/mm/yyyy in Vietnamese and ISO in English", () => {
    const error = thrown(() => kpiScore(new Date(2026, 6, 15), 100));
    expect(formatFunctionError("KPI_SCORE", error, "vi")).toContain("là ngày 15/07/2026");
    expect(formatFunctionError("KPI_SCORE", error, "en")).toContain("is the date 2026-07-15");
  });
});
