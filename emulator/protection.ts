/** Protection of a sheet or a range. */
import { Emulated, EnumValue } from "./facade";
import { ProtectionSpec } from "./model";
import { SpreadsheetState } from "./state";
import { ProtectionType } from "./enums";
import { fail } from "./errors";
import { Range } from "./range";

export class Protection extends Emulated {
  readonly className = "Protection";

  constructor(
    private readonly state: SpreadsheetState,
    readonly spec: ProtectionSpec,
  ) {
    super();
  }

  private sheet() {
    const sheet = this.state.workbook.sheetByGid(this.spec.gid);
    if (!sheet || !this.state.workbook.protections.includes(this.spec)) fail("The protection was removed.");
    return sheet;
  }

  getProtectionType(): EnumValue {
    return ProtectionType.value(this.spec.type);
  }

  /** Returns the protected range; a sheet protection covers the whole sheet. */
  getRange(): Range {
    const sheet = this.sheet();
    const rect = this.spec.rect ?? { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
    return new Range(this.state, sheet, rect);
  }

  getDescription(): string {
    this.sheet();
    return this.spec.description;
  }

  setDescription(description: string): Protection {
    this.sheet();
    this.spec.description = String(description);
    return this;
  }

  isWarningOnly(): boolean {
    this.sheet();
    return this.spec.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.sheet();
    this.spec.warningOnly = Boolean(warningOnly);
    return this;
  }

  /** Leaves the ranges editable inside a sheet protection; Apps Script raises for a range protection. */
  setUnprotectedRanges(ranges: Range[]): Protection {
    const sheet = this.sheet();
    if (this.spec.type !== "SHEET") fail("Unprotected ranges can only be set on a sheet protection.");
    if (!Array.isArray(ranges)) fail("Protection.setUnprotectedRanges expects an array of ranges.");
    this.spec.unprotected = ranges.map((range) => {
      if (!(range instanceof Range) || range.getSheet().getSheetId() !== sheet.gid) fail("Each unprotected range must be a range of the protected sheet.");
      return range.rect;
    });
    return this;
  }

  getUnprotectedRanges(): Range[] {
    const sheet = this.sheet();
    return (this.spec.unprotected ?? []).map((rect) => new Range(this.state, sheet, rect));
  }

  /** Returns true: the emulated user owns the spreadsheet. */
  canEdit(): boolean {
    return true;
  }

  remove(): void {
    const protections = this.state.workbook.protections;
    const index = protections.indexOf(this.spec);
    if (index >= 0) protections.splice(index, 1);
  }
}
