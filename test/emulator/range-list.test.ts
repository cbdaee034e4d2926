import { createEmulator } from "../../emulator";

const SCRIPT = `
function formatScores() {
  SpreadsheetApp.getActive().getSheets()[0].getRangeList(["B2:B4", "D2", "F2:G3"]).setNumberFormat("0.0%").setFontWeight("bold");
}
function listOf(notations) { return SpreadsheetApp.getActive().getSheets()[0].getRangeList(notations).getRanges().length; }
function clearFromCustomFunction() { SpreadsheetApp.getActive().getSheets()[0].getRangeList(["A1"]).clearContent(); }
`;

function sheetWithScript() {
  const emu = createEmulator();
  emu.setScript(SCRIPT);
  return { emu, sheet: emu.spreadsheet.getSheets()[0] };
}

describe("getRangeList", () => {
  test("returns the ranges in the given order", () => {
    const { sheet } = sheetWithScript();
    const ranges = sheet.getRangeList(["C3", "A1:B2", "Z1000"]).getRanges();
    expect(ranges.map((range) => range.getA1Notation())).toEqual(["C3", "A1:B2", "Z1000"]);
  });

  test("setNumberFormat and setFontWeight change every range", () => {
    const { emu, sheet } = sheetWithScript();
    emu.run("formatScores");
    for (const a1 of ["B2:B4", "D2", "F2:G3"]) {
      const range = sheet.getRange(a1);
      expect(range.getNumberFormats().flat().every((format) => format === "0.0%")).toBe(true);
      expect(range.getFontWeights().flat().every((weight) => weight === "bold")).toBe(true);
    }
    expect(sheet.getRange("C2").getNumberFormat()).toBe("");
    expect(sheet.getRange("E2").getFontWeight()).toBe("normal");
  });

  test("one call on the list counts once, whatever its size", () => {
    const { emu } = sheetWithScript();
    emu.run("formatScores");
    expect(emu.calls).toEqual({
      "SpreadsheetApp.getActive": 1,
      "Spreadsheet.getSheets": 1,
      "Sheet.getRangeList": 1,
      "RangeList.setNumberFormat": 1,
      "RangeList.setFontWeight": 1,
    });
  });

  test.each([
    ["a string", "A1", "don't match the method signature for SpreadsheetApp.Sheet.getRangeList"],
    ["an array with a number", ["A1", 2], "don't match the method signature for SpreadsheetApp.Sheet.getRangeList"],
    ["an unreadable A1 notation", ["A1", "1A"], "Range not found"],
    ["another sheet's range", ["Other!A1"], "Range not found"],
    ["a range past the sheet", ["A1:A1001"], "The coordinates of the range are outside the dimensions of the sheet."],
  ])("rejects %s", (_case, notations, message) => {
    const { emu } = sheetWithScript();
    emu.spreadsheet.insertSheet("Other");
    expect(() => emu.run("listOf", [notations])).toThrow(message);
  });

  test("custom functions cannot change a range list", () => {
    const { emu } = sheetWithScript();
    expect(() => emu.run("clearFromCustomFunction", [], { authMode: "CUSTOM_FUNCTION" })).toThrow(
      "You do not have permission to call RangeList.clearContent",
    );
  });
});

describe("changing a range list", () => {
  function filledSheet() {
    const { sheet } = sheetWithScript();
    sheet.getRange("A1:C2").setValues([[1, 2, 3], [4, 5, 6]]);
    sheet.getRange("A1:C2").setNumberFormat("0.00").setNote("n").setBackground("#ff0000");
    return { sheet, list: sheet.getRangeList(["A1", "C1:C2"]) };
  }

  test("clearContent empties every range and keeps formats", () => {
    const { sheet, list } = filledSheet();
    list.clearContent();
    expect(sheet.getRange("A1:C2").getValues()).toEqual([["", 2, ""], [4, 5, ""]]);
    expect(sheet.getRange("C2").getNumberFormat()).toBe("0.00");
  });

  test("clear empties contents and formats of every range only", () => {
    const { sheet, list } = filledSheet();
    list.clear();
    expect(sheet.getRange("A1:C2").getValues()).toEqual([["", 2, ""], [4, 5, ""]]);
    expect(sheet.getRange("A1:C2").getBackgrounds()).toEqual([
      ["#ffffff", "#ff0000", "#ffffff"],
      ["#ff0000", "#ff0000", "#ffffff"],
    ]);
  });

  test("clear with contentsOnly keeps formats", () => {
    const { sheet, list } = filledSheet();
    list.clear({ contentsOnly: true });
    expect(sheet.getRange("C1").getValue()).toBe("");
    expect(sheet.getRange("C1").getBackground()).toBe("#ff0000");
  });

  test("clearFormat and clearNote keep values", () => {
    const { sheet, list } = filledSheet();
    list.clearFormat().clearNote();
    expect(sheet.getRange("C1").getValue()).toBe(3);
    expect(sheet.getRange("C1").getNumberFormat()).toBe("");
    expect(sheet.getRange("C1").getNote()).toBe("");
    expect(sheet.getRange("B1").getNote()).toBe("n");
  });

  test("setValue types the text once per cell", () => {
    const { sheet, list } = filledSheet();
    list.setValue("1,5");
    expect(sheet.getRange("A1:C2").getValues()).toEqual([[1.5, 2, 1.5], [4, 5, 1.5]]);
  });

  test("setFontColor and setNote reach every cell", () => {
    const { sheet, list } = filledSheet();
    list.setFontColor("#1a73e8").setNote("Ghi chú");
    expect(sheet.getRange("A1:C2").getFontColors()).toEqual([
      ["#1a73e8", "#000000", "#1a73e8"],
      ["#000000", "#000000", "#1a73e8"],
    ]);
    expect(sheet.getRange("C2").getNote()).toBe("Ghi chú");
  });
});
