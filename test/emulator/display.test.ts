import { createEmulator } from "../../emulator";

function display(locale: string, value: unknown, format: string): string {
  const emu = createEmulator({ spreadsheetLocale: locale, timeZone: "Asia/Ho_Chi_Minh" });
  const cell = emu.spreadsheet.getSheets()[0].getRange("A1");
  cell.setNumberFormat(format);
  cell.setValue(value);
  return cell.getDisplayValue();
}

describe("display values in a vi_VN sheet", () => {
  test.each([
    [1234567.891, "0", "1234568"],
    [1234.5, "0.00", "1234,50"],
    [1234567, "#,##0", "1.234.567"],
    [1234567.5, "#,##0.00", "1.234.567,50"],
    [0.125, "0%", "13%"],
    [0.1234, "0.0%", "12,3%"],
    [1500000, '#,##0 "₫"', "1.500.000 ₫"],
    [-1500000, '#,##0 "₫"', "-1.500.000 ₫"],
    [1.005, "0.00", "1,01"],
  ])("%s with %s shows %s", (value, format, expected) => {
    expect(display("vi_VN", value, format)).toBe(expected);
  });

  test("dates show with the dd/mm/yyyy pattern", () => {
    expect(display("vi_VN", new Date("2026-07-15T03:30:00Z"), "dd/mm/yyyy")).toBe("15/07/2026");
  });

  test("date-times show hours and minutes", () => {
    expect(display("vi_VN", new Date("2026-07-15T03:30:00Z"), "dd/mm/yyyy hh:mm")).toBe("15/07/2026 10:30");
  });

  test("text format shows numbers as typed", () => {
    expect(display("vi_VN", "1.234", "@")).toBe("1.234");
  });

  test("automatic format shows up to ten significant digits", () => {
    expect(display("vi_VN", 97.05882352941177, "")).toBe("97,05882353");
    expect(display("vi_VN", 80, "")).toBe("80");
  });

  test("booleans show in upper case", () => {
    expect(display("vi_VN", true, "")).toBe("TRUE");
  });
});

describe("display values in an en_US sheet", () => {
  test("comma groups thousands and dot marks decimals", () => {
    expect(display("en_US", 1234567.5, "#,##0.00")).toBe("1,234,567.50");
  });
});

describe("display values in de_DE and fr_FR sheets", () => {
  test.each([
    ["de_DE", 1234567.5, "#,##0.00", "1.234.567,50"],
    ["de_DE", 0.1234, "0.0%", "12,3%"],
    ["de_DE", 1500000, '#,##0 "€"', "1.500.000 €"],
    ["de_DE", 97.05882352941177, "", "97,05882353"],
    ["fr_FR", 1234567.5, "#,##0.00", "1\u202f234\u202f567,50"],
    ["fr_FR", 2.5, "0.00", "2,50"],
    ["fr_FR", 0.5, "", "0,5"],
  ])("%s shows %s with %s as %s", (locale, value, format, expected) => {
    expect(display(locale, value, format)).toBe(JSON.parse(`"${expected}"`));
  });
});

describe("dates under explicit and automatic formats", () => {
  const date = new Date("2026-07-14T17:00:00Z");

  // Sheets shows the separators a date pattern spells out, in every locale.
  test.each([
    ["dd/mm/yyyy", "15/07/2026"],
    ["mm/dd/yyyy", "07/15/2026"],
    ["dd.mm.yyyy", "15.07.2026"],
    ["yyyy-mm-dd", "2026-07-15"],
  ])("%s shows %s in every locale", (format, expected) => {
    for (const locale of ["vi_VN", "en_US", "en_GB", "de_DE", "fr_FR"]) {
      expect(display(locale, date, format)).toBe(expected);
    }
  });

  test.each([
    ["vi_VN", "15/07/2026"],
    ["en_US", "7/15/2026"],
    ["en_GB", "15/07/2026"],
    ["de_DE", "15.07.2026"],
    ["fr_FR", "15/07/2026"],
  ])("a date typed in %s shows as %s", (locale, expected) => {
    expect(display(locale, expected, "")).toBe(expected);
    expect(display(locale, "2026-07-15", "")).toBe(expected);
  });

  test.each([
    ["vi_VN", "15/07/2026 00:00:00"],
    ["en_US", "7/15/2026 0:00:00"],
    ["de_DE", "15.07.2026 00:00:00"],
    ["fr_FR", "15/07/2026 00:00:00"],
  ])("a Date object written in %s shows date and time as %s", (locale, expected) => {
    expect(display(locale, date, "")).toBe(expected);
  });

  test.each([
    ["vi_VN", "15/07/2026 10:30:00"],
    ["en_US", "7/15/2026 10:30:00"],
    ["de_DE", "15.07.2026 10:30:00"],
  ])("a date-time typed in %s shows as %s", (locale, expected) => {
    expect(display(locale, expected.slice(0, -3), "")).toBe(expected);
  });

  test.each([
    ["vi_VN", "15/07/2026"],
    ["en_US", "7/15/2026"],
    ["de_DE", "15.07.2026"],
  ])("a DATE result in %s shows %s", (locale, expected) => {
    const emu = createEmulator({ spreadsheetLocale: locale, timeZone: "Asia/Ho_Chi_Minh" });
    const range = emu.spreadsheet.getSheets()[0].getRange("A1:B1");
    range.setFormulas([["=DATE(2026,7,15)", "=A1+1"]]);
    expect(range.getDisplayValues()).toEqual([[expected, expected.replace("15", "16")]]);
  });
});

describe("currency with the dong sign in vi_VN", () => {
  test("1234567 shows with dots and a trailing dong sign", () => {
    expect(display("vi_VN", 1234567, '#,##0 "₫"')).toBe("1.234.567 ₫");
  });

  test("getDisplayValues formats every cell of a block", () => {
    const emu = createEmulator({ spreadsheetLocale: "vi_VN", timeZone: "Asia/Ho_Chi_Minh" });
    const range = emu.spreadsheet.getSheets()[0].getRange("A1:C1");
    range.setNumberFormats([['#,##0 "₫"', '#,##0 "₫"', "dd/mm/yyyy"]]);
    range.setValues([[1234567, 0, "15/07/2026"]]);
    expect(range.getDisplayValues()).toEqual([["1.234.567 ₫", "0 ₫", "15/07/2026"]]);
  });
});

describe("unsupported number formats", () => {
  test.each(["[Red]0", "0;(0)", "0.00E+00", "# ?/?", "mmmm d"])("%s throws Not emulated", (format) => {
    expect(() => display("vi_VN", 5, format)).toThrow(/^Not emulated: (number|date) format/);
  });
});

describe("number format as value type", () => {
  test("a number under a date format reads as a Date", () => {
    const emu = createEmulator({ timeZone: "Asia/Ho_Chi_Minh" });
    const cell = emu.spreadsheet.getSheets()[0].getRange("A1");
    cell.setValue(46218);
    cell.setNumberFormat("dd/mm/yyyy");
    expect(cell.getValue()).toEqual(new Date("2026-07-14T17:00:00Z"));
  });

  test("a date under a number format reads as its serial number", () => {
    const emu = createEmulator({ timeZone: "Asia/Ho_Chi_Minh" });
    const cell = emu.spreadsheet.getSheets()[0].getRange("A1");
    cell.setValue("15/07/2026");
    cell.setNumberFormat("0");
    expect(cell.getValue()).toBe(46218);
  });
});
