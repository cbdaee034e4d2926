import { mkdirSync } from "node:fs";
import path from "node:path";
import type { SidebarModel } from "../../src/core/bridge/contract";
import { loadAddon } from "./load-addon";
import { demoInputError } from "./messages";

/**
 * Generates KPI tabs for every stage and department (or the listed group keys) through the
 * add-on's sidebar endpoint, and writes them to one workbook.
 */
export async function generateCatalog(options: { language: "vi" | "en"; groups: string; output: string; layout: "basic" | "full" }) {
  const emulator = loadAddon({ language: options.language, name: "KPI catalog" });
  const model = emulator.run("getSidebarModel", [{ language: options.language }]) as SidebarModel;
  const wanted = options.groups === "all" ? null : new Set(options.groups.split(",").map((key) => key.trim()));
  const groups = model.groups.filter((group) => wanted === null || wanted.has(group.key));
  if (wanted && groups.length !== wanted.size) {
    const known = model.groups.map((group) => group.key).join(", ");
    throw demoInputError(options.language, "option.generate", { value: options.groups, known });
  }

  const response = emulator.run("generateKpiTabs", [
    { language: options.language, groups: groups.map((group) => ({ kind: group.kind, key: group.key })), layout: options.layout },
  ]) as { created: { name: string }[] };

  // The new spreadsheet's first, empty tab is not part of the catalog.
  const [blank] = emulator.spreadsheet.getSheets();
  if (blank.getLastRow() === 0) emulator.spreadsheet.deleteSheet(blank);

  mkdirSync(path.dirname(path.resolve(options.output)), { recursive: true });
  await emulator.exportXlsx(options.output);
  return response.created.map((tab) => tab.name);
}
