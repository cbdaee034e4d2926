import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createEmulator } from "../../emulator";

function emulatorWith(script: string, options: Parameters<typeof createEmulator>[0] = {}) {
  const emu = createEmulator(options);
  emu.setScript(script);
  return emu;
}

describe("auth mode NONE", () => {
  const script = `
    function onOpen(e) {
      var menu = SpreadsheetApp.getUi().createAddonMenu();
      menu.addItem(Session.getActiveUserLocale() === "vi" ? "Tạo thẻ điểm" : "Build scorecard", "buildScorecard");
      menu.addSeparator();
      menu.addItem("Sidebar", "showSidebar");
      menu.addToUi();
      return String(e.authMode) + ":" + ("source" in e);
    }
    function readLocale() { return SpreadsheetApp.getActive().getSpreadsheetLocale(); }
    function readProperty() { return PropertiesService.getDocumentProperties().getProperty("x"); }
  `;

  test("menus and the user locale work", () => {
    const emu = emulatorWith(script, { userLocale: "vi", addonName: "KPI & BSC" });
    expect(emu.runTrigger("onOpen", "NONE")).toBe("NONE:false");
    expect(emu.ui.menus[0].title).toBe("KPI & BSC");
    expect(emu.ui.menuItems()).toEqual([["Tạo thẻ điểm", "buildScorecard"], ["Sidebar", "showSidebar"]]);
    expect(emu.ui.menus[0].entries[1]).toEqual({ kind: "separator" });
  });

  test("the spreadsheet is out of reach", () => {
    const emu = emulatorWith(script);
    expect(() => emu.run("readLocale", [], { authMode: "NONE" })).toThrow("You do not have permission to call SpreadsheetApp.getActive.");
  });

  test("properties are out of reach", () => {
    const emu = emulatorWith(script);
    expect(() => emu.run("readProperty", [], { authMode: "NONE" })).toThrow("You do not have permission to call PropertiesService.getDocumentProperties");
  });

  test("LIMITED gives the event a source", () => {
    const emu = emulatorWith(script);
    expect(emu.runTrigger("onOpen", "LIMITED")).toBe("LIMITED:true");
  });
});

describe("auth mode CUSTOM_FUNCTION", () => {
  const script = `
    function read() { return SpreadsheetApp.getActive().getSheets()[0].getRange("A1").getValue(); }
    function write() { SpreadsheetApp.getActive().getSheets()[0].getRange("A1").setValue(1); }
    function insert() { SpreadsheetApp.getActive().insertSheet("X"); }
    function ui() { SpreadsheetApp.getUi(); }
    function setProperty() { PropertiesService.getUserProperties().setProperty("a", "b"); }
    function metadata() { SpreadsheetApp.getActive().addDeveloperMetadata("k", "v"); }
  `;

  test("reads work", () => {
    const emu = emulatorWith(script);
    emu.spreadsheet.getSheets()[0].getRange("A1").setValue("x");
    expect(emu.run("read", [], { authMode: "CUSTOM_FUNCTION" })).toBe("x");
  });

  test.each([
    ["write", "You do not have permission to call Range.setValue"],
    ["insert", "You do not have permission to call Spreadsheet.insertSheet"],
    ["metadata", "You do not have permission to call Spreadsheet.addDeveloperMetadata"],
    ["setProperty", "You do not have permission to call Properties.setProperty"],
    ["ui", "Cannot call SpreadsheetApp.getUi() from this context."],
  ])("%s throws", (name, message) => {
    const emu = emulatorWith(script);
    expect(() => emu.run(name, [], { authMode: "CUSTOM_FUNCTION" })).toThrow(message);
  });
});

describe("Ui", () => {
  const script = `
    function showSidebar() {
      var html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("KPI").setWidth(300);
      SpreadsheetApp.getUi().showSidebar(html);
    }
    function ask() {
      var ui = SpreadsheetApp.getUi();
      return String(ui.alert("Xác nhận", "Ghi đè?", ui.ButtonSet.YES_NO));
    }
    function toast() { SpreadsheetApp.getActive().toast("Xong", "KPI", 3); }
  `;

  function emulatorWithHtml() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "emu-html-"));
    fs.writeFileSync(path.join(dir, "Sidebar.html"), "<p>Xin chào</p>");
    return emulatorWith(script, { htmlDir: dir });
  }

  test("showSidebar records title and HTML", () => {
    const emu = emulatorWithHtml();
    emu.run("showSidebar");
    expect(emu.ui.sidebars).toEqual([{ kind: "sidebar", title: "KPI", content: "<p>Xin chào</p>", width: 300, height: undefined }]);
  });

  test("sidebars cannot open in LIMITED mode", () => {
    const emu = emulatorWithHtml();
    expect(() => emu.run("showSidebar", [], { authMode: "LIMITED" })).toThrow("You do not have permission to call Ui.showSidebar");
  });

  test("alerts are recorded and answered from the queue", () => {
    const emu = emulatorWith(script);
    expect(emu.run("ask")).toBe("YES");
    emu.ui.alertResponses.push("NO");
    expect(emu.run("ask")).toBe("NO");
    expect(emu.ui.alerts[0]).toEqual({ title: "Xác nhận", prompt: "Ghi đè?", buttons: "YES_NO" });
  });

  test("toasts are recorded", () => {
    const emu = emulatorWith(script);
    emu.run("toast");
    expect(emu.ui.toasts).toEqual([{ message: "Xong", title: "KPI", timeoutSeconds: 3 }]);
  });
});

