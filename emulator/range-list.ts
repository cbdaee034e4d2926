/** RangeList: several ranges of one sheet, changed together in one call. */
import { Emulated } from "./facade";
import { failSignature } from "./errors";
import type { Range } from "./range";

export class RangeList extends Emulated {
  readonly className = "RangeList";

  constructor(private readonly ranges: readonly Range[]) {
    super();
  }

  getRanges(): Range[] {
    return [...this.ranges];
  }

  setNumberFormat(format: string): RangeList {
    if (typeof format !== "string") failSignature("RangeList", "setNumberFormat", [format]);
    for (const range of this.ranges) range.setNumberFormat(format);
    return this;
  }

  setFontWeight(weight: string | null): RangeList {
    for (const range of this.ranges) range.setFontWeight(weight);
    return this;
  }

  setFontColor(color: string | null): RangeList {
    for (const range of this.ranges) range.setFontColor(color);
    return this;
  }

  setBackground(color: string | null): RangeList {
    for (const range of this.ranges) range.setBackground(color);
    return this;
  }

  /** Writes the same value into every cell of every range, typed as setValue types it. */
  setValue(value: unknown): RangeList {
    for (const range of this.ranges) range.setValue(value);
    return this;
  }

  setNote(note: unknown): RangeList {
    for (const range of this.ranges) range.setNote(note);
    return this;
  }

  /** Clears contents and formats; with options, only the parts they name, as Range.clear does. */
  clear(options?: Parameters<Range["clear"]>[0]): RangeList {
    for (const range of this.ranges) range.clear(options);
    return this;
  }

  clearContent(): RangeList {
    for (const range of this.ranges) range.clearContent();
    return this;
  }

  clearFormat(): RangeList {
    for (const range of this.ranges) range.clearFormat();
    return this;
  }

  clearNote(): RangeList {
    for (const range of this.ranges) range.clearNote();
    return this;
  }

  clearDataValidations(): RangeList {
    for (const range of this.ranges) range.clearDataValidations();
    return this;
  }
}
