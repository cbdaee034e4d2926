import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { Emulator } from "../../emulator";
import { readDist } from "../bundle/addon";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Starts Debian's Chromium headless with a fresh profile and every background service off, so it
 * never reaches for the network.
 */
export async function launchChromium(): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "kpi-sidebar-profile-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 300, height: 900 },
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Runs in the page before the sidebar's own script: a google.script.run stand-in whose calls go
// to the built add-on in the emulator, as JSON both ways, like the real bridge.
const STAND_IN = `
(() => {
  function runner(onSuccess, onFailure) {
    return new Proxy({}, {
      get(_target, name) {
        if (name === "withSuccessHandler") return (handler) => runner(handler, onFailure);
        if (name === "withFailureHandler") return (handler) => runner(onSuccess, handler);
        if (name === "withUserObject") return () => runner(onSuccess, onFailure);
        return (...args) => {
          window.__callServer(String(name), JSON.stringify(args)).then((reply) => {
            const outcome = JSON.parse(reply);
            if (outcome.ok) { if (onSuccess) onSuccess(outcome.value); }
            else if (onFailure) onFailure(new Error(outcome.message));
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();
`;

const SIDEBAR_URL = "http://127.0.0.1/sidebar.html";

export interface SidebarOptions {
  /**
   * Runs before each server call reaches the emulator. The call waits until the returned promise
   * resolves, which lets a test hold it. A rejected promise leaves the sidebar's call unanswered.
   */
  beforeCall?: (endpoint: string) => Promise<void> | void;
}

/** Opens dist/Sidebar.html in a page whose server calls run in the emulator. */
export async function openSidebar(browser: BrowserContext, emulator: Emulator, options: SidebarOptions = {}): Promise<Page> {
  const page = await browser.newPage();
  // The sidebar is served from memory at a loopback address; any other request is a bug, so it fails.
  await page.route("**/*", (route) =>
    route.request().url() === SIDEBAR_URL
      ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: readDist("Sidebar.html") })
      : route.abort(),
  );
  await page.exposeFunction("__callServer", async (name: string, args: string) => {
    await options.beforeCall?.(name);
    try {
      return JSON.stringify({ ok: true, value: emulator.run(name, JSON.parse(args)) ?? null });
    } catch (error) {
      return JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });
  await page.addInitScript(STAND_IN);
  await page.goto(SIDEBAR_URL, { waitUntil: "load" });
  return page;
}
