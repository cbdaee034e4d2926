/**
 * Cell values as Sheets passes them to the built custom functions: blanks, numbers typed as
 * text in either locale, and values that are not numbers.
 */
import {
  FUNCTION_FORMS,
  LOCALES,
  callersByLocale,
  errorMessage,
  positionText,
  withArgument,
  type FunctionForm,
  type TestLocale,
} from "./helpers";

const call = callersByLocale();

/** Each required argument of each form, for tables of cases. */
const requiredArguments = FUNCTION_FORMS.flatMap((form) =>
  form.params.slice(0, form.required).map((param, index) => [form.label, param, form, index] as const),
);

/** Each argument that must be a number, which is all of them except KPI_SCORE's direction. */
const numericArguments = FUNCTION_FORMS.flatMap((form) =>
  form.params.map((param, index) => [form.label, param, form, index] as const).filter(([, param]) => param !== "direction"),
);

function callForm(locale: TestLocale, form: FunctionForm, args: readonly unknown[]): unknown {
  return call[locale](form.name, ...args);
}

describe("valid arguments", () => {
  test.each(FUNCTION_FORMS.map((form) => [form.label, form] as const))("%s gives its result in both locales", (_, form) => {
    for (const locale of LOCALES) {
      expect(callForm(locale, form, form.args)).toBeCloseTo(form.result, 9);
    }
  });
});

describe("a blank required argument", () => {
  test.each(requiredArguments)("%s with %s blank gives a blank cell", (_, __, form, index) => {
    for (const blank of ["", null, "   "]) {
      expect(callForm("vi_VN", form, withArgument(form.args, index, blank))).toBe("");
      expect(callForm("en_US", form, withArgument(form.args, index, blank))).toBe("");
    }
  });

  test.each(requiredArguments)("%s with one %s cell blank leaves only that row blank", (_, __, form, index) => {
    const args = withArgument(form.args, index, [[form.args[index]], [""], [form.args[index]]]);
    const result = callForm("en_US", form, args) as unknown[][];
    expect(result).toHaveLength(3);
    expect(result[0][0]).toBeCloseTo(form.result, 9);
    expect(result[1]).toEqual([""]);
    expect(result[2][0]).toBeCloseTo(form.result, 9);
  });
});

describe("a blank optional argument", () => {
  test.each([
    ["KPI_SCORE threshold means no threshold", "KPI_SCORE", [90, 100, "", "higher"], 0.9],
    ["KPI_SCORE direction follows the threshold's side", "KPI_SCORE", [90, 100, 60, ""], 0.75],
    ["KPI_SCORE direction with a threshold above the target is lower", "KPI_SCORE", [110, 100, 140, ""], 0.75],
    ["KPI_SCORE cap is 1", "KPI_SCORE", [120, 100, 60, "higher", ""], 1],
    ["CHURN_RATE periods is 1", "CHURN_RATE", [200, 10, ""], 0.05],
    ["LTV_CAC max_lifetime leaves lifetime at 1 ÷ churn", "LTV_CAC", [2000000, 0.8, 0.05, 4000000, ""], 8],
    ["BURN_RATE cash_in gives gross burn", "BURN_RATE", [450000000, "", 1], 450000000],
    ["BURN_RATE months is 1", "BURN_RATE", [450000000, 300000000, ""], 150000000],
    ["LTV max_lifetime leaves lifetime at 1 ÷ churn", "LTV", [500000, 0.8, 0.05, ""], 8000000],
  ] as const)("%s", (_, name, args, expected) => {
    for (const locale of LOCALES) {
      expect(call[locale](name, ...args)).toBeCloseTo(expected, 9);
    }
  });

  test("a blank threshold cell means no threshold for that row only", () => {
    expect(call.vi_VN("KPI_SCORE", [[80], [80]], 100, [[60], [""]])).toEqual([[0.5], [0.8]]);
  });

  test("a blank direction cell takes the default for that row only", () => {
    const result = call.en_US("KPI_SCORE", [[90], [110]], 100, [[60], [140]], [["higher"], [""]]);
    expect(result).toEqual([[0.75], [0.75]]);
  });

  test("a blank optional argument equals an omitted one", () => {
    for (const form of FUNCTION_FORMS) {
      for (let index = form.required; index < form.params.length; index++) {
        const omitted = form.args.slice(0, index);
        const blank = withArgument(form.args.slice(0, index + 1), index, "");
        expect([form.label, form.params[index], call.en_US(form.name, ...blank)]).toEqual([
          form.label,
          form.params[index],
          call.en_US(form.name, ...omitted),
        ]);
      }
    }
  });
});

