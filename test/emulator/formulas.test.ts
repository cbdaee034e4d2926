import { createEmulator } from "../../emulator";

function twoSheets() {
  const emu = createEmulator();
  const ss = emu.spreadsheet;
  const data = ss.insertSheet("Q3'26 KD");
  const summary = ss.insertSheet("Tài chính");
  return { emu, ss, data, summary };
}

describe("formula results", () => {
  test.each([
    ["=1/0", "#DIV/0!"],
    ["=NA()", "#N/A"],
    ['="a"+1', "#VALUE!"],
    ["=NO_SUCH_FUNCTION()", "#NAME?"],
    ["=1+", "#ERROR!"],
    ["=Missing!A1", "#REF!"],
  ])("%s reads as %s", (formula, expected) => {
    const sheet = createEmulator().spreadsheet.getSheets()[0];
    sheet.getRange("A1").setFormula(formula);
    expect(sheet.getRange("A1").getValue()).toBe(expected);
  });

  test("a circular reference reads as #REF!", () => {
    const sheet = createEmulator().spreadsheet.getSheets()[0];
    sheet.getRange("A1:A2").setFormulas([["=A2"], ["=A1"]]);
    expect(sheet.getRange("A1").getValue()).toBe("#REF!");
  });

  test("text, booleans and numbers come back typed", () => {
    const sheet = createEmulator().spreadsheet.getSheets()[0];
    sheet.getRange(1, 1, 1, 3).setFormulas([['="Đạt"', "=1>0", "=2/4"]]);
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([["Đạt", true, 0.5]]);
  });

  test("DATE results read as Date objects", () => {
    const emu = createEmulator({ timeZone: "Asia/Ho_Chi_Minh" });
    const cell = emu.spreadsheet.getSheets()[0].getRange("A1");
    cell.setFormula("=DATE(2026,7,15)");
    expect(cell.getValue()).toEqual(new Date("2026-07-14T17:00:00Z"));
    expect(cell.getDisplayValue()).toBe("15/07/2026");
  });

  test("HYPERLINK to a gid evaluates to its label", () => {
    const sheet = createEmulator().spreadsheet.getSheets()[0];
    sheet.getRange("A1").setFormula('=HYPERLINK("#gid=123","Tài chính")');
    expect(sheet.getRange("A1").getValue()).toBe("Tài chính");
  });

  test("an empty formula result reads as an empty string", () => {
    const sheet = createEmulator().spreadsheet.getSheets()[0];
    sheet.getRange("A1").setFormula('=IF(1>2,1,"")');
    expect(sheet.getRange("A1").getValue()).toBe("");
  });
});

describe("references across sheets", () => {
  test("quoted names with spaces, Vietnamese letters and apostrophes work", () => {
    const { data, summary } = twoSheets();
    data.getRange("A1:A3").setValues([[1], [2], [3]]);
    summary.getRange("A1:B1").setFormulas([["=SUM('Q3''26 KD'!A1:A3)", "='Q3''26 KD'!A2*10"]]);
    expect(summary.getRange("A1:B1").getValues()).toEqual([[6, 20]]);
  });

  test("results follow later edits", () => {
    const { data, summary } = twoSheets();
    data.getRange("A1").setValue(1);
    summary.getRange("A1").setFormula("='Q3''26 KD'!A1+1");
    expect(summary.getRange("A1").getValue()).toBe(2);
    data.getRange("A1").setValue(41);
    expect(summary.getRange("A1").getValue()).toBe(42);
  });

  test("renaming a sheet rewrites the formulas that name it", () => {
    const { data, summary } = twoSheets();
    data.getRange("A1").setValue(7);
    summary.getRange("A1").setFormula("='Q3''26 KD'!A1");
    data.setName("Kinh doanh");
    expect(summary.getRange("A1").getFormula()).toBe("='Kinh doanh'!A1");
    expect(summary.getRange("A1").getValue()).toBe(7);
  });

  test("deleting a referenced sheet turns the result into #REF!", () => {
    const { ss, data, summary } = twoSheets();
    data.getRange("A1").setValue(7);
    summary.getRange("A1").setFormula("='Q3''26 KD'!A1");
    expect(summary.getRange("A1").getValue()).toBe(7);
    ss.deleteSheet(data);
    expect(summary.getRange("A1").getValue()).toBe("#REF!");
  });
});

