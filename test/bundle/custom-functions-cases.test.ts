/**
 * Reported failures of spreadsheet tools, replayed against the built add-on with the results a
 * correct build gives.
 */
import { LOCALES, callersByLocale, errorMessage, spreadsheetWithAddon, type TestLocale } from "./helpers";

const call = callersByLocale();

describe("a range of actuals against one target cell", () => {
  test("the target cell is reused for every row", () => {
    expect(call.en_US("KPI_SCORE", [[50], [100], [150]], 100)).toEqual([[0.5], [1], [1]]);
  });

  test.each(LOCALES)("a formula in %s spills three scores", (locale) => {
    const emulator = spreadsheetWithAddon(locale);
    const sheet = emulator.spreadsheet.getSheets()[0];
    sheet.getRange("B2:C4").setValues([[50, 100], [100, ""], [150, ""]]);

    emulator.spreadsheet.getRange("D2").setFormula("=KPI_SCORE(B2:B4, C2)");

    expect(sheet.getRange("D2:D4").getValues()).toEqual([[0.5], [1], [1]]);
    expect(sheet.getRange("D3").getFormula()).toBe("");
  });

  test.each(LOCALES)("a column against a row is an error cell in %s", (locale) => {
    const emulator = spreadsheetWithAddon(locale);
    const sheet = emulator.spreadsheet.getSheets()[0];
    sheet.getRange("B2:E4").setValues([[50, 100, 100, 100], [100, "", "", ""], [150, "", "", ""]]);

    emulator.spreadsheet.getRange("G2").setFormula("=KPI_SCORE(B2:B4, C2:E2)");

    expect(sheet.getRange("G2").getValue()).toBe("#ERROR!");
  });

  test("a column against a row names both arguments and shapes in English", () => {
    const message = errorMessage(() => call.en_US("KPI_SCORE", [[50], [100], [150]], [[100, 100, 100]]));
    expect(message.startsWith("KPI_SCORE: ")).toBe(true);
    expect(message).toContain("actual is 3 × 1");
    expect(message).toContain("target is 1 × 3");
    expect(message).toContain("(rows × columns)");
    expect(message).toContain("Pass ranges of the same size");
  });

  test("a column against a row names both arguments and shapes in Vietnamese", () => {
    const message = errorMessage(() => call.vi_VN("KPI_SCORE", [[50], [100], [150]], [[100, 100, 100]]));
    expect(message.startsWith("KPI_SCORE: ")).toBe(true);
    expect(message).toContain("actual có kích thước 3 × 1");
    expect(message).toContain("target có kích thước 1 × 3");
    expect(message).toContain("(hàng × cột)");
    expect(message).toContain("Hãy dùng các vùng cùng kích thước");
  });
});

describe("a KPI whose target is zero", () => {
  test.each(LOCALES)("zero accidents score 1 in %s", (locale) => {
    expect(call[locale]("KPI_SCORE", 0, 0, "", "thấp")).toBe(1);
  });

  test.each(LOCALES)("two accidents score 0 in %s", (locale) => {
    expect(call[locale]("KPI_SCORE", 2, 0, "", "thấp")).toBe(0);
  });

  test("the accident row scores 1 and then 0 as a formula", () => {
    const emulator = spreadsheetWithAddon("vi_VN");
    const sheet = emulator.spreadsheet.getSheets()[0];
    sheet.getRange("A2:C2").setValues([["Tai nạn lao động", 0, 0]]);
    emulator.spreadsheet.getRange("E2").setFormula('=KPI_SCORE(B2, C2, D2, "thấp")');
    expect(sheet.getRange("E2").getValue()).toBe(1);

    sheet.getRange("B2").setValue(2);
    expect(sheet.getRange("E2").getValue()).toBe(0);
  });

  test("KPI_SCORE(0, 0) suggests a threshold or direction lower in English", () => {
    const message = errorMessage(() => call.en_US("KPI_SCORE", 0, 0));
    expect(message.startsWith("KPI_SCORE: target is 0.")).toBe(true);
    expect(message).toContain("higher-is-better");
    expect(message).toContain("Add a threshold");
    expect(message).toContain('direction "lower"');
  });

  test("KPI_SCORE(0, 0) suggests a threshold or direction thấp in Vietnamese", () => {
    const message = errorMessage(() => call.vi_VN("KPI_SCORE", 0, 0));
    expect(message.startsWith("KPI_SCORE: mục tiêu là 0.")).toBe(true);
    expect(message).toContain("càng cao càng tốt");
    expect(message).toContain("Hãy thêm định mức tối thiểu");
    expect(message).toContain('chiều "thấp"');
  });

  test.each([
    ["en_US", "threshold (100) equals target (100)", "Set the threshold below the target"],
    ["vi_VN", "định mức tối thiểu (100) bằng mục tiêu (100)", "Hãy đặt định mức thấp hơn mục tiêu"],
  ] as const)("a threshold equal to the target is an error in %s", (locale, problem, fix) => {
    const message = errorMessage(() => call[locale]("KPI_SCORE", 80, 100, 100));
    expect(message.startsWith("KPI_SCORE: ")).toBe(true);
    expect(message).toContain(problem);
    expect(message).toContain(fix);
  });
});

