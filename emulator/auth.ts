/**
 * Which emulated methods each authorization mode allows.
 *
 * - FULL (menu clicks, sidebar calls, onInstall): everything.
 * - LIMITED (onOpen of an add-on already used in this file): everything except showing sidebars and
 *   dialogs.
 * - NONE (onOpen of an add-on installed elsewhere but not used in this file): building menus,
 *   Session.getActiveUserLocale, Logger, console, Utilities and enum constants only.
 * - CUSTOM_FUNCTION: reads of the spreadsheet, builders, HtmlService output creation, reads of
 *   properties, locks, Session and Utilities. Writes to the spreadsheet and properties and any Ui
 *   call throw.
 */
import { fail } from "./errors";

export type AuthMode = "NONE" | "LIMITED" | "FULL" | "CUSTOM_FUNCTION";

export const AUTH_MODES: readonly AuthMode[] = ["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"];

const SPREADSHEET_SCOPE = "https://www.googleapis.com/auth/spreadsheets.currentonly";
const CONTAINER_UI_SCOPE = "https://www.googleapis.com/auth/script.container.ui";

const ALLOWED_IN_NONE = new Set([
  "SpreadsheetApp.getUi",
  "Ui.createAddonMenu",
  "Ui.createMenu",
  "Session.getActiveUserLocale",
]);

/** Classes whose every method works without authorization. */
const FREE_CLASSES = new Set(["Menu", "Logger", "console", "Utilities", "ScriptApp", "AuthorizationInfo"]);

/** Classes that hold spreadsheet state: in a custom function only their read methods work. */
const DOCUMENT_CLASSES = new Set([
  "Spreadsheet",
  "Sheet",
  "Range",
  "RangeList",
  "Protection",
  "DeveloperMetadata",
  "DeveloperMetadataLocation",
]);

const SHOWING_METHODS = new Set(["Ui.showSidebar", "Ui.showModalDialog", "Ui.showModelessDialog"]);

function isReadMethod(method: string): boolean {
  return /^(get|is|has|can|find|with|createDeveloperMetadataFinder|toString$)/.test(method);
}

function scopeFor(className: string, method: string): string | undefined {
  if (className === "Ui" || className === "HtmlService") return CONTAINER_UI_SCOPE;
  if (className === "PropertiesService" || className === "Properties" || className === "LockService") return undefined;
  if (className === "Session" && method.startsWith("getActiveUser")) return undefined;
  return SPREADSHEET_SCOPE;
}

function denyPermission(className: string, method: string): never {
  const scope = scopeFor(className, method);
  const required = scope ? ` Required permissions: ${scope}` : "";
  fail(`You do not have permission to call ${className}.${method}.${required}`);
}

/** Throws the error Apps Script gives when `className.method` is not allowed in `mode`. */
export function checkAccess(mode: AuthMode, className: string, method: string): void {
  if (mode === "FULL" || FREE_CLASSES.has(className) || className.includes(".")) return;
  const key = `${className}.${method}`;

  if (mode === "NONE") {
    if (!ALLOWED_IN_NONE.has(key)) denyPermission(className, method);
    return;
  }

  if (mode === "LIMITED") {
    if (SHOWING_METHODS.has(key)) denyPermission(className, method);
    return;
  }

  // CUSTOM_FUNCTION
  if (key === "SpreadsheetApp.getUi") fail("Cannot call SpreadsheetApp.getUi() from this context.");
  if (className === "Ui") fail("Cannot call SpreadsheetApp.getUi() from this context.");
  if (DOCUMENT_CLASSES.has(className) && !isReadMethod(method)) denyPermission(className, method);
  if (className === "Properties" && !isReadMethod(method)) denyPermission(className, method);
}
