import { createEmulator } from "../../emulator";

const SCRIPT = `
var evaluations = (typeof evaluations === "number" ? evaluations : 0) + 1;
function counter() { return evaluations; }
function writeRows(rows) {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return sheet.getRange(1, 1, rows.length, rows[0].length).getValues();
}
function readDateType() {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  sheet.getRange("A1").setValue("15/07/2026");
  var value = sheet.getRange("A1").getValue();
  return [value instanceof Date, Array.isArray(sheet.getRange("A1:B1").getValues())];
}
function catchError() {
  try { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, e.message]; }
}
function merge() { SpreadsheetApp.getActive().getSheets()[0].getRange("A1:B1").merge(); }
function useEnum() { return String(SpreadsheetApp.WrapStrategy.CLIP); }
function swallowNotEmulated() { try { SpreadsheetApp.getActive().getSheets()[0].autoResizeColumns(1, 2); } catch (e) { return "caught"; } }
function globals() { return [typeof setTimeout, typeof require, typeof process, typeof SpreadsheetApp, typeof console.log]; }
function rebuild() {
  var ss = SpreadsheetApp.getActive();
  var next = ss.insertSheet("Summary (new)");
  next.getRange(1, 1, 1, 2).setValues([["a", "b"]]);
  next.getRange(2, 1, 1, 2).setValues([["c", "d"]]);
  next.setName("Summary");
}
`;

describe("loading a script", () => {
  test("loadScript evaluates once and lists top-level functions", () => {
    const emu = createEmulator();
    const loaded = emu.loadScript(SCRIPT);
    expect(loaded.names()).toEqual(expect.arrayContaining(["counter", "writeRows", "merge"]));
    expect(loaded.call("counter")).toBe(1);
    expect(loaded.call("counter")).toBe(1);
  });

  test("run evaluates the script afresh for every call", () => {
    const emu = createEmulator();
    emu.setScript(SCRIPT);
    expect(emu.run("counter")).toBe(1);
    expect(emu.run("counter")).toBe(1);
  });

  test("arguments and results cross between realms", () => {
    const emu = createEmulator();
    emu.setScript(SCRIPT);
    const result = emu.run("writeRows", [[[1, "a"], [true, "=1+1"]]]);
    expect(result).toEqual([[1, "a"], [true, 2]]);
    expect(Array.isArray(result)).toBe(true);
  });

  test("values the script reads are Dates and arrays of its own realm", () => {
    const emu = createEmulator();
    emu.setScript(SCRIPT);
    expect(emu.run("readDateType")).toEqual([true, true]);
  });

  test("service errors are script-realm Errors named Exception", () => {
    const emu = createEmulator();
    emu.setScript(SCRIPT);
    expect(emu.run("catchError")).toEqual([true, "Exception", "The starting row of the range is too small."]);
  });

  test("the globals are only the services and what V8 provides", () => {
    const emu = createEmulator();
    emu.setScript(SCRIPT);
    expect(emu.run("globals")).toEqual(["undefined", "undefined", "undefined", "object", "function"]);
  });

  test("an unknown function name throws a clear error", () => {
    const emu = createEmulator();
    emu.setScript(SCRIPT);
    expect(() => emu.run("missing")).toThrow('The script has no top-level function "missing"');
  });

  test("run without a script throws", () => {
    expect(() => createEmulator().run("x")).toThrow("No script to run: call emu.setScript(source) first.");
  });
});

