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

  setBackground(color: string | null): RangeList {
    for (const range of this.ranges) range.setBackground(color);
    return this;
  }
}