describe("churn counted against customers at the start", () => {
  test.each(LOCALES)("10 of 200 is 0.05 in %s", (locale) => {
    expect(call[locale]("CHURN_RATE", 200, 10)).toBe(0.05);
  });

  test.each(LOCALES)("5%% a month compounds to 0.4596 a year in %s", (locale) => {
    const yearly = call[locale]("CHURN_RATE", 200, 10, 12) as number;
    expect(yearly).toBeCloseTo(1 - Math.pow(0.95, 12), 12);
    expect(yearly).toBeCloseTo(0.4596, 4);
  });

  test.each([
    ["en_US", "customers_lost (25) is more than customers_at_start (20)", "customers_lost counts only customers who were there at the start of the period"],
    ["vi_VN", "customers_lost (25) lớn hơn customers_at_start (20)", "customers_lost chỉ đếm những khách hàng đã có ở đầu kỳ"],
  ] as const)("losing more than the start count is explained in %s", (locale, problem, explanation) => {
    const message = errorMessage(() => call[locale]("CHURN_RATE", 20, 25));
    expect(message.startsWith("CHURN_RATE: ")).toBe(true);
    expect(message).toContain(problem);
    expect(message).toContain(explanation);
  });
});

describe("lifetime value at zero churn", () => {
  test.each([
    ["en_US", "churn_rate is 0", "lifetime value is unbounded", "Add max_lifetime"],
    ["vi_VN", "churn_rate bằng 0", "giá trị trọn đời không có giới hạn", "Hãy thêm max_lifetime"],
  ] as const)("no max_lifetime is an error that suggests one in %s", (locale, value, problem, fix) => {
    const message = errorMessage(() => call[locale]("LTV_CAC", 2000000, 0.8, 0, 3000000));
    expect(message.startsWith("LTV_CAC: ")).toBe(true);
    expect(message).toContain(value);
    expect(message).toContain(problem);
    expect(message).toContain(fix);
  });

  test.each(LOCALES)("a 36-month cap gives 19.2 in %s", (locale) => {
    expect(call[locale]("LTV_CAC", 2000000, 0.8, 0, 3000000, 36)).toBeCloseTo(19.2, 12);
  });

  test.each(LOCALES)("a blank churn cell gives a blank in %s", (locale) => {
    expect(call[locale]("LTV_CAC", 2000000, 0.8, "", 3000000)).toBe("");
  });
});

describe("a gross margin typed as 80 instead of 80%", () => {
  const cases: readonly [TestLocale, string, string][] = [
    ["en_US", "gross_margin is 80", "Type 80% (or 0.8)"],
    ["vi_VN", "gross_margin là 80", "Hãy nhập 80% (hoặc 0,8)"],
  ];

  test.each(cases)("the error names the value and suggests 80%% in %s", (locale, value, fix) => {
    const message = errorMessage(() => call[locale]("LTV_CAC", 500000, 80, 0.05, 2000000));
    expect(message.startsWith("LTV_CAC: ")).toBe(true);
    expect(message).toContain(value);
    expect(message).toContain(fix);
  });

  test.each(LOCALES)("80%% gives 4 in %s", (locale) => {
    expect(call[locale]("LTV_CAC", 500000, 0.8, 0.05, 2000000)).toBeCloseTo(4, 12);
  });
});