describe("features that are not emulated", () => {
  test("an unknown method throws with class and method", () => {
    const emu = createEmulator();
    emu.setScript(SCRIPT);
    expect(() => emu.run("merge")).toThrow("Not emulated: Range.merge");
  });

  test("an unknown enum throws on first use", () => {
    const emu = createEmulator();
    emu.setScript(SCRIPT);
    expect(() => emu.run("useEnum")).toThrow("Not emulated: SpreadsheetApp.WrapStrategy");
  });

  test("errors a script catches are still listed", () => {
    const emu = createEmulator();
    emu.setScript(SCRIPT);
    expect(emu.run("swallowNotEmulated")).toBe("caught");
    expect(emu.notEmulated.map((error) => error.message)).toEqual(["Not emulated: Sheet.autoResizeColumns"]);
  });

  test("the tests' own objects throw too", () => {
    const sheet = createEmulator().spreadsheet.getSheets()[0] as unknown as Record<string, () => void>;
    expect(() => sheet.autoResizeColumns()).toThrow("Not emulated: Sheet.autoResizeColumns");
  });

  test("probes from Node and jest see nothing", () => {
    const sheet = createEmulator().spreadsheet.getSheets()[0] as unknown as Record<string | symbol, unknown>;
    expect(sheet.then).toBeUndefined();
    expect(sheet.toJSON).toBeUndefined();
    expect(sheet[Symbol.iterator]).toBeUndefined();
    expect(String(sheet)).toBe("Sheet");
  });
});

describe("call counts", () => {
  test("every service call of a script is counted by class and method", () => {
    const emu = createEmulator();
    emu.setScript(SCRIPT);
    emu.run("writeRows", [[[1, 2]]]);
    expect(emu.calls).toEqual({
      "SpreadsheetApp.getActive": 1,
      "Spreadsheet.getSheets": 1,
      "Sheet.getRange": 2,
      "Range.setValues": 1,
      "Range.getValues": 1,
    });
    expect(emu.totalCalls()).toBe(6);
  });

  test("calls the tests make through emu.spreadsheet are not counted", () => {
    const emu = createEmulator();
    emu.spreadsheet.getSheets()[0].getRange("A1").setValue(1);
    expect(emu.totalCalls()).toBe(0);
  });

  test("resetCalls starts the counts again", () => {
    const emu = createEmulator();
    emu.setScript(SCRIPT);
    emu.run("writeRows", [[[1]]]);
    emu.resetCalls();
    expect(emu.totalCalls()).toBe(0);
    expect(emu.calls).toEqual({});
  });

  test("builder calls are counted", () => {
    const emu = createEmulator();
    emu.loadScript("function f() { return SpreadsheetApp.newDataValidation().requireValueInList(['a']).build().getCriteriaValues(); }").call("f");
    expect(emu.calls["DataValidationBuilder.requireValueInList"]).toBe(1);
    expect(emu.calls["DataValidationBuilder.build"]).toBe(1);
    expect(emu.calls["DataValidation.getCriteriaValues"]).toBe(1);
  });
});

describe("injected failures", () => {
  test("failOn makes the call after the allowed ones throw", () => {
    const emu = createEmulator();
    emu.setScript(SCRIPT);
    emu.failOn("Range.setValues", { afterCalls: 1, message: "Service Spreadsheets timed out" });
    expect(() => emu.run("rebuild")).toThrow("Service Spreadsheets timed out");
    const names = emu.spreadsheet.getSheets().map((sheet) => sheet.getName());
    expect(names).toEqual(["Trang tính1", "Summary (new)"]);
    expect(emu.spreadsheet.getSheetByName("Summary (new)")!.getRange("A1:B1").getValues()).toEqual([["a", "b"]]);
  });

  test("failOn fails only once unless told otherwise", () => {
    const emu = createEmulator();
    emu.setScript(SCRIPT);
    emu.failOn("Spreadsheet.getSheets", { afterCalls: 0 });
    expect(() => emu.run("writeRows", [[[1]]])).toThrow("Service Spreadsheets failed");
    expect(emu.run("writeRows", [[[1]]])).toEqual([[1]]);
  });

  test("failOn rejects a key without a class", () => {
    expect(() => createEmulator().failOn("setValues", { afterCalls: 0 })).toThrow('failOn expects a "Class.method" key');
  });
});
