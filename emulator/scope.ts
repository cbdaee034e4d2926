/** State that the services of one execution share with the rest of the emulator. */
import type { Execution } from "./facade";
import type { SpreadsheetState } from "./state";
import type { LockTable } from "./lock";
import type { PropertyStores } from "./properties";
import type { LogStore } from "./logging";

export interface ServiceOptions {
  /** Folder of the HTML files that HtmlService.createHtmlOutputFromFile reads. */
  readonly htmlDir: string;
  /** The value Session.getActiveUserLocale returns, such as "vi" or "en". */
  readonly userLocale: string;
  readonly scriptTimeZone: string;
  readonly userEmail: string;
  /** Title of the menu that Ui.createAddonMenu creates. */
  readonly addonName: string;
}

export interface ExecutionScope {
  readonly execution: Execution;
  readonly state: SpreadsheetState;
  readonly locks: LockTable;
  readonly properties: PropertyStores;
  readonly logs: LogStore;
  readonly options: ServiceOptions;
}
