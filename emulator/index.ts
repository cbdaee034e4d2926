/**
 * In-memory Apps Script emulator for running the built add-on (dist/Code.js) in tests and the demo.
 *
 * API:
 *   const emu = createEmulator({ spreadsheetLocale: "vi_VN", timeZone: "Asia/Ho_Chi_Minh", userLocale: "vi",
 *                                name: "KPI 2026", htmlDir: "dist", addonName: "KPI & BSC" });
 *   emu.spreadsheet                      the Spreadsheet that SpreadsheetApp.getActive() returns; calls made
 *                                        through it by tests are neither counted nor restricted by auth mode
 *   emu.spreadsheetApp                   SpreadsheetApp with the same test access, for builders and enums
 *   emu.charts                           the Charts service, for its enums (Charts.ChartType.BAR...)
 *   emu.setScript(source, filename?)     the script that run() and runTrigger() evaluate and formulas call
 *   emu.loadScript(source, { authMode?, filename? }) => { context, call(name, ...args), names() }
 *                                        one vm context, the script evaluated once; each call() is one
 *                                        execution whose locks are released when it returns
 *   emu.run(name, args?, { authMode? })  a fresh context per call: evaluate the script, call the function,
 *                                        return its result (host values)
 *   emu.runTrigger(name, authMode)       the same with the event object { authMode, source } of onOpen/onInstall
 *   emu.calls / emu.resetCalls() / emu.totalCalls()   call counts keyed "Range.setValues", "Session.getActiveUserLocale"...
 *   emu.failOn("Range.setValues", { afterCalls: 2, message?, times? })   the next call(s) after 2 throw
 *   emu.ui                               menus, sidebars and dialogs, alerts (alertResponses sets their replies), toasts
 *   emu.lock.holdDocumentLock({ releaseAfterMs? }) / holdScriptLock / holdUserLock / release() / elapsedMs
 *   emu.properties.user | document | script     the PropertiesService stores as Maps
 *   emu.logs                             Logger and console lines
 *   emu.notEmulated                      every Not emulated error raised, even those a script caught
 *   emu.setNow(date)                     the clock used for dates typed without a year
 *   await emu.importXlsx(path) / await emu.exportXlsx(path) / emu.importCsv(path, tabName?)
 *
 * Anything the emulator does not implement throws `Not emulated: Class.method`.
 */
import { CallLog, FailureOptions } from "./calls";
import { AuthMode } from "./auth";
import { NotEmulatedError } from "./errors";
import { AuthModeEnum } from "./enums";
import { LockKind, LockTable } from "./lock";
import { LogEntry, LogStore } from "./logging";
import { SheetModel, WorkbookModel } from "./model";
import { PropertyStores } from "./properties";
import { ExecutionScope, ServiceOptions } from "./scope";
import { SpreadsheetApp } from "./spreadsheet-app";
import { SpreadsheetState } from "./state";
import { spreadsheetView } from "./spreadsheet";
import { localeInfo } from "./locale";
import { UiLog } from "./ui-log";
import { LoadedScript, LoadOptions, ScriptRuntime } from "./vm";
import { exportXlsx, importXlsx } from "./xlsx";
import { importCsv } from "./csv";
import { Charts } from "./charts";

export type { AuthMode } from "./auth";
export type { LoadedScript, LoadOptions } from "./vm";
export type { FailureOptions } from "./calls";
export type { RecordedMenu, RecordedHtml, RecordedAlert, RecordedToast, MenuEntry } from "./ui-log";
export { NotEmulatedError } from "./errors";

export interface EmulatorOptions {
  /** Spreadsheet locale: vi_VN (default), en_US, en_GB, de_DE or fr_FR. */
  readonly spreadsheetLocale?: string;
  /** Spreadsheet time zone (default Asia/Ho_Chi_Minh). */
  readonly timeZone?: string;
  /** User locale for Session.getActiveUserLocale (default: the language of the spreadsheet locale). */
  readonly userLocale?: string;
  /** Script project time zone (default: the spreadsheet's). */
  readonly scriptTimeZone?: string;
  /** Spreadsheet name (default "Untitled spreadsheet"). */
  readonly name?: string;
  /** Folder of the HTML files for HtmlService (default "dist"). */
  readonly htmlDir?: string;
  /** Title of the add-on menu (default "Add-on"). */
  readonly addonName?: string;
  readonly userEmail?: string;
  readonly spreadsheetId?: string;
}

export interface LockControl {
  /** Makes another process hold the document lock, for ever or until `releaseAfterMs` of emulated time. */
  holdDocumentLock(options?: { releaseAfterMs?: number }): void;
  holdScriptLock(options?: { releaseAfterMs?: number }): void;
  holdUserLock(options?: { releaseAfterMs?: number }): void;
  /** Releases every lock held by the other process. */
  release(): void;
  isHeld(kind: LockKind): boolean;
  /** Emulated milliseconds spent waiting in tryLock, waitLock and Utilities.sleep. */
  readonly elapsedMs: number;
}

export class Emulator {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly charts: GoogleAppsScript.Charts.Charts;
  readonly ui: UiLog;
  readonly lock: LockControl;
  readonly properties = new PropertyStores();
  readonly notEmulated: NotEmulatedError[] = [];
  private readonly callLog = new CallLog();
  private readonly logStore = new LogStore();
  private readonly locks = new LockTable();
  private readonly state: SpreadsheetState;
  private readonly runtime: ScriptRuntime;
  private script: { source: string; filename?: string; explicit: boolean } | undefined;

