import { readFileSync } from "node:fs";
import path from "node:path";
import { createEmulator, type Emulator } from "../../emulator";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");

/** Spreadsheet locale of each language the demo runs in. */
export const LOCALES = { vi: "vi_VN", en: "en_US" } as const;

/**
 * Creates an emulated spreadsheet with the built add-on (dist/Code.js) installed and its menu
 * added, as a user who just opened the file would have it.
 */
export function loadAddon(options: { language: "vi" | "en"; name?: string }): Emulator {
  const emulator = createEmulator({
    spreadsheetLocale: LOCALES[options.language],
    userLocale: options.language,
    timeZone: "Asia/Ho_Chi_Minh",
    name: options.name,
    htmlDir: DIST,
  });
  emulator.setScript(readFileSync(path.join(DIST, "Code.js"), "utf8"), "Code.js");
  emulator.runTrigger("onOpen", "NONE");
  return emulator;
}
