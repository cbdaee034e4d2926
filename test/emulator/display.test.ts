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
