import { CUSTOM_FUNCTION_DOCS, ENTRY_POINTS } from "../../src/public-api";
import { createEmulator } from "../../emulator";
import { DIST, loadAddon, readDist } from "./addon";

const code = readDist("Code.js");
const publicNames = [...CUSTOM_FUNCTION_DOCS.map((doc) => doc.name), ...ENTRY_POINTS.map((entry) => entry.name)];

describe("loading dist/Code.js as Apps Script does", () => {
  const emulator = createEmulator({ htmlDir: DIST });
  const script = emulator.loadScript(code, { filename: "Code.js" });

  test("makes no service call", () => {
    expect(emulator.totalCalls()).toBe(0);
  });

  test.each(publicNames)("%s is a top-level function", (name) => {
    expect(script.names()).toContain(name);
    expect(typeof (script.context as Record<string, unknown>)[name]).toBe("function");
  });

  test("declares each public name with a function declaration", () => {
    for (const name of publicNames) expect(code).toMatch(new RegExp(`^function ${name}\\(`, "m"));
  });
});

describe("custom function declarations", () => {
  test.each(CUSTOM_FUNCTION_DOCS.map((doc) => [doc.name, doc] as const))("%s carries @customfunction and named parameters", (name, doc) => {
    const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(([^)]*)\\)`).exec(code);
    expect(match).not.toBeNull();
    const [, jsdoc, params] = match as RegExpExecArray;
    expect(jsdoc).toContain("@customfunction");
    expect(params.split(",").map((param) => param.trim())).toEqual(doc.params.map((param) => param.name));
    for (const param of doc.params) expect(jsdoc).toMatch(new RegExp(`@param \\{[^}]+\\} ${param.name} \\S`));
  });
});

describe("a custom-function call", () => {
  test("does not load the app bundle or any service for plain numbers", () => {
    const emulator = loadAddon({ language: "vi" });
    emulator.resetCalls();
    expect(emulator.run("KPI_SCORE", [80, 100])).toBe(0.8);
    expect(emulator.totalCalls()).toBe(0);
  });
});

describe("menu commands and sidebar endpoints", () => {
  test("load App.html on demand and run", () => {
    const emulator = loadAddon({ language: "vi" });
    emulator.resetCalls();
    const result = emulator.run("getScorecardResult", []) as { groups: unknown[] };
    expect(result.groups).toHaveLength(4);
    expect(emulator.calls["HtmlService.createTemplateFromFile"]).toBe(1);
  });
});

describe("onOpen", () => {
  test.each([
    ["vi", ["Tạo tab KPI…", "Lập thẻ điểm cân bằng (BSC)", "Hướng dẫn"]],
    ["en", ["Create KPI tabs…", "Build Balanced Scorecard", "Help"]],
  ] as const)("builds the add-on menu in AuthMode.NONE for a %s user", (language, captions) => {
    const emulator = createEmulator({ userLocale: language, htmlDir: DIST });
    emulator.setScript(code, "Code.js");
    emulator.resetCalls();
    emulator.runTrigger("onOpen", "NONE");
    expect(emulator.ui.menuItems()).toEqual([
      [captions[0], "showSidebar"],
      [captions[1], "buildScorecard"],
      [captions[2], "showHelp"],
    ]);
    expect(emulator.notEmulated).toEqual([]);
    const services = Object.keys(emulator.calls).map((key) => key.split(".")[0]);
    expect(new Set(services)).toEqual(new Set(["Session", "SpreadsheetApp", "Ui", "Menu"]));
    expect(emulator.calls["SpreadsheetApp.getActiveSpreadsheet"]).toBeUndefined();
  });

  test.each(["vi", "en"] as const)("the %s help names every function", (language) => {
    const emulator = loadAddon({ language });
    emulator.run("showHelp", []);
    const help = emulator.ui.alerts.at(-1);
    for (const doc of CUSTOM_FUNCTION_DOCS) expect(help?.prompt).toContain(doc.name);
    expect(help?.prompt).toMatch(language === "vi" ? /kỳ báo cáo/ : /reporting period/);
  });

  test("onInstall builds the same menu", () => {
    const emulator = createEmulator({ userLocale: "vi", htmlDir: DIST });
    emulator.setScript(code, "Code.js");
    emulator.runTrigger("onInstall", "FULL");
    expect(emulator.ui.menuItems()).toHaveLength(3);
  });
});

describe("dist/", () => {
  test("the manifest asks only for the two sheet-only scopes, V8 and Vietnam's time zone", () => {
    const manifest = JSON.parse(readDist("appsscript.json"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
    ]);
    expect(manifest.dependencies).toBeUndefined();
  });

  test("Sidebar.html is one self-contained file", () => {
    const html = readDist("Sidebar.html");
    expect(html).toMatch(/<script>[\s\S]*google\.script\.run[\s\S]*<\/script>/);
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
  });
});
