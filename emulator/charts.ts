/**
 * Embedded charts and the Charts service.
 *
 * Sheet.newChart returns an EmbeddedChartBuilder over a draft. build() turns the draft into an
 * EmbeddedChart, and Sheet.insertChart stores a copy of it on the sheet under a new chart id. Charts
 * read from the sheet are copies too, so changing one takes modify(), build() and
 * Sheet.updateChart, as in Apps Script. A chart belongs to its sheet and goes when the sheet is
 * deleted.
 *
 * The builder classes follow Apps Script's reference: as...Chart sets the chart type and returns the
 * typed builder (EmbeddedBarChartBuilder...), and the methods every builder shares (addRange,
 * setOption, setPosition...) return the plain EmbeddedChartBuilder. Both work on the same draft.
 * Nothing is drawn, so getAs, getBlob, text styles and the standalone Charts.new...Chart builders
 * throw Not emulated.
 */
import { Emulated, EnumType, EnumValue } from "./facade";
import { ChartPosition, ChartSpec, SheetModel, SheetRect } from "./model";
import { SpreadsheetState } from "./state";
import { fail, failSignature, notEmulated } from "./errors";
import {
  ChartHiddenDimensionStrategy,
  ChartMergeStrategy,
  ChartType,
  ColumnType,
  CurveStyle,
  PointStyle,
  Position,
} from "./enums";
import { Range } from "./range";

/** The Charts service: its enums only. */
export class Charts extends Emulated {
  readonly className = "Charts";
  override readonly constants = {
    ChartHiddenDimensionStrategy,
    ChartMergeStrategy,
    ChartType,
    ColumnType,
    CurveStyle,
    PointStyle,
    Position,
  };
}

/** The mutable chart behind a builder and the typed builders derived from it. */
interface ChartDraft {
  id: number | null;
  type?: string;
  ranges: SheetRect[];
  position?: ChartPosition;
  options: Map<string, unknown>;
  numHeaders?: number;
  transposeRowsAndColumns: boolean;
  hiddenDimensionStrategy: string;
  mergeStrategy: string;
  /** Builders of this draft by class, so each call returns the same object. */
  builders: Map<Function, ChartBuilderBase>;
}

function newDraft(spec?: ChartSpec): ChartDraft {
  return {
    id: spec?.id ?? null,
    type: spec?.type,
    ranges: spec ? [...spec.ranges] : [],
    position: spec?.position,
    options: new Map(spec?.options ?? []),
    numHeaders: spec?.numHeaders,
    transposeRowsAndColumns: spec?.transposeRowsAndColumns ?? false,
    // The defaults of both strategies are documented in Apps Script's enum reference.
    hiddenDimensionStrategy: spec?.hiddenDimensionStrategy ?? "IGNORE_BOTH",
    mergeStrategy: spec?.mergeStrategy ?? "MERGE_COLUMNS",
    builders: new Map(),
  };
}

function specOf(draft: ChartDraft): ChartSpec {
  return {
    id: draft.id,
    type: draft.type,
    ranges: [...draft.ranges],
    position: draft.position,
    options: new Map(draft.options),
    numHeaders: draft.numHeaders,
    transposeRowsAndColumns: draft.transposeRowsAndColumns,
    hiddenDimensionStrategy: draft.hiddenDimensionStrategy,
    mergeStrategy: draft.mergeStrategy,
  };
}

/** Returns the name of an enum value of `type`, or throws Apps Script's signature error. */
function enumArgument(value: unknown, type: EnumType, className: string, method: string): string {
  if (!(value instanceof EnumValue) || value.enumName !== type.className) failSignature(className, method, [value]);
  return value.name();
}

function rangesOf(state: SpreadsheetState, rects: readonly SheetRect[], className: string): Range[] {
  return rects.map(({ gid, ...rect }) => {
    const sheet = state.workbook.sheetByGid(gid);
    if (!sheet) notEmulated(`${className}.getRanges of a chart whose source sheet was deleted`);
    return new Range(state, sheet, rect);
  });
}

function sameRect(a: SheetRect, b: SheetRect): boolean {
  return a.gid === b.gid && a.row === b.row && a.column === b.column && a.numRows === b.numRows && a.numColumns === b.numColumns;
}

