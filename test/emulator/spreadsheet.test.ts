import { createEmulator } from "../../emulator";

describe("a new spreadsheet", () => {
  test("has one sheet with gid 0 named for the locale", () => {
    const vi = createEmulator({ spreadsheetLocale: "vi_VN" }).spreadsheet;
    const en = createEmulator({ spreadsheetLocale: "en_US" }).spreadsheet;
    expect(vi.getSheets().map((sheet) => sheet.getName())).toEqual(["Trang tính1"]);
    expect(en.getSheets()[0].getName()).toBe("Sheet1");
    expect(vi.getSheets()[0].getSheetId()).toBe(0);
  });

  test("reports its name, locale, time zone and URL", () => {
    const ss = createEmulator({ name: "KPI 2026", spreadsheetLocale: "vi_VN", timeZone: "Asia/Ho_Chi_Minh" }).spreadsheet;
    expect(ss.getName()).toBe("KPI 2026");
    expect(ss.getSpreadsheetLocale()).toBe("vi_VN");
    expect(ss.getSpreadsheetTimeZone()).toBe("Asia/Ho_Chi_Minh");
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });

  test("an unknown locale is not emulated", () => {
    expect(() => createEmulator({ spreadsheetLocale: "ja_JP" })).toThrow("Not emulated: spreadsheet locale ja_JP");
  });

  test.each([
    ["de_DE", "Tabellenblatt1", "de"],
    ["fr_FR", "Feuille 1", "fr"],
  ])("a %s spreadsheet reports its locale", (locale, firstSheet, userLocale) => {
    const emu = createEmulator({ spreadsheetLocale: locale });
    emu.setScript("function locales() { return [SpreadsheetApp.getActive().getSpreadsheetLocale(), Session.getActiveUserLocale()]; }");
    expect(emu.run("locales")).toEqual([locale, userLocale]);
    expect(emu.spreadsheet.getSheets()[0].getName()).toBe(firstSheet);
  });

  test("setSpreadsheetLocale switches the locale of typed input", () => {
    const ss = createEmulator({ spreadsheetLocale: "en_US" }).spreadsheet;
    ss.setSpreadsheetLocale("de_DE");
    const cell = ss.getSheets()[0].getRange("A1");
    cell.setValue("1,5");
    expect(ss.getSpreadsheetLocale()).toBe("de_DE");
    expect(cell.getValue()).toBe(1.5);
  });
});

