import { createEmulator } from "../../emulator";

function sheetIn(locale: string) {
  const emu = createEmulator({ spreadsheetLocale: locale, timeZone: "Asia/Ho_Chi_Minh" });
  return emu.spreadsheet.getSheets()[0];
}

function written(locale: string, text: string, format?: string) {
  const cell = sheetIn(locale).getRange("A1");
  if (format) cell.setNumberFormat(format);
  cell.setValue(text);
  return { value: cell.getValue(), formula: cell.getFormula(), format: cell.getNumberFormat(), display: cell.getDisplayValue() };
}

describe("reading cells", () => {
  test("empty cells read as empty strings", () => {
    const sheet = sheetIn("vi_VN");
    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([["", ""], ["", ""]]);
    expect(sheet.getRange("A1").getValue()).toBe("");
  });

  test("numbers, booleans and dates keep their types", () => {
    const sheet = sheetIn("vi_VN");
    const date = new Date("2026-07-15T03:00:00Z");
    sheet.getRange(1, 1, 1, 3).setValues([[42.5, true, date]]);
    const [[number, flag, read]] = sheet.getRange(1, 1, 1, 3).getValues();
    expect(number).toBe(42.5);
    expect(flag).toBe(true);
    expect(read).toBeInstanceOf(Date);
    expect((read as Date).getTime()).toBe(date.getTime());
  });

  test("getFormulas returns empty strings for plain values", () => {
    const sheet = sheetIn("vi_VN");
    sheet.getRange(1, 1, 1, 2).setValues([[1, "=A1*2"]]);
    expect(sheet.getRange(1, 1, 1, 2).getFormulas()).toEqual([["", "=A1*2"]]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([[1, 2]]);
  });

  test("null and empty string empty a cell", () => {
    const sheet = sheetIn("vi_VN");
    sheet.getRange(1, 1, 1, 2).setValues([[1, 2]]);
    sheet.getRange(1, 1, 1, 2).setValues([[null, ""]]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([["", ""]]);
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe("typing written strings in a vi_VN sheet", () => {
  test.each([
    ["1.234", 1234],
    ["1,5", 1.5],
    ["1.234,5", 1234.5],
    ["-3", -3],
    [" 80 ", 80],
    ["1e3", 1000],
  ])("%s becomes the number %s", (text, expected) => {
    expect(written("vi_VN", text).value).toBe(expected);
  });

  test("a percentage becomes a fraction with a percent format", () => {
    const cell = written("vi_VN", "12%");
    expect(cell.value).toBeCloseTo(0.12, 12);
    expect(cell.format).toBe("0%");
    expect(cell.display).toBe("12%");
  });

  test("a percentage with decimals gets two decimal places", () => {
    const cell = written("vi_VN", "12,5%");
    expect(cell.value).toBeCloseTo(0.125, 12);
    expect(cell.format).toBe("0.00%");
    expect(cell.display).toBe("12,50%");
  });

  test("TRUE and FALSE become booleans", () => {
    expect(written("vi_VN", "TRUE").value).toBe(true);
    expect(written("vi_VN", "false").value).toBe(false);
  });

  test("day-first dates become midnight in the spreadsheet time zone", () => {
    const cell = written("vi_VN", "15/07/2026");
    expect(cell.value).toEqual(new Date("2026-07-14T17:00:00Z"));
    expect(cell.display).toBe("15/07/2026");
  });

  test("ISO dates become dates in every locale", () => {
    expect(written("vi_VN", "2026-07-15").value).toEqual(new Date("2026-07-14T17:00:00Z"));
    expect(written("en_US", "2026-07-15").value).toEqual(new Date("2026-07-14T17:00:00Z"));
  });

  test("a dotted decimal that is not grouped in threes stays text", () => {
    expect(written("vi_VN", "1.5").value).toBe("1.5");
    expect(written("vi_VN", "97.05882352941177").value).toBe("97.05882352941177");
  });

  test("an invalid calendar date stays text", () => {
    expect(written("vi_VN", "31/02/2026").value).toBe("31/02/2026");
  });

  test("a string starting with = becomes a formula", () => {
    const cell = written("vi_VN", "=1+2");
    expect(cell.formula).toBe("=1+2");
    expect(cell.value).toBe(3);
  });

  test("a plus sign before non-numeric text becomes a failing formula", () => {
    const cell = written("vi_VN", "+84 90 123");
    expect(cell.formula).toBe("=+84 90 123");
    expect(cell.value).toBe("#ERROR!");
  });

  test("a lone dash stays text", () => {
    expect(written("vi_VN", "-").value).toBe("-");
  });

  test("a leading apostrophe forces text", () => {
    const cell = written("vi_VN", "'0912");
    expect(cell.value).toBe("0912");
    expect(cell.formula).toBe("");
  });

  test("other text stays text", () => {
    expect(written("vi_VN", "ND").value).toBe("ND");
    expect(written("vi_VN", "Doanh thu").value).toBe("Doanh thu");
  });
});

describe("typing written strings in an en_US sheet", () => {
  test("comma groups thousands and dot marks decimals", () => {
    expect(written("en_US", "1,234").value).toBe(1234);
    expect(written("en_US", "1.234").value).toBe(1.234);
  });

  test("month-first dates become dates", () => {
    const cell = written("en_US", "7/15/2026");
    expect(cell.value).toEqual(new Date("2026-07-14T17:00:00Z"));
    expect(cell.format).toBe("M/d/yyyy");
  });

  test("a day-first date with a day above 12 stays text", () => {
    expect(written("en_US", "15/07/2026").value).toBe("15/07/2026");
  });
});

describe("typing written strings in a de_DE sheet", () => {
  test.each([
    ["1.234", 1234],
    ["1,5", 1.5],
    ["1.234.567,25", 1234567.25],
    ["-0,5", -0.5],
  ])("%s becomes the number %s", (text, expected) => {
    expect(written("de_DE", text).value).toBe(expected);
  });

  test("dotted day-first dates become dates with the dd.MM.yyyy format", () => {
    const cell = written("de_DE", "15.07.2026");
    expect(cell.value).toEqual(new Date("2026-07-14T17:00:00Z"));
    expect(cell.format).toBe("dd.MM.yyyy");
    expect(cell.display).toBe("15.07.2026");
  });

  test("a dotted day and month become a date in the current year", () => {
    const emu = createEmulator({ spreadsheetLocale: "de_DE", timeZone: "Asia/Ho_Chi_Minh" });
    emu.setNow(new Date("2026-03-01T00:00:00Z"));
    const cell = emu.spreadsheet.getSheets()[0].getRange("A1");
    cell.setValue("1.5");
    expect(cell.getValue()).toEqual(new Date("2026-04-30T17:00:00Z"));
  });

  test("a percentage with a decimal comma becomes a fraction", () => {
    const cell = written("de_DE", "12,5%");
    expect(cell.value).toBeCloseTo(0.125, 12);
    expect(cell.display).toBe("12,50%");
  });
});

describe("typing written strings in a fr_FR sheet", () => {
  // The escapes keep the space characters visible in the test names; JSON.parse turns them into characters.
  test.each([
    ["1 234,5", 1234.5],
    ["1\u202f234", 1234],
    ["1\u00a0234", 1234],
    ["0,25", 0.25],
  ])("%s becomes a number", (text, expected) => {
    expect(written("fr_FR", JSON.parse(`"${text}"`)).value).toBe(expected);
  });

  test("a dotted decimal stays text", () => {
    expect(written("fr_FR", "1.5").value).toBe("1.5");
  });

  test("day-first dates become dates with the dd/MM/yyyy format", () => {
    const cell = written("fr_FR", "15/07/2026");
    expect(cell.value).toEqual(new Date("2026-07-14T17:00:00Z"));
    expect(cell.format).toBe("dd/MM/yyyy");
  });
});

describe("formulas in decimal-comma locales", () => {
  test.each(["de_DE", "fr_FR", "vi_VN"])("%s keeps the canonical English form with commas", (locale) => {
    const sheet = sheetIn(locale);
    sheet.getRange("A1:A2").setValues([[1.5], [2.25]]);
    sheet.getRange("B1").setFormula("=ROUND(SUM(A1:A2)*1.5,2)");
    sheet.getRange("B2").setValue("=IF(A1>1,A2,0)");
    expect(sheet.getRange("B1:B2").getFormulas()).toEqual([["=ROUND(SUM(A1:A2)*1.5,2)"], ["=IF(A1>1,A2,0)"]]);
    expect(sheet.getRange("B1:B2").getValues()).toEqual([[5.63], [2.25]]);
    expect(sheet.getRange("B1").getDisplayValue()).toBe("5,63");
  });
});

describe("cells formatted as plain text", () => {
  test.each(["=SUM(A2:A3)", "1.234", "12%", "TRUE", "15/07/2026", "+84 90 123", "'quoted"])("%s stays literal text", (text) => {
    const cell = written("vi_VN", text, "@");
    expect(cell.value).toBe(text);
    expect(cell.formula).toBe("");
  });

  test("setValues keeps every string of a text-formatted block literal", () => {
    const sheet = sheetIn("vi_VN");
    const block = sheet.getRange(1, 1, 1, 2);
    block.setNumberFormats([["@", "@"]]);
    block.setValues([["=1+1", "007"]]);
    expect(block.getValues()).toEqual([["=1+1", "007"]]);
    expect(block.getFormulas()).toEqual([["", ""]]);
  });
});