/** Position of a chart's top left corner: the anchor cell (1-based) and pixel offsets from it. */
export class ContainerInfo extends Emulated {
  readonly className = "ContainerInfo";

  constructor(private readonly position: ChartPosition) {
    super();
  }

  getAnchorRow(): number {
    return this.position.anchorRow;
  }
  getAnchorColumn(): number {
    return this.position.anchorColumn;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}

function containerInfo(position: ChartPosition | undefined, className: string): ContainerInfo {
  // NOTE: where Sheets places a chart built without setPosition is not known, so it is not emulated.
  if (!position) notEmulated(`${className} position of a chart built without setPosition`);
  return new ContainerInfo(position);
}

// NOTE: options are stored under the exact name given to setOption. Whether Sheets also returns a
// value for get("hAxis") after setOption("hAxis.title", ...), or the reverse, is not confirmed, so
// here such a get returns null.
export class ChartOptions extends Emulated {
  readonly className = "ChartOptions";

  constructor(private readonly options: ReadonlyMap<string, unknown>) {
    super();
  }

  /** Returns the option's value, or null when it was not set. */
  get(option: unknown): unknown {
    if (typeof option !== "string") failSignature("ChartOptions", "get", [option]);
    return this.options.has(option) ? this.options.get(option) : null;
  }

  /** Returns the option's value. Sheets' default values for options never set are not emulated. */
  getOrDefault(option: unknown): unknown {
    if (typeof option !== "string") failSignature("ChartOptions", "getOrDefault", [option]);
    if (!this.options.has(option)) notEmulated(`ChartOptions.getOrDefault of an option that is not set (${option})`);
    return this.options.get(option);
  }
}

/** A chart built by a builder, or a copy of a chart stored on a sheet. */
export class EmbeddedChart extends Emulated {
  readonly className = "EmbeddedChart";

  constructor(
    private readonly state: SpreadsheetState,
    public spec: ChartSpec,
  ) {
    super();
  }

  /** Returns the id Sheet.insertChart gave the chart, or null before it is inserted. */
  getChartId(): number | null {
    return this.spec.id;
  }
  getContainerInfo(): ContainerInfo {
    return containerInfo(this.spec.position, "EmbeddedChart.getContainerInfo");
  }
  getRanges(): Range[] {
    return rangesOf(this.state, this.spec.ranges, "EmbeddedChart");
  }
  getOptions(): ChartOptions {
    return new ChartOptions(this.spec.options);
  }
  getNumHeaders(): number {
    if (this.spec.numHeaders === undefined) notEmulated("EmbeddedChart.getNumHeaders of a chart without setNumHeaders (Sheets guesses the headers)");
    return this.spec.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.spec.transposeRowsAndColumns;
  }
  getHiddenDimensionStrategy(): EnumValue {
    return ChartHiddenDimensionStrategy.value(this.spec.hiddenDimensionStrategy);
  }
  getMergeStrategy(): EnumValue {
    return ChartMergeStrategy.value(this.spec.mergeStrategy);
  }

  /** Returns a builder over a copy of this chart. Sheet.updateChart saves what it builds. */
  modify(): EmbeddedChartBuilder {
    return genericBuilder(this.state, newDraft(this.spec));
  }
}

/**
 * Methods every embedded chart builder has. Those that Apps Script types as returning
 * EmbeddedChartBuilder return the plain builder.
 */
abstract class ChartBuilderBase extends Emulated {
  constructor(
    protected readonly state: SpreadsheetState,
    protected readonly draft: ChartDraft,
  ) {
    super();
  }

  addRange(range: unknown): EmbeddedChartBuilder {
    if (!(range instanceof Range)) failSignature(this.className, "addRange", [range]);
    this.draft.ranges.push({ gid: range.model.gid, ...range.rect });
    return genericBuilder(this.state, this.draft);
  }

  /** Removes every copy of the range. A range the chart does not use is ignored. */
  removeRange(range: unknown): EmbeddedChartBuilder {
    if (!(range instanceof Range)) failSignature(this.className, "removeRange", [range]);
    const removed: SheetRect = { gid: range.model.gid, ...range.rect };
    this.draft.ranges = this.draft.ranges.filter((rect) => !sameRect(rect, removed));
    return genericBuilder(this.state, this.draft);
  }

