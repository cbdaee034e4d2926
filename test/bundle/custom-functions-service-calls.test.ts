/**
 * Service calls made by the built custom functions. Sheets rate-limits service calls and stops a
 * custom function after 30 seconds, so one formula over 10,000 rows must stay free of them.
 */
import { FUNCTION_FORMS, LOCALES, builtCode, column, errorMessage, spreadsheetWithAddon, withArgument } from "./helpers";

const ROWS = 10000;
const LOCALE_READ = "Spreadsheet.getSpreadsheetLocale";

const actual = column(ROWS, (i) => 40 + (i % 80));
const target = column(ROWS, () => 100);
const threshold = column(ROWS, (i) => (i % 2 === 0 ? 60 : ""));

describe.each(LOCALES)("in %s", (locale) => {
  test("one KPI_SCORE over 10,000 rows of numbers makes no service call", () => {
    const emulator = spreadsheetWithAddon(locale);
    emulator.resetCalls();

    const result = emulator.run("KPI_SCORE", [actual, target, threshold]) as number[][];

    expect(emulator.totalCalls()).toBe(0);
    expect(result).toHaveLength(ROWS);
    expect(result[0]).toEqual([0]);
    expect(result[1]).toEqual([0.41]);
    expect(result[50]).toEqual([0.75]);
    expect(result[79]).toEqual([1]);
  });

  test("per-row copies give the same values with no service call", () => {
    const emulator = spreadsheetWithAddon(locale);
    const range = emulator.run("KPI_SCORE", [actual, target, threshold]) as number[][];
    const script = emulator.loadScript(builtCode());
    emulator.resetCalls();

    const perRow = actual.map(([value], i) => [script.call("KPI_SCORE", value, target[i][0], threshold[i][0])]);

    expect(emulator.totalCalls()).toBe(0);
    expect(perRow).toEqual(range);
  });

  test.each(FUNCTION_FORMS.map((form) => [form.label, form] as const))("%s with plain numbers makes no service call", (_, form) => {
    const emulator = spreadsheetWithAddon(locale);
    emulator.resetCalls();

    emulator.run(form.name, [...form.args]);
    emulator.run(form.name, withArgument(form.args, 0, column(100, () => form.args[0])));

    expect(emulator.totalCalls()).toBe(0);
  });

  test("10,000 cells of ambiguous text read the locale once", () => {
    const emulator = spreadsheetWithAddon(locale);
    emulator.resetCalls();

    const result = emulator.run("LTV_CAC", [column(ROWS, () => "1.234"), 1]) as number[][];

    expect(emulator.calls[LOCALE_READ]).toBe(1);
    expect(result).toHaveLength(ROWS);
    expect(result[ROWS - 1]).toEqual([locale === "vi_VN" ? 1234 : 1.234]);
  });

  test("ambiguous text in several arguments still reads the locale once", () => {
    const emulator = spreadsheetWithAddon(locale);
    emulator.resetCalls();

    emulator.run("KPI_SCORE", [column(100, () => "1.234"), column(100, () => "2.468"), "1,234", "", "1,5"]);

    expect(emulator.calls[LOCALE_READ]).toBe(1);
  });

  test("each execution reads the locale again", () => {
    const emulator = spreadsheetWithAddon(locale);
    emulator.resetCalls();

    emulator.run("LTV_CAC", ["1.234", 1]);
    emulator.run("LTV_CAC", ["1.234", 1]);

    expect(emulator.calls[LOCALE_READ]).toBe(2);
  });

  test("an error message reads the locale once", () => {
    const emulator = spreadsheetWithAddon(locale);
    emulator.resetCalls();

    errorMessage(() => emulator.run("KPI_SCORE", [0, 0]));

    expect(emulator.calls[LOCALE_READ]).toBe(1);
  });

  test("an error after ambiguous text reads the locale once", () => {
    const emulator = spreadsheetWithAddon(locale);
    const texts = column(ROWS, (i) => (i === ROWS - 1 ? "không rõ" : "1.234"));
    emulator.resetCalls();

    const message = errorMessage(() => emulator.run("KPI_SCORE", [texts, 2000]));

    expect(emulator.calls[LOCALE_READ]).toBe(1);
    expect(message).toContain(locale === "vi_VN" ? "(hàng 10000, cột 1 của vùng)" : "(row 10000, column 1 of the range)");
  });
});

describe("a formula over 10,000 rows", () => {
  test("fills 10,000 cells with no service call", () => {
    const emulator = spreadsheetWithAddon("vi_VN");
    const sheet = emulator.spreadsheet.getSheets()[0];
    sheet.insertRowsAfter(sheet.getMaxRows(), ROWS + 1 - sheet.getMaxRows());
    sheet.getRange(2, 2, ROWS, 3).setValues(actual.map(([a], i) => [a, target[i][0], threshold[i][0]]));
    emulator.spreadsheet.getRange("E2").setFormula("=KPI_SCORE(B2:B10001, C2:C10001, D2:D10001)");
    emulator.resetCalls();

    const values = sheet.getRange(2, 5, ROWS, 1).getValues();

    expect(emulator.totalCalls()).toBe(0);
    expect(values).toHaveLength(ROWS);
    expect(values.slice(0, 2)).toEqual([[0], [0.41]]);
    expect(values).toEqual(emulator.run("KPI_SCORE", [actual, target, threshold]));
  });
});
