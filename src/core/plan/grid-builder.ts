import type { PlanValue, SheetPlan } from "./sheet-plan";

export interface RowStyle {
  /** Number format per cell; missing cells are plain text ("@"). */
  readonly formats?: readonly (string | null)[];
  readonly bold?: boolean;
  /** Background per cell; missing cells keep none. */
  readonly fills?: readonly (string | null)[];
}

/**
 * Builds the grids of a sheet plan row by row, padding every row to one width, so that layouts
 * read as a list of sections.
 */
export class GridBuilder {
  private readonly values: PlanValue[][] = [];
  private readonly formats: (string | null)[][] = [];
  private readonly weights: ("bold" | "normal")[][] = [];
  private readonly fills: (string | null)[][] = [];

  constructor(readonly width: number) {}

  /** The 1-based row the next added row will have. */
  get nextRow(): number {
    return this.values.length + 1;
  }

  add(values: readonly PlanValue[], style: RowStyle = {}): number {
    const pad = <T>(cells: readonly T[], filler: T): T[] => {
      const line = cells.slice(0, this.width);
      while (line.length < this.width) line.push(filler);
      return line;
    };
    this.values.push(pad(values, ""));
    this.formats.push(pad(style.formats ?? [], "@"));
    this.weights.push(new Array(this.width).fill(style.bold ? "bold" : "normal"));
    this.fills.push(pad(style.fills ?? [], null));
    return this.values.length;
  }

  blank(): void {
    this.add([]);
  }

  grids(): Pick<SheetPlan, "values" | "numberFormats" | "fontWeights" | "backgrounds"> {
    return { values: this.values, numberFormats: this.formats, fontWeights: this.weights, backgrounds: this.fills };
  }
}