describe("custom functions in formulas", () => {
  const script = `
    function DOUBLE(input) {
      return Array.isArray(input) ? input.map(function (row) { return row.map(function (v) { return v * 2; }); }) : input * 2;
    }
    function DESCRIBE(input) { return Object.prototype.toString.call(input) + (input instanceof Date ? ":Date" : ""); }
    function FAIL() { throw new Error("Thiếu mục tiêu"); }
    function WRITE() { SpreadsheetApp.getActive().getSheets()[0].getRange("Z1").setValue(1); return 1; }
    function READ_B1() { return SpreadsheetApp.getActive().getSheets()[0].getRange("B1").getValue(); }
    function ROW3() { return [[1, 2, 3]]; }
    function NOW_DATE() { return new Date(Date.UTC(2026, 6, 14, 17)); }
    function FIRST(range) { return DESCRIBE(range[1][0]); }
    function DESCRIBE_B1() { return DESCRIBE(READ_B1()); }
    function helper_() { return 1; }
  `;

  function sheetWithScript() {
    const emu = createEmulator({ timeZone: "Asia/Ho_Chi_Minh" });
    emu.setScript(script);
    return { emu, sheet: emu.spreadsheet.getSheets()[0] };
  }

  test("a single cell arrives as its value", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("B1").setValue(21);
    sheet.getRange("A1").setFormula("=DOUBLE(B1)");
    expect(sheet.getRange("A1").getValue()).toBe(42);
  });

  test("a range arrives as a 2-D array and the result spills down", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("B1:B3").setValues([[1], [2], [3]]);
    sheet.getRange("C1").setFormula("=DOUBLE(B1:B3)");
    expect(sheet.getRange("C1:C3").getValues()).toEqual([[2], [4], [6]]);
    expect(sheet.getRange("C2").getFormula()).toBe("");
  });

  test("a result wider than its arguments spills right", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("A1").setFormula("=ROW3()");
    expect(sheet.getRange("A1:C1").getValues()).toEqual([[1, 2, 3]]);
    expect(sheet.getLastColumn()).toBe(3);
  });

  test("a spill onto a filled cell reads as #REF!", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("B1").setValue("taken");
    sheet.getRange("A1").setFormula("=ROW3()");
    expect(sheet.getRange("A1").getValue()).toBe("#REF!");
  });

  test("date cells arrive as Date objects of the script's realm", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("B1").setValue("15/07/2026");
    sheet.getRange("A1").setFormula("=DESCRIBE(B1)");
    expect(sheet.getRange("A1").getValue()).toBe("[object Date]:Date");
  });

  test("a thrown error reads as #ERROR!", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("A1").setFormula("=FAIL()");
    expect(sheet.getRange("A1").getValue()).toBe("#ERROR!");
  });

  test("writing from a custom function fails with a permission error", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("A1").setFormula("=WRITE()");
    expect(sheet.getRange("A1").getValue()).toBe("#ERROR!");
    expect(sheet.getRange("Z1").getValue()).toBe("");
  });

  test("reading plain cells from a custom function works", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("B1").setValue("ok");
    sheet.getRange("A1").setFormula("=READ_B1()");
    expect(sheet.getRange("A1").getValue()).toBe("ok");
  });

  test("function names are case-insensitive and private names are hidden", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("A1:A2").setFormulas([["=double(4)"], ["=helper_()"]]);
    expect(sheet.getRange("A1:A2").getValues()).toEqual([[8], ["#NAME?"]]);
  });

  test("formula cells in an argument range arrive computed", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("B1:B3").setFormulas([["=1+1"], ["=B1*10"], ["=DOUBLE(B2)"]]);
    sheet.getRange("C1").setFormula("=DOUBLE(B1:B3)");
    expect(sheet.getRange("C1:C3").getValues()).toEqual([[4], [40], [80]]);
  });

  test("formula cells on another sheet arrive computed", () => {
    const { emu, sheet } = sheetWithScript();
    const data = emu.spreadsheet.insertSheet("Dữ liệu");
    data.getRange("A1:A2").setFormulas([["=2*3"], ['=LEN("abcd")']]);
    sheet.getRange("A1").setFormula("=DOUBLE('Dữ liệu'!A1:A2)");
    expect(sheet.getRange("A1:A2").getValues()).toEqual([[12], [8]]);
  });

  test("date results of formulas arrive as Dates", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("B1:B2").setFormulas([["=DATE(2026,7,15)"], ["=NOW_DATE()"]]);
    sheet.getRange("A1:A4").setFormulas([["=DESCRIBE(B1)"], ["=DESCRIBE(B2)"], ["=DESCRIBE(DATE(2026,7,15))"], ["=FIRST(B1:B2)"]]);
    expect(sheet.getRange("A1:A4").getValues()).toEqual([
      ["[object Date]:Date"],
      ["[object Date]:Date"],
      ["[object Date]:Date"],
      ["[object Date]:Date"],
    ]);
  });

  test("a date result under a number format arrives as a number", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("B1").setFormula("=DATE(2026,7,15)").setNumberFormat("0");
    sheet.getRange("A1").setFormula("=DESCRIBE(B1)");
    expect(sheet.getRange("A1").getValue()).toBe("[object Number]");
  });

  test("reading a formula cell computed earlier works", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("B1").setFormula("=20+1");
    sheet.getRange("A2").setFormula("=READ_B1()");
    expect(sheet.getRange("A2").getValue()).toBe(21);
  });

  test("reading a date formula cell gives a Date", () => {
    const { sheet } = sheetWithScript();
    sheet.getRange("B1").setFormula("=DATE(2026,7,15)");
    sheet.getRange("A2").setFormula("=DESCRIBE_B1()");
    expect(sheet.getRange("A2").getValue()).toBe("[object Date]:Date");
  });

  test("reading a formula cell not computed yet is not emulated", () => {
    const { emu, sheet } = sheetWithScript();
    sheet.getRange("A1").setFormula("=READ_B1()");
    sheet.getRange("B1").setFormula("=20+1");
    expect(sheet.getRange("A1").getValue()).toBe("#ERROR!");
    expect(emu.notEmulated.map((error) => error.message)).toContain(
      "Not emulated: reading formula cell Trang tính1!B1 from inside a custom function before HyperFormula computed it " +
        "(Sheets would return the value it stored last, which the emulator does not keep)",
    );
  });

  test("each call is a counted CUSTOM_FUNCTION execution", () => {
    const { emu, sheet } = sheetWithScript();
    sheet.getRange("B1").setValue("ok");
    sheet.getRange("A1").setFormula("=READ_B1()");
    emu.resetCalls();
    sheet.getRange("A1").getValue();
    expect(emu.calls["Range.getValue"]).toBe(1);
  });
});
