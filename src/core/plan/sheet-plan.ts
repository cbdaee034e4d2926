/**
 * A tab described as data: everything the adapter writes, grouped so it can be applied in a
 * fixed number of batched calls whatever the number of rows. Rows and columns are 1-based.
 */

export type PlanValue = string | number | boolean | Date;

export interface Block {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** A rectangle of formulas in canonical form (English names, commas, dot decimals); "" leaves a cell alone. */
export interface FormulaBlock {
  readonly row: number;
  readonly column: number;
  readonly formulas: readonly (readonly string[])[];
}

export interface ListValidation {
  readonly block: Block;
  readonly values: readonly string[];
  readonly helpText: string;
}

export interface TextColorRule {
  readonly block: Block;
  readonly text: string;
  readonly background: string;
  readonly fontColor: string;
}

export interface WarningProtection {
  readonly block: Block;
  readonly description: string;
}

/** A chart drawn from a block of the plan: labels in its first column, series in the next ones. */
export interface ChartSpec {
  readonly kind: "bar" | "line";
  readonly block: Block;
  readonly anchor: { readonly row: number; readonly column: number };
  readonly title: string;
  /** Whether the block's first row holds series names to show in a legend. */
  readonly headerRow?: boolean;
}

export interface SheetPlan {
  /** Wanted tab name; the adapter adds a suffix when a tab already has it. */
  readonly name: string;
  /** Literal values of the whole grid; cells that hold formulas are "". */
  readonly values: readonly (readonly PlanValue[])[];
  /** One number format per cell of the grid: "@" keeps text literal, null leaves the automatic format. */
  readonly numberFormats: readonly (readonly (string | null)[])[];
  readonly fontWeights: readonly (readonly ("bold" | "normal")[])[];
  readonly backgrounds: readonly (readonly (string | null)[])[];
  readonly formulaBlocks: readonly FormulaBlock[];
  /** Notes of one row, usually the header row. */
  readonly notes?: { readonly row: number; readonly column: number; readonly notes: readonly string[] };
  readonly validations: readonly ListValidation[];
  readonly colorRules: readonly TextColorRule[];
  readonly protections: readonly WarningProtection[];
  /** A warning over the whole sheet, however far it grows, except the cells listed. */
  readonly sheetProtection?: { readonly description: string; readonly editable: readonly Block[] };
  readonly frozenRows: number;
  readonly columnWidths: readonly number[];
  readonly charts?: readonly ChartSpec[];
}

/** Builds a grid of the given size filled with one value. */
export function filledGrid<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
}
