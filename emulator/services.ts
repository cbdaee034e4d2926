/** The global objects of a script in one execution: the emulated services, behind the facade. */
import { Facade } from "./facade";
import { ExecutionScope } from "./scope";
import { SpreadsheetApp } from "./spreadsheet-app";
import { HtmlService } from "./html";
import { LockService } from "./lock";
import { PropertiesService } from "./properties";
import { ScriptApp, Session } from "./session";
import { Utilities } from "./utilities";
import { Console, Logger } from "./logging";
import { Charts } from "./charts";

export const SERVICE_NAMES = [
  "SpreadsheetApp",
  "HtmlService",
  "LockService",
  "PropertiesService",
  "Session",
  "ScriptApp",
  "Utilities",
  "Charts",
  "Logger",
  "console",
] as const;

export function createServiceGlobals(scope: ExecutionScope, facade: Facade): Record<(typeof SERVICE_NAMES)[number], unknown> {
  return {
    SpreadsheetApp: facade.wrap(new SpreadsheetApp(scope)),
    HtmlService: facade.wrap(new HtmlService(scope)),
    LockService: facade.wrap(new LockService(scope)),
    PropertiesService: facade.wrap(new PropertiesService(scope)),
    Session: facade.wrap(new Session(scope)),
    ScriptApp: facade.wrap(new ScriptApp()),
    Utilities: facade.wrap(new Utilities(scope)),
    Charts: facade.wrap(new Charts()),
    Logger: facade.wrap(new Logger(scope.logs)),
    console: facade.wrap(new Console(scope.logs)),
  };
}