  clearRanges(): EmbeddedChartBuilder {
    this.draft.ranges = [];
    return genericBuilder(this.state, this.draft);
  }

  getRanges(): Range[] {
    return rangesOf(this.state, this.draft.ranges, this.className);
  }

  setChartType(type: unknown): EmbeddedChartBuilder {
    this.draft.type = enumArgument(type, ChartType, this.className, "setChartType");
    return genericBuilder(this.state, this.draft);
  }

  getChartType(): EnumValue {
    if (this.draft.type === undefined) notEmulated(`${this.className}.getChartType before a chart type is set`);
    return ChartType.value(this.draft.type);
  }

  /** Anchors the chart's top left corner at a 1-based row and column, offset by pixels. */
  setPosition(anchorRow: unknown, anchorColumn: unknown, offsetX: unknown, offsetY: unknown): EmbeddedChartBuilder {
    const args = [anchorRow, anchorColumn, offsetX, offsetY];
    if (args.some((arg) => typeof arg !== "number" || !Number.isFinite(arg))) failSignature(this.className, "setPosition", args);
    const [row, column, x, y] = (args as number[]).map(Math.trunc);
    if (row < 1 || column < 1) fail(`The chart's anchor cell must be at row 1 and column 1 or beyond, got row ${row}, column ${column}.`);
    this.draft.position = { anchorRow: row, anchorColumn: column, offsetX: x, offsetY: y };
    return genericBuilder(this.state, this.draft);
  }

  getContainer(): ContainerInfo {
    return containerInfo(this.draft.position, `${this.className}.getContainer`);
  }

  setOption(option: unknown, value: unknown): EmbeddedChartBuilder {
    if (typeof option !== "string") failSignature(this.className, "setOption", [option, value]);
    this.draft.options.set(option, value);
    return genericBuilder(this.state, this.draft);
  }

  /** Sets how many rows (or columns, when transposed) of the ranges are headers. */
  setNumHeaders(headers: unknown): EmbeddedChartBuilder {
    if (typeof headers !== "number" || !Number.isInteger(headers)) failSignature(this.className, "setNumHeaders", [headers]);
    this.draft.numHeaders = headers;
    return genericBuilder(this.state, this.draft);
  }

  setTransposeRowsAndColumns(transpose: unknown): EmbeddedChartBuilder {
    if (typeof transpose !== "boolean") failSignature(this.className, "setTransposeRowsAndColumns", [transpose]);
    this.draft.transposeRowsAndColumns = transpose;
    return genericBuilder(this.state, this.draft);
  }

  setHiddenDimensionStrategy(strategy: unknown): EmbeddedChartBuilder {
    this.draft.hiddenDimensionStrategy = enumArgument(strategy, ChartHiddenDimensionStrategy, this.className, "setHiddenDimensionStrategy");
    return genericBuilder(this.state, this.draft);
  }

  setMergeStrategy(strategy: unknown): EmbeddedChartBuilder {
    this.draft.mergeStrategy = enumArgument(strategy, ChartMergeStrategy, this.className, "setMergeStrategy");
    return genericBuilder(this.state, this.draft);
  }

  asAreaChart(): EmbeddedAreaChartBuilder {
    return typedBuilder(this.state, this.draft, "AREA", EmbeddedAreaChartBuilder);
  }
  asBarChart(): EmbeddedBarChartBuilder {
    return typedBuilder(this.state, this.draft, "BAR", EmbeddedBarChartBuilder);
  }
  asColumnChart(): EmbeddedColumnChartBuilder {
    return typedBuilder(this.state, this.draft, "COLUMN", EmbeddedColumnChartBuilder);
  }
  asComboChart(): EmbeddedComboChartBuilder {
    return typedBuilder(this.state, this.draft, "COMBO", EmbeddedComboChartBuilder);
  }
  asHistogramChart(): EmbeddedHistogramChartBuilder {
    return typedBuilder(this.state, this.draft, "HISTOGRAM", EmbeddedHistogramChartBuilder);
  }
  asLineChart(): EmbeddedLineChartBuilder {
    return typedBuilder(this.state, this.draft, "LINE", EmbeddedLineChartBuilder);
  }
  asPieChart(): EmbeddedPieChartBuilder {
    return typedBuilder(this.state, this.draft, "PIE", EmbeddedPieChartBuilder);
  }
  asScatterChart(): EmbeddedScatterChartBuilder {
    return typedBuilder(this.state, this.draft, "SCATTER", EmbeddedScatterChartBuilder);
  }
  asTableChart(): EmbeddedTableChartBuilder {
    return typedBuilder(this.state, this.draft, "TABLE", EmbeddedTableChartBuilder);
  }

