/** Spreadsheet: the file, what SpreadsheetApp.getActive() returns. */
import { Emulated } from "./facade";
import { SheetModel } from "./model";
import { SpreadsheetState } from "./state";
import { fail, failSignature, notEmulated } from "./errors";
import { localeInfo } from "./locale";
import { checkSheetName, Sheet, sheetView } from "./sheet";
import { Range } from "./range";
import { DeveloperMetadata, DeveloperMetadataFinder, addMetadata } from "./metadata";
import { splitSheetReference } from "./a1";

const views = new WeakMap<SpreadsheetState, Spreadsheet>();

export function spreadsheetView(state: SpreadsheetState): Spreadsheet {
  let view = views.get(state);
  if (!view) {
    view = new Spreadsheet(state);
    views.set(state, view);
  }
  return view;
}

/** Adds a sheet at a 0-based index, as insertSheet and the importers do, and makes it active. */
export function addSheet(state: SpreadsheetState, name: string, index = state.workbook.sheets.length): SheetModel {
  const workbook = state.workbook;
  const model = new SheetModel(name, workbook.newGid());
  workbook.sheets.splice(index, 0, model);
  workbook.activeGid = model.gid;
  workbook.notifyStructure();
  return model;
}

export class Spreadsheet extends Emulated {
  readonly className = "Spreadsheet";

  constructor(private readonly state: SpreadsheetState) {
    super();
  }

  getId(): string {
    return this.state.workbook.settings.id;
  }
  getName(): string {
    return this.state.workbook.settings.name;
  }
  rename(newName: string): void {
    this.state.workbook.settings.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.getId()}/edit`;
  }

  getSheets(): Sheet[] {
    return this.state.workbook.sheets.map((model) => sheetView(this.state, model));
  }
  getNumSheets(): number {
    return this.state.workbook.sheets.length;
  }

  // NOTE: the lookup matches the exact name. Whether Apps Script ignores letter case here is not
  // confirmed, so the emulator takes the stricter assumption.
  getSheetByName(name: string): Sheet | null {
    const model = this.state.workbook.sheets.find((sheet) => sheet.name === name);
    return model ? sheetView(this.state, model) : null;
  }

  getSheetById(id: number): Sheet | null {
    const model = this.state.workbook.sheetByGid(id);
    return model ? sheetView(this.state, model) : null;
  }

  /** insertSheet(), (index), (name) and (name, index); the index is 0-based. Templates are not emulated. */
  insertSheet(...args: unknown[]): Sheet {
    if (args.some((arg) => typeof arg === "object" && arg !== null)) notEmulated("Spreadsheet.insertSheet with options");
    let name: string | undefined;
    let index: number | undefined;
    if (typeof args[0] === "string") {
      name = args[0];
      if (args[1] !== undefined) index = args[1] as number;
    } else if (typeof args[0] === "number") {
      index = args[0];
    } else if (args.length > 0) {
      failSignature("Spreadsheet", "insertSheet", args);
    }
    if (index !== undefined && (typeof index !== "number" || index < 0 || index > this.state.workbook.sheets.length)) {
      fail(`The sheet index ${String(index)} is out of range: use 0 to ${this.state.workbook.sheets.length}.`);
    }
    const sheetName = name === undefined ? this.nextDefaultName() : checkSheetName(this.state, name);
    return sheetView(this.state, addSheet(this.state, sheetName, index));
  }

  private nextDefaultName(): string {
    const prefix = this.state.locale.sheetNamePrefix;
    for (let n = 1; ; n++) if (!this.state.workbook.sheetByName(`${prefix}${n}`)) return `${prefix}${n}`;
  }

  /** Deletes a sheet with its metadata and protections; formulas naming it then read "#REF!". */
  deleteSheet(sheet: unknown): void {
    if (!(sheet instanceof Sheet)) failSignature("Spreadsheet", "deleteSheet", [sheet]);
    const workbook = this.state.workbook;
    const model = sheet.model;
    const index = workbook.sheets.indexOf(model);
    if (index < 0) fail("The sheet has been deleted.");
    if (workbook.sheets.length === 1) fail("You can't remove all the sheets in a document.");
    workbook.sheets.splice(index, 1);
    removeWhere(workbook.metadata, (spec) => spec.location.type === "SHEET" && spec.location.gid === model.gid);
    removeWhere(workbook.protections, (spec) => spec.gid === model.gid);
    if (workbook.activeGid === model.gid) workbook.activeGid = workbook.sheets[Math.max(0, index - 1)].gid;
    workbook.notifyStructure();
  }

  getActiveSheet(): Sheet {
    return sheetView(this.state, this.state.workbook.activeSheet());
  }
  /** Makes `sheet` the active sheet. The optional restoreSelection flag changes nothing, because the emulator has no selections. */
  setActiveSheet(sheet: unknown, restoreSelection?: unknown): Sheet {
    if (!(sheet instanceof Sheet)) failSignature("Spreadsheet", "setActiveSheet", [sheet, restoreSelection]);
    if (restoreSelection !== undefined && typeof restoreSelection !== "boolean") {
      failSignature("Spreadsheet", "setActiveSheet", [sheet, restoreSelection]);
    }
    if (!this.state.workbook.sheets.includes(sheet.model)) fail("The sheet has been deleted.");
    this.state.workbook.activeGid = sheet.model.gid;
    return sheet;
  }

  /** Moves the active sheet to a 1-based position among the tabs, shifting the others. */
  moveActiveSheet(position: unknown): void {
    const sheets = this.state.workbook.sheets;
    if (typeof position !== "number" || !Number.isInteger(position)) failSignature("Spreadsheet", "moveActiveSheet", [position]);
    if (position < 1 || position > sheets.length) {
      fail(`The sheet position ${position} is out of range: use 1 to ${sheets.length}.`);
    }
    const active = this.state.workbook.activeSheet();
    sheets.splice(sheets.indexOf(active), 1);
    sheets.splice(position - 1, 0, active);
    this.state.workbook.notifyStructure();
  }

  getSpreadsheetLocale(): string {
    return this.state.workbook.settings.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    localeInfo(locale);
    this.state.workbook.settings.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.state.workbook.settings.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone });
    } catch {
      fail(`Invalid time zone: ${timeZone}`);
    }
    this.state.workbook.settings.timeZone = timeZone;
    this.state.workbook.notifyStructure();
  }

  /** Returns a range given as "'Sheet name'!A1:B2", or on the active sheet without a sheet name. */
  getRange(a1Notation: string): Range {
    if (typeof a1Notation !== "string") failSignature("Spreadsheet", "getRange", [a1Notation]);
    const { sheetName, a1 } = splitSheetReference(a1Notation);
    const model = sheetName === undefined ? this.state.workbook.activeSheet() : this.state.workbook.sheetByName(sheetName);
    if (!model) fail("Range not found");
    return sheetView(this.state, model).getRange(a1);
  }

  addDeveloperMetadata(...args: unknown[]): Spreadsheet {
    addMetadata(this.state, { type: "SPREADSHEET" }, "Spreadsheet", args);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.state.workbook.metadata
      .filter((spec) => spec.location.type === "SPREADSHEET")
      .map((spec) => new DeveloperMetadata(this.state, spec));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.state);
  }

  toast(message: unknown, title?: unknown, timeoutSeconds?: number): void {
    this.state.ui.toasts.push({ message: String(message), title: title === undefined ? "" : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }
}

function removeWhere<T>(list: T[], matches: (item: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (matches(list[i])) list.splice(i, 1);
}