describe("numbers typed as text", () => {
  // [text, value in a vi_VN sheet, value in an en_US sheet]
  const forms: readonly [string, number, number][] = [
    ["12", 12, 12],
    ["  12  ", 12, 12],
    ["-3.5", -3.5, -3.5],
    ["-3,5", -3.5, -3.5],
    ["12%", 0.12, 0.12],
    ["1,234.5", 1234.5, 1234.5],
    ["1.234,5", 1234.5, 1234.5],
    ["1.234.567 ₫", 1234567, 1234567],
    ["1.234.567đ", 1234567, 1234567],
    ["1.234.567 VND", 1234567, 1234567],
    ["1.234.567 VNĐ", 1234567, 1234567],
    ["$1,234.50", 1234.5, 1234.5],
    ["US$1,234.50", 1234.5, 1234.5],
    ["US$ 2.500,75", 2500.75, 2500.75],
    ["(1.234,5)", -1234.5, -1234.5],
    ["(1.234.567 ₫)", -1234567, -1234567],
    ["1.234", 1234, 1.234],
    ["1,234", 1.234, 1234],
    ["(1.234)", -1234, -1.234],
    ["(1,234)", -1.234, -1234],
    ["US$1,234", 1.234, 1234],
    ["US$1.234", 1234, 1.234],
    ["1.234 ₫", 1234, 1234],
    ["₫1.000", 1000, 1000],
    ["0.123", 0.123, 0.123],
    ["1.000.000", 1000000, 1000000],
    ["1,000,000", 1000000, 1000000],
  ];

  // LTV_CAC(ltv, 1) returns ltv unchanged, so it shows how the text was read.
  test.each(forms)("%j reads as %d in vi_VN and %d in en_US", (text, vi, en) => {
    expect(call.vi_VN("LTV_CAC", text, 1)).toBeCloseTo(vi, 9);
    expect(call.en_US("LTV_CAC", text, 1)).toBeCloseTo(en, 9);
  });

  test.each([
    // Dong amounts have no decimals, so "234.567 ₫" is grouped in both locales.
    ["BURN_RATE cash_out", "BURN_RATE", ["1.234.567 ₫", "234.567 ₫"], 1000000, 1000000],
    ["KPI_SCORE actual", "KPI_SCORE", ["1.234", 2000, 1000], 0.234, 0],
    ["KPI_SCORE target", "KPI_SCORE", [0.617, "1,234"], 0.5, 0.0005],
    ["CHURN_RATE counts", "CHURN_RATE", ["1.000", "1"], 0.001, 1],
    ["LTV gross_margin", "LTV", [500000, "80%", "5%"], 8000000, 8000000],
    ["CAC spend", "CAC", ["US$ 1,500", 3], 0.5, 500],
    ["RUNWAY cash_balance", "RUNWAY", ["1.350.000.000 đ", "150.000.000 VNĐ"], 9, 9],
    ["CAC_PAYBACK arpa", "CAC_PAYBACK", [3000000, "500.000", "80%"], 7.5, 7500],
  ] as const)("%s reads text with the sheet's decimal separator", (_, name, args, vi, en) => {
    expect(call.vi_VN(name, ...args)).toBeCloseTo(vi, 9);
    expect(call.en_US(name, ...args)).toBeCloseTo(en, 9);
  });

  test("each cell of a range is read on its own", () => {
    const texts = [["1.234"], ["1,234"], ["1.234,5"], [""], ["12%"]];
    expect(call.vi_VN("LTV_CAC", texts, 1)).toEqual([[1234], [1.234], [1234.5], [""], [0.12]]);
    expect(call.en_US("LTV_CAC", texts, 1)).toEqual([[1.234], [1234], [1234.5], [""], [0.12]]);
  });
});