describe("HtmlService", () => {
  test("a missing file throws", () => {
    const emu = emulatorWith('function f() { HtmlService.createHtmlOutputFromFile("Nope"); }', { htmlDir: os.tmpdir() });
    expect(() => emu.run("f")).toThrow("No HTML file named Nope was found.");
  });

  test("templates without scriptlets evaluate to their text", () => {
    const emu = emulatorWith('function f() { var t = HtmlService.createTemplate("<b>x</b>"); t.data = 1; return t.evaluate().getContent(); }');
    expect(emu.run("f")).toBe("<b>x</b>");
  });

  test("templates with scriptlets are not emulated", () => {
    const emu = emulatorWith('function f() { return HtmlService.createTemplate("<?= 1 ?>").evaluate(); }');
    expect(() => emu.run("f")).toThrow("Not emulated: HtmlTemplate.evaluate with scriptlets");
  });
});

describe("LockService", () => {
  const script = `
    function tryIt() { var lock = LockService.getDocumentLock(); return [lock.tryLock(5000), lock.hasLock()]; }
    function waitIt() { LockService.getDocumentLock().waitLock(10000); return "locked"; }
    function holdAndAlert() {
      var lock = LockService.getDocumentLock();
      lock.waitLock(1000);
      var before = lock.hasLock();
      SpreadsheetApp.getUi().alert("Hi");
      return [before, lock.hasLock()];
    }
  `;

  test("tryLock succeeds when nobody holds the lock", () => {
    expect(emulatorWith(script).run("tryIt")).toEqual([true, true]);
  });

  test("tryLock returns false after the timeout when another process holds the lock", () => {
    const emu = emulatorWith(script);
    emu.lock.holdDocumentLock();
    expect(emu.run("tryIt")).toEqual([false, false]);
    expect(emu.lock.elapsedMs).toBe(5000);
  });

  test("waitLock throws Apps Script's timeout message", () => {
    const emu = emulatorWith(script);
    emu.lock.holdDocumentLock();
    expect(() => emu.run("waitIt")).toThrow("Lock timeout: another process was holding the lock for too long.");
  });

  test("waitLock gets a lock released within the timeout", () => {
    const emu = emulatorWith(script);
    emu.lock.holdDocumentLock({ releaseAfterMs: 3000 });
    expect(emu.run("waitIt")).toBe("locked");
    expect(emu.lock.elapsedMs).toBe(3000);
  });

  test("an execution's locks are released when it ends", () => {
    const emu = emulatorWith(script);
    emu.run("tryIt");
    expect(emu.lock.isHeld("document")).toBe(false);
  });

  test("another execution cannot take a lock held by a running one", () => {
    const emu = createEmulator();
    const first = emu.loadScript(script);
    const firstLock = (first.context as { LockService: GoogleAppsScript.Lock.LockService }).LockService.getDocumentLock();
    expect(firstLock.tryLock(0)).toBe(true);
    const second = emu.loadScript(script);
    expect(second.call("tryIt")).toEqual([false, false]);
  });

  test("an alert releases the lock", () => {
    expect(emulatorWith(script).run("holdAndAlert")).toEqual([true, false]);
  });
});

describe("PropertiesService", () => {
  const script = `
    function save(key, value) { PropertiesService.getDocumentProperties().setProperty(key, value); }
    function load(key) { return PropertiesService.getDocumentProperties().getProperty(key); }
    function all() { PropertiesService.getUserProperties().setProperties({ a: 1, b: true }); return PropertiesService.getUserProperties().getProperties(); }
    function wipe() { PropertiesService.getUserProperties().deleteAllProperties(); return PropertiesService.getUserProperties().getKeys(); }
  `;

  test("values are stored as strings and kept between executions", () => {
    const emu = emulatorWith(script);
    emu.run("save", ["mapping", '{"a":1}']);
    expect(emu.run("load", ["mapping"])).toBe('{"a":1}');
    expect(emu.run("load", ["missing"])).toBeNull();
    expect(emu.run("all")).toEqual({ a: "1", b: "true" });
    expect(emu.run("wipe")).toEqual([]);
  });

  test("a value over 9 KB throws and leaves the store unchanged", () => {
    const emu = emulatorWith(script);
    expect(() => emu.run("save", ["big", "x".repeat(9 * 1024 + 1)])).toThrow("Argument too large");
    expect(emu.properties.document.has("big")).toBe(false);
    emu.run("save", ["fits", "x".repeat(9 * 1024)]);
    expect(emu.properties.document.get("fits")).toHaveLength(9 * 1024);
  });
});

describe("Session, Utilities and logging", () => {
  const script = `
    function info() { return [Session.getActiveUserLocale(), Session.getScriptTimeZone(), Session.getActiveUser().getEmail()]; }
    function format(iso) { return Utilities.formatDate(new Date(iso), "Asia/Ho_Chi_Minh", "yyyy-MM-dd HH:mm:ss EEE"); }
    function log() { Logger.log("Tổng %s", 3); console.warn("cảnh báo", { a: 1 }); return Logger.getLog(); }
  `;

  test("Session returns the configured locale, zone and a fake address", () => {
    const emu = emulatorWith(script, { userLocale: "vi", timeZone: "Asia/Ho_Chi_Minh" });
    expect(emu.run("info")).toEqual(["vi", "Asia/Ho_Chi_Minh", "user@example.com"]);
  });

  test("formatDate uses the given time zone", () => {
    expect(emulatorWith(script).run("format", ["2026-07-14T17:05:09Z"])).toBe("2026-07-15 00:05:09 Wed");
  });

  test("Logger and console lines are recorded", () => {
    const emu = emulatorWith(script);
    expect(emu.run("log")).toBe("Tổng 3\n");
    expect(emu.logs.map((entry) => `${entry.source}.${entry.level}: ${entry.message}`)).toEqual(["Logger.log: Tổng 3", "console.warn: cảnh báo { a: 1 }"]);
  });
});