  /** Returns a chart with the draft's settings. The builder stays usable. */
  build(): EmbeddedChart {
    // NOTE: the type Sheets would pick for a chart built without one is not known.
    if (this.draft.type === undefined) notEmulated(`${this.className}.build without a chart type (call setChartType or an as...Chart method)`);
    return new EmbeddedChart(this.state, specOf(this.draft));
  }
}

export class EmbeddedChartBuilder extends ChartBuilderBase {
  readonly className = "EmbeddedChartBuilder";
}

type BuilderClass<T extends ChartBuilderBase> = new (state: SpreadsheetState, draft: ChartDraft) => T;

function builderFor<T extends ChartBuilderBase>(state: SpreadsheetState, draft: ChartDraft, kind: BuilderClass<T>): T {
  let builder = draft.builders.get(kind);
  if (!builder) {
    builder = new kind(state, draft);
    draft.builders.set(kind, builder);
  }
  return builder as T;
}

function genericBuilder(state: SpreadsheetState, draft: ChartDraft): EmbeddedChartBuilder {
  return builderFor(state, draft, EmbeddedChartBuilder);
}

function typedBuilder<T extends ChartBuilderBase>(state: SpreadsheetState, draft: ChartDraft, type: string, kind: BuilderClass<T>): T {
  draft.type = type;
  return builderFor(state, draft, kind);
}

/** Returns a new builder for Sheet.newChart. */
export function newChartBuilder(state: SpreadsheetState): EmbeddedChartBuilder {
  return genericBuilder(state, newDraft());
}

// NOTE: the typed setters store Google Charts option names ("title", "hAxis.title", "colors"...),
// the options the Apps Script builders document as their basis. That getOptions().get returns them
// under exactly these names is not confirmed against Sheets.

/** Setters shared by every typed builder except the table chart's. */
abstract class DecoratedChartBuilder extends ChartBuilderBase {
  setTitle(title: unknown): this {
    if (typeof title !== "string") failSignature(this.className, "setTitle", [title]);
    this.draft.options.set("title", title);
    return this;
  }

  /** Sets the series colours as CSS colours such as "#4285f4". */
  setColors(colors: unknown): this {
    if (!Array.isArray(colors) || colors.some((color) => typeof color !== "string")) failSignature(this.className, "setColors", [colors]);
    this.draft.options.set("colors", [...(colors as string[])]);
    return this;
  }

  setBackgroundColor(color: unknown): this {
    if (typeof color !== "string") failSignature(this.className, "setBackgroundColor", [color]);
    this.draft.options.set("backgroundColor", color);
    return this;
  }

  /** Stores the Charts.Position in lower case ("bottom"), as Google Charts names legend positions. */
  setLegendPosition(position: unknown): this {
    this.draft.options.set("legend.position", enumArgument(position, Position, this.className, "setLegendPosition").toLowerCase());
    return this;
  }
}

/** Setters of charts with a horizontal and a vertical axis. */
abstract class AxisChartBuilder extends DecoratedChartBuilder {
  setXAxisTitle(title: unknown): this {
    if (typeof title !== "string") failSignature(this.className, "setXAxisTitle", [title]);
    this.draft.options.set("hAxis.title", title);
    return this;
  }