describe("values that are not numbers", () => {
  // [kind, value, the value as the message writes it, the fix the message gives in en and in vi]
  const badValues = [
    ["a word", "abc", '"abc"', "Type a number", "Hãy nhập một số"],
    ["a Vietnamese word", "mười", '"mười"', "Type a number", "Hãy nhập một số"],
    ["text that is almost a number", "12,34,567", '"12,34,567"', "Type a number", "Hãy nhập một số"],
    ["TRUE", true, "TRUE", "Enter a number", "Hãy nhập một số"],
    ["FALSE", false, "FALSE", "Enter a number", "Hãy nhập một số"],
    ["a date", new Date(2026, 6, 15), { en: "2026-07-15", vi: "15/07/2026" }, "Format → Number", "Định dạng → Số"],
  ] as const;

  const expectedProblem = (locale: TestLocale, kind: string, param: string, value: string | { en: string; vi: string }): string => {
    // Dates are written the way each language writes them.
    const valueText = typeof value === "string" ? value : locale === "en_US" ? value.en : value.vi;
    if (locale === "en_US") {
      if (kind === "a date") return `${param} is the date ${valueText}, not a number`;
      if (kind === "TRUE" || kind === "FALSE") return `${param} is ${valueText}, a TRUE/FALSE value, not a number`;
      return `${param} is ${valueText}, which is not a number`;
    }
    if (kind === "a date") return `đối số ${param} là ngày ${valueText}, không phải là số`;
    if (kind === "TRUE" || kind === "FALSE") return `đối số ${param} là ${valueText} (giá trị đúng/sai), không phải là số`;
    return `đối số ${param} là ${valueText}, không phải là số`;
  };

  describe.each(badValues)("%s", (kind, value, valueText, fixEn, fixVi) => {
    test.each(numericArguments)("%s names %s and the value", (_, param, form, index) => {
      for (const locale of LOCALES) {
        const message = errorMessage(() => callForm(locale, form, withArgument(form.args, index, value)));
        expect(message.startsWith(`${form.name}: `)).toBe(true);
        expect(message).toContain(expectedProblem(locale, kind, param, valueText));
        expect(message).toContain(locale === "en_US" ? fixEn : fixVi);
      }
    });

    test.each(numericArguments)("%s names the cell of %s inside a range", (_, param, form, index) => {
      const range = [[form.args[index], value]];
      for (const locale of LOCALES) {
        const message = errorMessage(() => callForm(locale, form, withArgument(form.args, index, range)));
        expect(message.startsWith(`${form.name}${positionText(locale, 1, 2)}: `)).toBe(true);
        expect(message).toContain(expectedProblem(locale, kind, param, valueText));
      }
    });
  });

  test("the third row of a column is named as row 3, column 1", () => {
    const actual = [[80], [90], ["chưa có"]];
    expect(errorMessage(() => call.en_US("KPI_SCORE", actual, 100))).toBe(
      'KPI_SCORE (row 3, column 1 of the range): actual is "chưa có", which is not a number. Type a number such as 1234.5 or 85%, or leave the cell blank.',
    );
    expect(errorMessage(() => call.vi_VN("KPI_SCORE", actual, 100))).toBe(
      'KPI_SCORE (hàng 3, cột 1 của vùng): đối số actual là "chưa có", không phải là số. Hãy nhập một số như 1234,5 hoặc 85%, hoặc để trống ô.',
    );
  });
});

describe("the direction of KPI_SCORE", () => {
  test.each([
    ["higher", 0.75],
    ["HIGHER", 0.75],
    ["cao", 0.75],
    ["Cao", 0.75],
    ["  cao  ", 0.75],
    ["Càng cao càng tốt", 0.75],
    ["Higher is better", 0.75],
  ] as const)("%j reads as higher", (direction, expected) => {
    for (const locale of LOCALES) expect(call[locale]("KPI_SCORE", 90, 100, 60, direction)).toBeCloseTo(expected, 12);
  });

  test.each([["lower"], ["thấp"], ["THẤP"], ["thap"], ["Càng thấp càng tốt"], ["Lower is better"]] as const)("%j reads as lower", (direction) => {
    for (const locale of LOCALES) expect(call[locale]("KPI_SCORE", 110, 100, 140, direction)).toBeCloseTo(0.75, 12);
  });

  test.each([["target"], ["mục tiêu"], ["Mục Tiêu"], ["muc tieu"], ["Càng gần mục tiêu càng tốt"], ["Closer to target is better"]] as const)(
    "%j reads as closer to the target",
    (direction) => {
      for (const locale of LOCALES) expect(call[locale]("KPI_SCORE", 110, 100, 60, direction)).toBeCloseTo(0.75, 12);
    },
  );

  test.each([
    ["a word", "nhanh", '"nhanh"'],
    ["TRUE", true, '"true"'],
    ["a number", 5, '"5"'],
  ] as const)("%s is an error that lists the accepted directions", (_, value, valueText) => {
    const en = errorMessage(() => call.en_US("KPI_SCORE", 90, 100, 60, value));
    expect(en).toBe(
      `KPI_SCORE: direction ${valueText} is not recognised. Use "higher", "lower" or "target" (or the labels of a KPI tab's dropdown), or leave it blank.`,
    );
    const vi = errorMessage(() => call.vi_VN("KPI_SCORE", 90, 100, 60, value));
    expect(vi).toBe(
      `KPI_SCORE: chiều đánh giá (direction) ${valueText} không hợp lệ. Hãy dùng "cao", "thấp" hoặc "mục tiêu" (hoặc nhãn trong danh sách thả xuống của tab KPI), hoặc để trống.`,
    );
  });

  test("a date as the direction is a thrown error, not a script failure", () => {
    for (const locale of LOCALES) {
      expect(errorMessage(() => call[locale]("KPI_SCORE", 90, 100, 60, new Date(2026, 6, 15))).startsWith("KPI_SCORE: ")).toBe(true);
    }
  });

  test("a bad direction in a range names its cell", () => {
    const message = errorMessage(() => call.en_US("KPI_SCORE", [[90], [90]], 100, 60, [["cao"], ["nhanh"]]));
    expect(message.startsWith("KPI_SCORE (row 2, column 1 of the range): direction \"nhanh\"")).toBe(true);
  });
});
