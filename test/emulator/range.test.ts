import { createEmulator } from "../../emulator";

function firstSheet() {
  return createEmulator().spreadsheet.getSheets()[0];
}

describe("setValues with a wrong shape", () => {
  test("setValues rejects a wrong row count", () => {
    const range = firstSheet().getRange(1, 1, 3, 2);
    expect(() => range.setValues([[1, 2], [3, 4]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.",
    );
  });

  test("setValues rejects a wrong column count", () => {
    const range = firstSheet().getRange(1, 1, 1, 2);
    expect(() => range.setValues([[1, 2, 3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
  });

  test("setValues rejects ragged rows", () => {
    const range = firstSheet().getRange(1, 1, 2, 2);
    expect(() => range.setValues([[1, 2], [3]])).toThrow("The data has 1 but the range has 2.");
    expect(range.getValues()).toEqual([["", ""], ["", ""]]);
  });

  test("setFormulas and setNotes check the shape too", () => {
    const range = firstSheet().getRange(1, 1, 2, 1);
    expect(() => range.setFormulas([["=1"]])).toThrow("The data has 1 but the range has 2.");
    expect(() => range.setNotes([["a", "b"], ["c", "d"]])).toThrow("number of columns");
  });

  test("setValues rejects a value that is not an array", () => {
    expect(() => firstSheet().getRange("A1").setValues("x" as never)).toThrow("don't match the method signature for SpreadsheetApp.Range.setValues");
  });
});

describe("getRange arguments", () => {
  test("zero rows throws", () => {
    expect(() => firstSheet().getRange(2, 1, 0, 3)).toThrow("The number of rows in the range must be at least 1.");
  });

  test("zero columns throws", () => {
    expect(() => firstSheet().getRange(2, 1, 1, 0)).toThrow("The number of columns in the range must be at least 1.");
  });

  test("row zero throws because indexes start at 1", () => {
    expect(() => firstSheet().getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => firstSheet().getRange(1, 0)).toThrow("The starting column of the range is too small.");
  });

  test("a range past the sheet's size throws", () => {
    const sheet = firstSheet();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
  });

  test("insertColumnsAfter past the data widens the sheet", () => {
    const sheet = firstSheet();
    sheet.getRange("A1").setValue("x");
    sheet.insertColumnsAfter(26, 10);
    expect(sheet.getMaxColumns()).toBe(36);
    expect(sheet.getRange(1, 36).getA1Notation()).toBe("AJ1");
  });

  test("insertRowsAfter inside data is not emulated", () => {
    const sheet = firstSheet();
    sheet.getRange("A5").setValue("x");
    expect(() => sheet.insertRowsAfter(2, 1)).toThrow("Not emulated: Sheet.insertRowsAfter");
  });

  test("A1 notation gives the same range as numbers", () => {
    const range = firstSheet().getRange("B2:D5");
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 2, 4, 3]);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([5, 4]);
    expect(range.getA1Notation()).toBe("B2:D5");
  });

  test("an unreadable A1 notation throws Range not found", () => {
    expect(() => firstSheet().getRange("1A")).toThrow("Range not found");
  });
});

describe("data extent", () => {
  test("empty sheet has zero extent", () => {
    const sheet = firstSheet();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
  });

  test("the data range reaches the last value", () => {
    const sheet = firstSheet();
    sheet.getRange("C4").setValue(1);
    sheet.getRange("A2").setValue(2);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C4");
  });

  test("formatting alone does not extend the data range", () => {
    const sheet = firstSheet();
    sheet.getRange("E9").setBackground("#ff0000");
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe("cell attributes", () => {
  test("notes are stored per cell and default to empty", () => {
    const range = firstSheet().getRange(1, 1, 1, 2);
    range.setNotes([["Giải thích", null]]);
    expect(range.getNotes()).toEqual([["Giải thích", ""]]);
  });

  test("backgrounds are normalised to lower-case hex", () => {
    const range = firstSheet().getRange(1, 1, 1, 3);
    range.setBackgrounds([["#FF0000", "red", null]]);
    expect(range.getBackgrounds()).toEqual([["#ff0000", "#ff0000", "#ffffff"]]);
  });

  test("font weights and colours default to normal and black", () => {
    const range = firstSheet().getRange(1, 1, 1, 2);
    range.getCell(1, 1).setFontWeight("bold").setFontColor("#00ff00");
    expect(range.getFontWeights()).toEqual([["bold", "normal"]]);
    expect(range.getFontColors()).toEqual([["#00ff00", "#000000"]]);
  });

  test("clear removes contents and formats but clearContent keeps formats", () => {
    const sheet = firstSheet();
    const cell = sheet.getRange("A1");
    cell.setNumberFormat("0.00").setValue(5);
    cell.clearContent();
    expect(cell.getValue()).toBe("");
    expect(cell.getNumberFormat()).toBe("0.00");
    cell.setValue(5).clear();
    expect(cell.getNumberFormat()).toBe("");
  });

  test("a multi-cell setFormula is not emulated", () => {
    expect(() => firstSheet().getRange("A1:A2").setFormula("=B1")).toThrow("Not emulated: Range.setFormula on more than one cell");
  });

  test("an unknown colour name is not emulated", () => {
    expect(() => firstSheet().getRange("A1").setBackground("cornflowerblue")).toThrow("Not emulated: colour");
  });
});

describe("data validation", () => {
  test("a list rule is stored and returned per cell", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    const rule = emu.spreadsheetApp.newDataValidation().requireValueInList(["Tài chính", "Khách hàng"], true).setAllowInvalid(false).setHelpText("Chọn").build();
    sheet.getRange("A2:A3").setDataValidation(rule);
    const read = sheet.getRange("A3").getDataValidation()!;
    expect(String(read.getCriteriaType())).toBe("VALUE_IN_LIST");
    expect(read.getCriteriaValues()).toEqual([["Tài chính", "Khách hàng"], true]);
    expect(read.getAllowInvalid()).toBe(false);
    expect(read.getHelpText()).toBe("Chọn");
    expect(sheet.getRange("A1").getDataValidation()).toBeNull();
  });

  test("setDataValidation with null removes the rule", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    sheet.getRange("A1").setDataValidation(emu.spreadsheetApp.newDataValidation().requireNumberBetween(0, 1).build());
    sheet.getRange("A1").setDataValidation(null);
    expect(sheet.getRange("A1").getDataValidations()).toEqual([[null]]);
  });
});
