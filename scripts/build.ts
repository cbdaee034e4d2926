/**
 * Builds dist/ for clasp: Code.js (the server bundle plus one top-level stub per public name),
 * Sidebar.html (one self-contained file), Catalog.html (the validated KPI catalog as JSON) and
 * appsscript.json. Fails when a public name is missing, a stub lacks its JSDoc, or the sidebar
 * refers to anything outside itself.
 */
import { build } from "esbuild";
import { mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { parseCatalog } from "../src/core/catalog/catalog";
import { catalogFileSchema } from "../src/core/catalog/schema";
import { CUSTOM_FUNCTION_DOCS, ENTRY_POINTS } from "../src/public-api";
import { renderStubs, checkStubs } from "./stubs";

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const GLOBAL_NAME = "KpiBsc";

async function buildServer(): Promise<void> {
  const bundle = await build({
    entryPoints: [path.join(root, "src/main.ts")],
    bundle: true,
    format: "iife",
    globalName: GLOBAL_NAME,
    target: "es2019",
    platform: "neutral",
    mainFields: ["module", "main"],
    minify: true,
    charset: "utf8",
    legalComments: "none",
    write: false,
  });
  const code = bundle.outputFiles[0].text;

  const exported = Object.keys(evaluateExports(code));
  const publicNames = [...CUSTOM_FUNCTION_DOCS.map((doc) => doc.name), ...ENTRY_POINTS.map((entry) => entry.name)];
  const missing = publicNames.filter((name) => !exported.includes(name));
  const unlisted = exported.filter((name) => !publicNames.includes(name));
  if (missing.length || unlisted.length) {
    throw new Error(`src/main.ts exports and src/public-api.ts disagree. Missing: ${missing.join(", ") || "none"}; not listed: ${unlisted.join(", ") || "none"}`);
  }

  const stubs = renderStubs(GLOBAL_NAME, CUSTOM_FUNCTION_DOCS, ENTRY_POINTS);
  const output = `${code}\n${stubs}`;
  checkStubs(output, CUSTOM_FUNCTION_DOCS);
  writeFileSync(path.join(dist, "Code.js"), output);
}

// Loading the bundle must need no Apps Script service: an empty context proves it.
function evaluateExports(code: string): Record<string, unknown> {
  const context = vm.createContext({});
  vm.runInContext(`${code}\nthis.__exports = ${GLOBAL_NAME};`, context);
  return context.__exports as Record<string, unknown>;
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
  writeFileSync(path.join(dist, "Catalog.html"), JSON.stringify(catalog));
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