describe("inserting sheets", () => {
  test("insertSheet adds a sheet at the index and activates it", () => {
    const ss = createEmulator().spreadsheet;
    ss.insertSheet("B");
    const first = ss.insertSheet("A", 0);
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(["A", "Trang tính1", "B"]);
    expect(first.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe("A");
  });

  test("insertSheet rejects a taken name ignoring case", () => {
    const ss = createEmulator().spreadsheet;
    ss.insertSheet("Tổng hợp BSC");
    expect(() => ss.insertSheet("tổng hợp bsc")).toThrow('A sheet with the name "tổng hợp bsc" already exists. Please enter another name.');
  });

  test("sheet names longer than 100 characters throw", () => {
    const ss = createEmulator().spreadsheet;
    expect(() => ss.insertSheet("x".repeat(101))).toThrow("at most 100 characters");
    expect(ss.insertSheet("x".repeat(100)).getName()).toHaveLength(100);
  });

  test("insertSheet without a name picks the next free default name", () => {
    const ss = createEmulator({ spreadsheetLocale: "en_US" }).spreadsheet;
    expect(ss.insertSheet().getName()).toBe("Sheet2");
  });

  test("gids are unique and found by getSheetById", () => {
    const ss = createEmulator().spreadsheet;
    const a = ss.insertSheet("A");
    const b = ss.insertSheet("B");
    expect(a.getSheetId()).not.toBe(b.getSheetId());
    expect(ss.getSheetById(b.getSheetId())!.getName()).toBe("B");
    expect(ss.getSheetById(12345)).toBeNull();
  });

  test("insertSheet with a template is not emulated", () => {
    const ss = createEmulator().spreadsheet;
    expect(() => ss.insertSheet("A", 0, { template: ss.getSheets()[0] })).toThrow("Not emulated: Spreadsheet.insertSheet with options");
  });
});

describe("renaming and deleting sheets", () => {
  test("setName rejects another sheet's name ignoring case", () => {
    const ss = createEmulator().spreadsheet;
    ss.insertSheet("KPI");
    const other = ss.insertSheet("Other");
    expect(() => other.setName("kpi")).toThrow('A sheet with the name "kpi" already exists.');
    expect(other.setName("OTHER").getName()).toBe("OTHER");
  });

  test("getSheetByName finds the exact name", () => {
    const ss = createEmulator().spreadsheet;
    ss.insertSheet("KPI");
    expect(ss.getSheetByName("KPI")!.getName()).toBe("KPI");
    expect(ss.getSheetByName("Missing")).toBeNull();
  });

  test("deleteSheet of the last sheet throws", () => {
    const ss = createEmulator().spreadsheet;
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  test("a deleted sheet's object throws on use", () => {
    const ss = createEmulator().spreadsheet;
    const sheet = ss.insertSheet("Temp");
    ss.deleteSheet(sheet);
    expect(ss.getSheets()).toHaveLength(1);
    expect(() => sheet.getName()).toThrow("The sheet has been deleted.");
  });
});

describe("developer metadata", () => {
  test("finders find metadata by key across the spreadsheet and its sheets", () => {
    const ss = createEmulator().spreadsheet;
    const summary = ss.insertSheet("Tổng hợp");
    summary.addDeveloperMetadata("kpi-bsc:summary", "v1");
    ss.addDeveloperMetadata("kpi-bsc:settings", "{}");
    const found = ss.createDeveloperMetadataFinder().withKey("kpi-bsc:summary").find();
    expect(found).toHaveLength(1);
    expect(found[0].getValue()).toBe("v1");
    expect(found[0].getLocation().getSheet()!.getName()).toBe("Tổng hợp");
    expect(String(found[0].getLocation().getLocationType())).toBe("SHEET");
    expect(ss.createDeveloperMetadataFinder().withKey("kpi-bsc:settings").find()[0].getLocation().getSpreadsheet()).not.toBeNull();
  });

  test("metadata survives a rename", () => {
    const ss = createEmulator().spreadsheet;
    const sheet = ss.insertSheet("Old");
    sheet.addDeveloperMetadata("owner", "addon");
    sheet.setName("New");
    const [entry] = ss.createDeveloperMetadataFinder().withKey("owner").find();
    expect(entry.getLocation().getSheet()!.getName()).toBe("New");
  });

  test("metadata is removed with its sheet", () => {
    const ss = createEmulator().spreadsheet;
    const sheet = ss.insertSheet("Temp");
    sheet.addDeveloperMetadata("owner", "addon");
    ss.deleteSheet(sheet);
    expect(ss.createDeveloperMetadataFinder().withKey("owner").find()).toEqual([]);
  });

  test("a sheet finder sees only that sheet's metadata", () => {
    const ss = createEmulator().spreadsheet;
    const a = ss.insertSheet("A");
    ss.insertSheet("B").addDeveloperMetadata("k", "b");
    a.addDeveloperMetadata("k", "a");
    expect(a.createDeveloperMetadataFinder().withKey("k").find().map((entry) => entry.getValue())).toEqual(["a"]);
    expect(a.getDeveloperMetadata()).toHaveLength(1);
  });

  test("setValue and remove change the stored metadata", () => {
    const ss = createEmulator().spreadsheet;
    ss.addDeveloperMetadata("k", "1");
    const [entry] = ss.getDeveloperMetadata();
    entry.setValue("2");
    expect(ss.createDeveloperMetadataFinder().withValue("2").find()).toHaveLength(1);
    entry.remove();
    expect(ss.getDeveloperMetadata()).toEqual([]);
  });
});

describe("protections", () => {
  test("sheet protection keeps description and warning flag", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    sheet.protect().setDescription("Công thức").setWarningOnly(true);
    const [protection] = sheet.getProtections(emu.spreadsheetApp.ProtectionType.SHEET);
    expect(protection.getDescription()).toBe("Công thức");
    expect(protection.isWarningOnly()).toBe(true);
    expect(protection.getRange().getA1Notation()).toBe("A1:Z1000");
  });

  test("range protections are listed by type and removed", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    sheet.getRange("K2:M20").protect().setWarningOnly(true);
    const ranges = sheet.getProtections(emu.spreadsheetApp.ProtectionType.RANGE);
    expect(ranges.map((protection) => protection.getRange().getA1Notation())).toEqual(["K2:M20"]);
    expect(sheet.getProtections(emu.spreadsheetApp.ProtectionType.SHEET)).toEqual([]);
    ranges[0].remove();
    expect(sheet.getProtections(emu.spreadsheetApp.ProtectionType.RANGE)).toEqual([]);
  });

  test("a sheet protection leaves unprotected ranges editable", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    const protection = sheet.protect().setUnprotectedRanges([sheet.getRange("B2"), sheet.getRange("D4:E5")]);
    expect(protection.getUnprotectedRanges().map((range) => range.getA1Notation())).toEqual(["B2", "D4:E5"]);
  });

  test("a range protection refuses unprotected ranges", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    const protection = sheet.getRange("A1:C3").protect();
    expect(() => protection.setUnprotectedRanges([sheet.getRange("B2")])).toThrow(/sheet protection/);
  });
});

