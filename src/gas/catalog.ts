import { parseCatalog } from "../core/catalog/catalog";
import type { Catalog } from "../core/catalog/schema";

/** Name of the project file that carries the catalog as JSON (dist/Catalog.html). */
const CATALOG_FILE = "Catalog";

/**
 * Reads and validates the KPI catalog. It lives in an HTML file of the project rather than in
 * Code.js because Apps Script evaluates every script file on every custom-function call, while
 * HTML files are read only when asked for.
 */
export function loadCatalog(): Catalog {
  const text = HtmlService.createTemplateFromFile(CATALOG_FILE).getRawContent();
  return parseCatalog(JSON.parse(text));
}
