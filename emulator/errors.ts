/**
 * Errors the emulator raises. Apps Script reports service failures as `Exception: message`, so
 * AppsScriptError carries the name "Exception"; the facade re-creates it in the script's realm.
 */

export class AppsScriptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Exception";
  }
}

/** Raised for any Apps Script feature the emulator does not implement, so no call silently does nothing. */
export class NotEmulatedError extends Error {
  constructor(readonly feature: string) {
    super(`Not emulated: ${feature}`);
    this.name = "NotEmulatedError";
  }
}

export function notEmulated(feature: string): never {
  throw new NotEmulatedError(feature);
}

export function fail(message: string): never {
  throw new AppsScriptError(message);
}

/** Throws Apps Script's message for arguments that match no overload of a method. */
export function failSignature(className: string, method: string, args: readonly unknown[]): never {
  const types = args.map(describeType).join(",");
  fail(`The parameters (${types}) don't match the method signature for ${qualifiedName(className)}.${method}.`);
}

const SERVICE_OF_CLASS: Record<string, string> = {
  Lock: "LockService",
  Properties: "PropertiesService",
  HtmlOutput: "HtmlService",
  HtmlTemplate: "HtmlService",
  ChartOptions: "Charts",
  Menu: "Base",
  Ui: "Base",
};

/** Returns the name Apps Script uses in messages, such as "SpreadsheetApp.Range". */
function qualifiedName(className: string): string {
  if (/^(Utilities|Session|ScriptApp|LockService|PropertiesService|HtmlService|SpreadsheetApp)$/.test(className)) return className;
  return `${SERVICE_OF_CLASS[className] ?? "SpreadsheetApp"}.${className}`;
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "Object[]";
  if (typeof value === "number") return "number";
  if (typeof value === "string") return "String";
  if (typeof value === "boolean") return "Boolean";
  return "Object";
}
