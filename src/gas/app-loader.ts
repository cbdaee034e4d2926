/** Name of the project file holding the app bundle (dist/App.html). */
const APP_FILE = "App";
/** Global name the app bundle's IIFE assigns to; the build uses the same name. */
export const APP_GLOBAL = "KpiBscApp";

let loaded: Record<string, (...args: unknown[]) => unknown> | undefined;

/**
 * Loads the app bundle on first use within an execution. Apps Script evaluates every script file
 * on each custom-function call, so the menu and sidebar code sits in an HTML file, which is read
 * only when asked for, and is evaluated here.
 */
export function app(): Record<string, (...args: unknown[]) => unknown> {
  if (!loaded) {
    const source = HtmlService.createTemplateFromFile(APP_FILE).getRawContent();
    loaded = new Function(`${source}\nreturn ${APP_GLOBAL};`)() as Record<string, (...args: unknown[]) => unknown>;
  }
  return loaded;
}