describe("sheet settings", () => {
  test("frozen rows, column widths, tab colour and hiding are stored", () => {
    const ss = createEmulator().spreadsheet;
    const sheet = ss.insertSheet("KPI");
    sheet.setFrozenRows(3);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidths(2, 3, 180);
    sheet.setTabColor("#1a73e8");
    sheet.hideSheet();
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([3, 1]);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(4)]).toEqual([100, 180]);
    expect(sheet.getTabColor()).toBe("#1a73e8");
    expect(sheet.isSheetHidden()).toBe(true);
  });

  test("hiding the only visible sheet throws", () => {
    const ss = createEmulator().spreadsheet;
    expect(() => ss.getSheets()[0].hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });

  test("showSheet makes a hidden sheet visible again", () => {
    const ss = createEmulator().spreadsheet;
    const sheet = ss.insertSheet("KPI");
    sheet.hideSheet();
    expect(sheet.showSheet().isSheetHidden()).toBe(false);
    expect(ss.getSheets()[0].hideSheet().isSheetHidden()).toBe(true);
  });
});

describe("active sheet and tab order", () => {
  function threeSheets() {
    const emu = createEmulator({ spreadsheetLocale: "en_US" });
    const ss = emu.spreadsheet;
    ss.insertSheet("B");
    ss.insertSheet("C");
    return { emu, ss };
  }
  const names = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => ss.getSheets().map((sheet) => sheet.getName());

  test("setActiveSheet changes the active sheet and returns it", () => {
    const { ss } = threeSheets();
    const first = ss.getSheetByName("Sheet1")!;
    expect(ss.setActiveSheet(first).getName()).toBe("Sheet1");
    expect(ss.getActiveSheet().getName()).toBe("Sheet1");
  });

  test("setActiveSheet of a deleted sheet throws", () => {
    const { ss } = threeSheets();
    const b = ss.getSheetByName("B")!;
    ss.deleteSheet(b);
    expect(() => ss.setActiveSheet(b)).toThrow("The sheet has been deleted.");
  });

  test("moveActiveSheet moves the active tab to a 1-based position", () => {
    const { ss } = threeSheets();
    ss.setActiveSheet(ss.getSheetByName("C")!);
    ss.moveActiveSheet(1);
    expect(names(ss)).toEqual(["C", "Sheet1", "B"]);
    expect(ss.getSheetByName("C")!.getIndex()).toBe(1);
    ss.moveActiveSheet(3);
    expect(names(ss)).toEqual(["Sheet1", "B", "C"]);
    expect(ss.getActiveSheet().getName()).toBe("C");
  });

  test("moveActiveSheet rejects positions outside 1 to the sheet count", () => {
    const { ss } = threeSheets();
    expect(() => ss.moveActiveSheet(0)).toThrow("The sheet position 0 is out of range: use 1 to 3.");
    expect(() => ss.moveActiveSheet(4)).toThrow("The sheet position 4 is out of range: use 1 to 3.");
    expect(names(ss)).toEqual(["Sheet1", "B", "C"]);
  });

  test("formulas follow their sheets after a move", () => {
    const { ss } = threeSheets();
    ss.getSheetByName("B")!.getRange("A1").setValue(7);
    const c = ss.getSheetByName("C")!;
    c.getRange("A1").setFormula("=B!A1*2");
    expect(c.getRange("A1").getValue()).toBe(14);
    ss.setActiveSheet(c);
    ss.moveActiveSheet(1);
    ss.getSheetByName("B")!.getRange("A1").setValue(8);
    expect(c.getRange("A1").getValue()).toBe(16);
  });

  test("a script's tab calls are counted", () => {
    const { emu } = threeSheets();
    emu.setScript("function toFront() { var ss = SpreadsheetApp.getActive(); ss.setActiveSheet(ss.getSheetByName('C')); ss.moveActiveSheet(1); }");
    emu.run("toFront");
    expect(emu.calls["Spreadsheet.setActiveSheet"]).toBe(1);
    expect(emu.calls["Spreadsheet.moveActiveSheet"]).toBe(1);
    expect(names(emu.spreadsheet)[0]).toBe("C");
  });
});

describe("conditional format rules", () => {
  test("getConditionalFormatRules returns copies in the set order", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    const range = sheet.getRange("L2:L50");
    const app = emu.spreadsheetApp;
    const rules = [
      app.newConditionalFormatRule().whenTextEqualTo("Đạt").setBackground("#B7E1CD").setRanges([range]).build(),
      app.newConditionalFormatRule().whenFormulaSatisfied("=$K2<0.7").setFontColor("#cc0000").setBold(true).setRanges([range]).build(),
    ];
    sheet.setConditionalFormatRules(rules);
    const read = sheet.getConditionalFormatRules();
    expect(read).toHaveLength(2);
    expect(read[0]).not.toBe(rules[0]);
    const first = read[0].getBooleanCondition()!;
    expect(String(first.getCriteriaType())).toBe("TEXT_EQUAL_TO");
    expect(first.getCriteriaValues()).toEqual(["Đạt"]);
    expect(first.getBackground()).toBe("#b7e1cd");
    expect(read[0].getRanges().map((r) => r.getA1Notation())).toEqual(["L2:L50"]);
    const second = read[1].getBooleanCondition()!;
    expect(String(second.getCriteriaType())).toBe("CUSTOM_FORMULA");
    expect(second.getFontColor()).toBe("#cc0000");
    expect(second.getBold()).toBe(true);
  });
});
