/**
 * Builds dist/ for clasp: Code.js (custom functions and menu, plus one top-level stub per public
 * name), App.html (menu commands and sidebar endpoints, loaded by Code.js on demand), Sidebar.html
 * (one self-contained file), Catalog.html (the validated KPI catalog as JSON) and appsscript.json. Fails when a public name is missing, a stub lacks its JSDoc, or the sidebar
 * refers to anything outside itself.
 */
import { build, type BuildOptions } from "esbuild";
import { mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { parseCatalog } from "../src/core/catalog/catalog";
import { catalogFileSchema } from "../src/core/catalog/schema";
import { CUSTOM_FUNCTION_DOCS, ENTRY_POINTS } from "../src/public-api";
import { APP_GLOBAL } from "../src/gas/app-loader";
import { renderStubs, checkStubs } from "./stubs";

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const GLOBAL_NAME = "KpiBsc";

const SERVER_OPTIONS: BuildOptions = {
  bundle: true,
  format: "iife",
  target: "es2019",
  platform: "neutral",
  mainFields: ["module", "main"],
  minify: true,
  charset: "utf8",
  legalComments: "none",
  write: false,
};

async function bundle(entry: string, globalName: string): Promise<string> {
  const result = await build({ ...SERVER_OPTIONS, entryPoints: [path.join(root, entry)], globalName });
  return result.outputFiles![0].text;
}

function checkExports(file: string, code: string, globalName: string, expected: readonly string[]): void {
  const exported = Object.keys(evaluateExports(code, globalName));
  const missing = expected.filter((name) => !exported.includes(name));
  const unlisted = exported.filter((name) => !expected.includes(name));
  if (missing.length || unlisted.length) {
    throw new Error(
      `${file} exports and src/public-api.ts disagree. Missing: ${missing.join(", ") || "none"}; not listed: ${unlisted.join(", ") || "none"}`,
    );
  }
}

// Loading a bundle must need no Apps Script service: an empty context proves it.
function evaluateExports(code: string, globalName: string): Record<string, unknown> {
  const context = vm.createContext({});
  vm.runInContext(`${code}\nthis.__exports = ${globalName};`, context);
  return context.__exports as Record<string, unknown>;
}

async function buildServer(): Promise<void> {
  const code = await bundle("src/main.ts", GLOBAL_NAME);
  checkExports("src/main.ts", code, GLOBAL_NAME, [
    ...CUSTOM_FUNCTION_DOCS.map((doc) => doc.name),
    ...ENTRY_POINTS.filter((entry) => entry.bundle === "code").map((entry) => entry.name),
    "app",
  ]);
  const output = `${code}\n${renderStubs(GLOBAL_NAME, CUSTOM_FUNCTION_DOCS, ENTRY_POINTS)}`;
  checkStubs(output, CUSTOM_FUNCTION_DOCS);
  writeFileSync(path.join(dist, "Code.js"), output);

  const app = await bundle("src/app.ts", APP_GLOBAL);
  checkExports("src/app.ts", app, APP_GLOBAL, ENTRY_POINTS.filter((entry) => entry.bundle === "app").map((entry) => entry.name));
  writeHtmlResource("App.html", app);
}

/**
 * Writes a file that Apps Script stores as HTML and the server reads back with getRawContent.
 * Template markers would make HtmlService treat the text as a template, so they are refused.
 */
function writeHtmlResource(name: string, text: string): void {
  if (text.includes("<?")) throw new Error(`dist/${name} must not contain "<?", which HtmlService reads as a scriptlet`);
  writeFileSync(path.join(dist, name), text);
}

function buildCatalog(): void {
  const dir = path.join(root, "templates");
  const groups = ["stages", "departments"].flatMap((folder) =>
    readdirSync(path.join(dir, folder))
      .filter((file) => file.endsWith(".json"))
      .sort()
      .map((file) => {
        const where = `templates/${folder}/${file}`;
        const parsed = catalogFileSchema().safeParse(JSON.parse(readFileSync(path.join(dir, folder, file), "utf8")));
        if (!parsed.success) throw new Error(`${where} is invalid: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
        return parsed.data;
      }),
  );
  const catalog = parseCatalog({ version: 1, groups });
  writeHtmlResource("Catalog.html", JSON.stringify(catalog));
}

async function buildSidebar(): Promise<void> {
  const script = await build({
    entryPoints: [path.join(root, "sidebar/main.ts")],
    bundle: true,
    format: "iife",
    target: "es2019",
    platform: "browser",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    write: false,
  });
  const js = script.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
  const css = readFileSync(path.join(root, "sidebar/styles.css"), "utf8");
  const html = readFileSync(path.join(root, "sidebar/index.html"), "utf8")
    .replace("/* STYLES */", () => css)
    .replace("/* SCRIPT */", () => js);

  const external = /\b(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?\/\/|@import|url\(\s*["']?\s*(?:https?:)?\/\//i.exec(html);
  if (external) throw new Error(`dist/Sidebar.html must be self-contained but refers outside: "${external[0]}"`);
  writeFileSync(path.join(dist, "Sidebar.html"), html);
}

async function main(): Promise<void> {
  mkdirSync(dist, { recursive: true });
  buildCatalog();
  await buildServer();
  await buildSidebar();
  copyFileSync(path.join(root, "appsscript.json"), path.join(dist, "appsscript.json"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
