/**
 * The emulated spreadsheet's state as plain data. The Apps Script classes (Spreadsheet, Sheet, Range,
 * ...) are views over these records; the formula engine reads them.
 */
import { GridRect } from "./a1";

export type CellScalar = string | number | boolean | Date;

export interface ValidationSpec {
  /** A SpreadsheetApp.DataValidationCriteria name, such as "VALUE_IN_LIST". */
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface CellRecord {
  /** Literal value; absent for an empty cell or a formula cell. */
  value?: CellScalar;
  /** Formula text starting with "=", in the canonical (English, comma-separated) form. */
  formula?: string;
  /** Number format pattern; absent or "" means automatic. */
  numberFormat?: string;
  note?: string;
  validation?: ValidationSpec;
  background?: string;
  fontColor?: string;
  fontWeight?: "bold" | "normal";
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: string;
}

export interface SheetRect extends GridRect {
  readonly gid: number;
}

export interface ConditionalRuleSpec {
  readonly ranges: readonly SheetRect[];
  /** A SpreadsheetApp.BooleanCriteria name, such as "TEXT_EQUAL_TO". */
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export interface ProtectionSpec {
  readonly id: number;
  readonly type: "SHEET" | "RANGE";
  readonly gid: number;
  /** The protected cells of a RANGE protection. */
  readonly rect?: GridRect;
  /** The cells left editable inside a SHEET protection. */
  unprotected?: GridRect[];
  description: string;
  warningOnly: boolean;
}

export type MetadataLocation = { readonly type: "SPREADSHEET" } | { readonly type: "SHEET"; readonly gid: number };

export interface MetadataSpec {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: "DOCUMENT" | "PROJECT";
  readonly location: MetadataLocation;
}

/** Position of an embedded chart's top left corner: a 1-based anchor cell and pixel offsets from it. */
export interface ChartPosition {
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export interface ChartSpec {
  /** Set when Sheet.insertChart adds the chart, and unique in the spreadsheet. */
  readonly id: number | null;
  /** A Charts.ChartType name such as "BAR", or undefined until a type is set. */
  readonly type?: string;
  /** Source ranges, possibly on other sheets of the spreadsheet. */
  readonly ranges: readonly SheetRect[];
  /** Undefined until setPosition is called. */
  readonly position?: ChartPosition;
  /** Options by the exact name given to setOption, such as "title" or "hAxis.title". */
  readonly options: ReadonlyMap<string, unknown>;
  /** Undefined until setNumHeaders is called. */
  readonly numHeaders?: number;
  readonly transposeRowsAndColumns: boolean;
  /** A Charts.ChartHiddenDimensionStrategy name. */
  readonly hiddenDimensionStrategy: string;
  /** A Charts.ChartMergeStrategy name. */
  readonly mergeStrategy: string;
}

/** Column count used in cell keys; Sheets allows at most 18,278 columns (ZZZ). */
const KEY_STRIDE = 20000;

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export class SheetModel {
  readonly cells = new Map<number, CellRecord>();
  maxRows = DEFAULT_MAX_ROWS;
  maxColumns = DEFAULT_MAX_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  conditionalRules: ConditionalRuleSpec[] = [];
  hidden = false;
  tabColor: string | null = null;
  /** Embedded charts in insertion order. They are deleted with the sheet. */
  charts: ChartSpec[] = [];
  private extentCache: { lastRow: number; lastColumn: number } | undefined;

  constructor(public name: string, readonly gid: number) {}

  static key(row: number, column: number): number {
    return row * KEY_STRIDE + column;
  }

  static position(key: number): { row: number; column: number } {
    return { row: Math.floor(key / KEY_STRIDE), column: key % KEY_STRIDE };
  }

  cell(row: number, column: number): CellRecord | undefined {
    return this.cells.get(SheetModel.key(row, column));
  }

  ensureCell(row: number, column: number): CellRecord {
    const key = SheetModel.key(row, column);
    let record = this.cells.get(key);
    if (!record) {
      record = {};
      this.cells.set(key, record);
    }
    return record;
  }

  /** Drops the record of an empty cell, keeping the map small. */
  pruneCell(row: number, column: number): void {
    const key = SheetModel.key(row, column);
    const record = this.cells.get(key);
    if (record && Object.values(record).every((field) => field === undefined)) this.cells.delete(key);
  }

  contentChanged(): void {
    this.extentCache = undefined;
  }

  /** Last row and column holding a value or a formula (0 when the sheet has none). */
  extent(): { lastRow: number; lastColumn: number } {
    if (!this.extentCache) {
      let lastRow = 0;
      let lastColumn = 0;
      for (const [key, record] of this.cells) {
        if (record.value === undefined && record.formula === undefined) continue;
        const { row, column } = SheetModel.position(key);
        if (row > lastRow) lastRow = row;
        if (column > lastColumn) lastColumn = column;
      }
      this.extentCache = { lastRow, lastColumn };
    }
    return this.extentCache;
  }

  hasFormulas(): boolean {
    for (const record of this.cells.values()) if (record.formula !== undefined) return true;
    return false;
  }
}

export interface WorkbookSettings {
  readonly id: string;
  name: string;
  locale: string;
  timeZone: string;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  activeGid = 0;
  readonly metadata: MetadataSpec[] = [];
  readonly protections: ProtectionSpec[] = [];
  private nextMetadataId = 1;
  private nextProtectionId = 1;
  private nextChartId = 1;
  private gidSeed = 1234567;
  /** Called after cell values or formulas change, and after sheets are added, removed or renamed. */
  onChange: (change: { structural: boolean }) => void = () => undefined;

  constructor(readonly settings: WorkbookSettings) {}

  /** Returns a new sheet id: 0 for the first sheet, then pseudo-random 9-digit numbers as Sheets uses. */
  newGid(): number {
    if (this.sheets.length === 0 && !this.sheets.some((sheet) => sheet.gid === 0)) return 0;
    do {
      this.gidSeed = (this.gidSeed * 1103515245 + 12345) % 2147483648;
    } while (this.gidSeed < 100000000 || this.sheetByGid(this.gidSeed));
    return this.gidSeed;
  }

  newMetadataId(): number {
    return this.nextMetadataId++;
  }

  newProtectionId(): number {
    return this.nextProtectionId++;
  }

  newChartId(): number {
    return this.nextChartId++;
  }

  sheetByGid(gid: number): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.gid === gid);
  }

  /** Finds a sheet by name, ignoring letter case as Sheets does when names clash. */
  sheetByName(name: string): SheetModel | undefined {
    const wanted = name.toLocaleLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLocaleLowerCase() === wanted);
  }

  activeSheet(): SheetModel {
    return this.sheetByGid(this.activeGid) ?? this.sheets[0];
  }

  notifyContent(sheet: SheetModel): void {
    sheet.contentChanged();
    this.onChange({ structural: false });
  }

  notifyStructure(): void {
    this.onChange({ structural: true });
  }
}