  constructor(options: EmulatorOptions = {}) {
    const locale = options.spreadsheetLocale ?? "vi_VN";
    const timeZone = options.timeZone ?? "Asia/Ho_Chi_Minh";
    const workbook = new WorkbookModel({
      id: options.spreadsheetId ?? "1EmulatedSpreadsheet0000000000000000000000000",
      name: options.name ?? "Untitled spreadsheet",
      locale,
      timeZone,
    });
    workbook.sheets.push(new SheetModel(`${localeInfo(locale).sheetNamePrefix}1`, workbook.newGid()));
    this.state = new SpreadsheetState(workbook);
    this.ui = this.state.ui;

    const serviceOptions: ServiceOptions = {
      htmlDir: options.htmlDir ?? "dist",
      userLocale: options.userLocale ?? locale.split("_")[0],
      scriptTimeZone: options.scriptTimeZone ?? timeZone,
      userEmail: options.userEmail ?? "user@example.com",
      addonName: options.addonName ?? "Add-on",
    };
    this.runtime = new ScriptRuntime({
      state: this.state,
      calls: this.callLog,
      locks: this.locks,
      properties: this.properties,
      logs: this.logStore,
      options: serviceOptions,
      notEmulated: this.notEmulated,
    });
    const hostFacade = this.runtime.hostFacade();
    this.spreadsheet = hostFacade.wrap(spreadsheetView(this.state));
    const hostScope: ExecutionScope = {
      execution: hostFacade.execution,
      state: this.state,
      locks: this.locks,
      properties: this.properties,
      logs: this.logStore,
      options: serviceOptions,
    };
    this.spreadsheetApp = hostFacade.wrap(new SpreadsheetApp(hostScope));
    this.charts = hostFacade.wrap(new Charts());
    this.lock = this.createLockControl();
  }

  private createLockControl(): LockControl {
    const locks = this.locks;
    const kinds: LockKind[] = ["document", "script", "user"];
    return {
      holdDocumentLock: (options) => locks.holdByOtherProcess("document", options?.releaseAfterMs),
      holdScriptLock: (options) => locks.holdByOtherProcess("script", options?.releaseAfterMs),
      holdUserLock: (options) => locks.holdByOtherProcess("user", options?.releaseAfterMs),
      release: () => kinds.forEach((kind) => locks.releaseOtherProcess(kind)),
      isHeld: (kind) => locks.isHeld(kind),
      get elapsedMs() {
        return locks.clockMs;
      },
    };
  }

  get calls(): Readonly<Record<string, number>> {
    return this.callLog.counts;
  }

  resetCalls(): void {
    this.callLog.reset();
  }

  totalCalls(): number {
    return this.callLog.total();
  }

  failOn(key: string, options: FailureOptions): void {
    this.callLog.failOn(key, options);
  }

  clearFailures(): void {
    this.callLog.clearFailures();
  }

  get logs(): readonly LogEntry[] {
    return this.logStore.entries;
  }

  setNow(date: Date): void {
    this.state.now = () => new Date(date.getTime());
  }

  /** Sets the script that run() evaluates; formulas then call its top-level functions. */
  setScript(source: string, filename?: string): void {
    this.script = { source, filename, explicit: true };
    this.state.engine.setHost(this.runtime.customFunctionHost(source, filename));
  }

  /** Evaluates a script once in a new context. Formulas call its functions unless setScript was used. */
  loadScript(source: string, options: LoadOptions = {}): LoadedScript {
    const loaded = this.runtime.load(source, options);
    if (!this.script?.explicit) {
      this.script = { source, filename: options.filename, explicit: false };
      this.state.engine.setHost(this.runtime.customFunctionHost(source, options.filename));
    }
    return { context: loaded.context, call: loaded.call, names: loaded.names };
  }

  private requireScript(): { source: string; filename?: string } {
    if (!this.script) throw new Error("No script to run: call emu.setScript(source) first.");
    return this.script;
  }

  /** Runs one execution as Apps Script does: a fresh context, the script evaluated, the function called. */
  run(name: string, args: readonly unknown[] = [], options: { authMode?: AuthMode } = {}): unknown {
    const { source, filename } = this.requireScript();
    return this.runtime.load(source, { authMode: options.authMode, filename }).call(name, ...args);
  }

  /**
   * Runs a simple trigger such as onOpen or onInstall with its event object: `authMode` (a
   * ScriptApp.AuthMode value) and, outside AuthMode.NONE, `source` (the spreadsheet).
   */
  runTrigger(name: string, authMode: AuthMode): unknown {
    const { source, filename } = this.requireScript();
    const loaded = this.runtime.load(source, { authMode, filename });
    const event: Record<string, unknown> = { authMode: AuthModeEnum.value(authMode) };
    if (authMode !== "NONE") event.source = loaded.facade.wrap(spreadsheetView(this.state));
    return loaded.call(name, event);
  }

  /** Replaces every sheet with the workbook's sheets. */
  async importXlsx(path: string): Promise<void> {
    await importXlsx(this.state, path);
  }

  async exportXlsx(path: string): Promise<void> {
    await exportXlsx(this.state, path);
  }

  /** Adds a tab with the file's rows, named `tabName` or the file's base name, and makes it active. */
  importCsv(path: string, tabName?: string): GoogleAppsScript.Spreadsheet.Sheet {
    const model = importCsv(this.state, path, tabName);
    return this.spreadsheet.getSheetById(model.gid) as GoogleAppsScript.Spreadsheet.Sheet;
  }
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}