  setYAxisTitle(title: unknown): this {
    if (typeof title !== "string") failSignature(this.className, "setYAxisTitle", [title]);
    this.draft.options.set("vAxis.title", title);
    return this;
  }
}

abstract class StackableChartBuilder extends AxisChartBuilder {
  setStacked(): this {
    this.draft.options.set("isStacked", true);
    return this;
  }
}

export class EmbeddedAreaChartBuilder extends StackableChartBuilder {
  readonly className = "EmbeddedAreaChartBuilder";
}

export class EmbeddedBarChartBuilder extends StackableChartBuilder {
  readonly className = "EmbeddedBarChartBuilder";
}

export class EmbeddedColumnChartBuilder extends StackableChartBuilder {
  readonly className = "EmbeddedColumnChartBuilder";
}

export class EmbeddedComboChartBuilder extends StackableChartBuilder {
  readonly className = "EmbeddedComboChartBuilder";
}

export class EmbeddedHistogramChartBuilder extends StackableChartBuilder {
  readonly className = "EmbeddedHistogramChartBuilder";
}

export class EmbeddedLineChartBuilder extends AxisChartBuilder {
  readonly className = "EmbeddedLineChartBuilder";

  /** Stores Google Charts' curveType: "function" for SMOOTH, "none" for NORMAL. */
  setCurveStyle(style: unknown): this {
    const name = enumArgument(style, CurveStyle, this.className, "setCurveStyle");
    this.draft.options.set("curveType", name === "SMOOTH" ? "function" : "none");
    return this;
  }
}

export class EmbeddedScatterChartBuilder extends AxisChartBuilder {
  readonly className = "EmbeddedScatterChartBuilder";
}

export class EmbeddedPieChartBuilder extends DecoratedChartBuilder {
  readonly className = "EmbeddedPieChartBuilder";

  set3D(): this {
    this.draft.options.set("is3D", true);
    return this;
  }
}

export class EmbeddedTableChartBuilder extends ChartBuilderBase {
  readonly className = "EmbeddedTableChartBuilder";
}

function checkAnchor(sheet: SheetModel, spec: ChartSpec): void {
  const position = spec.position;
  if (position && (position.anchorRow > sheet.maxRows || position.anchorColumn > sheet.maxColumns)) {
    fail(`The chart's anchor cell (row ${position.anchorRow}, column ${position.anchorColumn}) is outside the sheet "${sheet.name}".`);
  }
}

/** Checks that `chart` is an EmbeddedChart argument of a Sheet method. */
function chartArgument(chart: unknown, method: string): EmbeddedChart {
  if (!(chart instanceof EmbeddedChart)) failSignature("Sheet", method, [chart]);
  return chart;
}

/**
 * Stores a built chart on the sheet under a new id. The chart object then carries that id, so the
 * same object works with removeChart and updateChart.
 */
export function insertChartIntoSheet(state: SpreadsheetState, sheet: SheetModel, chartArg: unknown): void {
  const chart = chartArgument(chartArg, "insertChart");
  if (chart.spec.id !== null) notEmulated("Sheet.insertChart of a chart that is already inserted (use Sheet.updateChart to change it)");
  checkAnchor(sheet, chart.spec);
  const stored: ChartSpec = { ...chart.spec, id: state.workbook.newChartId() };
  sheet.charts.push(stored);
  chart.spec = stored;
}

export function chartsOf(state: SpreadsheetState, sheet: SheetModel): EmbeddedChart[] {
  return sheet.charts.map((spec) => new EmbeddedChart(state, spec));
}

function indexOnSheet(sheet: SheetModel, chart: EmbeddedChart, method: string): number {
  const index = chart.spec.id === null ? -1 : sheet.charts.findIndex((spec) => spec.id === chart.spec.id);
  if (index < 0) fail(`Sheet.${method} failed: the chart is not on the sheet "${sheet.name}". Insert it with insertChart first.`);
  return index;
}

export function removeChartFromSheet(sheet: SheetModel, chartArg: unknown): void {
  const chart = chartArgument(chartArg, "removeChart");
  sheet.charts.splice(indexOnSheet(sheet, chart, "removeChart"), 1);
}

/** Replaces the stored chart that has the same id with `chart`. */
export function replaceChartOnSheet(sheet: SheetModel, chartArg: unknown): void {
  const chart = chartArgument(chartArg, "updateChart");
  const index = indexOnSheet(sheet, chart, "updateChart");
  checkAnchor(sheet, chart.spec);
  sheet.charts[index] = chart.spec;
}
