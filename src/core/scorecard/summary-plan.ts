import type { Perspective } from "../catalog/vocabulary";
import { formatNumberForText } from "../i18n/format";
import type { Language } from "../i18n/language";
import { translate, type MessageKey } from "../i18n/messages";
import { directionLabel } from "../kpi/direction";
import { perspectiveLabel, statusLabel, type Status } from "../kpi/labels";
import { formulaString } from "../plan/a1";
import { GridBuilder } from "../plan/grid-builder";
import { STATUS_COLORS } from "../plan/kpi-tab";
import { dateTimeFormat, PERCENT_FORMAT, unitFormat } from "../plan/number-formats";
import type { SheetPlan } from "../plan/sheet-plan";
import type { AttentionItem } from "./attention";
import type { ScorecardResult } from "./result";
import type { MapBand } from "./strategy-map";

export interface SummaryRequest {
  readonly result: ScorecardResult;
  readonly map: readonly MapBand[];
  readonly attention: readonly AttentionItem[];
  readonly language: Language;
  readonly locale: string;
  /** Mission text carried over from the previous summary; blank leaves a note asking for it. */
  readonly mission: string;
  readonly builtAt: Date;
  /** Sheet ids (gid) of the source tabs, for links back to each KPI's row. */
  readonly sheetIds: Readonly<Record<string, number>>;
}

/** Fixed cells of the summary tab that other code reads back. */
export const SUMMARY_LAYOUT = {
  missionRow: 2,
  missionColumn: 2,
  builtAtRow: 3,
  groupHeaderRow: 5,
} as const;

const WIDTH = 12;
const HEADER_FILL = "#ddebf7";
const TEXT = "@";

/** Light background of each perspective's band on the strategy map. */
const BAND_FILLS: Readonly<Record<Perspective, string>> = {
  financial: "#e8f0fe",
  customer: "#e6f4ea",
  internal: "#fef7e0",
  learning: "#f3e8fd",
};

const statusFill = (status: Status) => STATUS_COLORS[status].background;

/**
 * Lays out the Balanced Scorecard summary tab as a sheet plan: mission, perspective scores with a
 * chart, strategy map, what needs attention, every KPI with a link to its row, and the tabs that
 * could not be read.
 */
export function planSummary(request: SummaryRequest): SheetPlan {
  const { result, language } = request;
  const t = (key: MessageKey) => translate(language, key);
  const grid = new GridBuilder(WIDTH);

  grid.add([t("sheet.summary.title")], { bold: true });
  grid.add([t("sheet.summary.mission"), request.mission], { bold: false });
  grid.add([t("sheet.summary.built_at"), request.builtAt], { formats: [TEXT, dateTimeFormat(request.locale)] });
  grid.blank();

  const groupRows = addGroups(grid, request, t);
  grid.blank();
  const trend = addTrend(grid, request, t);
  addStrategyMap(grid, request, t);
  grid.blank();
  addAttention(grid, request, t);
  grid.blank();
  const links = addKpiTable(grid, request, t);
  grid.blank();
  addSkipped(grid, request, t);

  return {
    name: t("sheet.summary.name"),
    ...grid.grids(),
    formulaBlocks: links.formulas.length > 0 ? [{ row: links.firstRow, column: 1, formulas: links.formulas }] : [],
    notes:
      request.mission === ""
        ? { row: SUMMARY_LAYOUT.missionRow, column: SUMMARY_LAYOUT.missionColumn, notes: [t("sheet.summary.mission_placeholder")] }
        : undefined,
    validations: [],
    colorRules: [],
    protections: [],
    // Every build rewrites the tab and keeps only the mission, so an edit anywhere else gets a warning.
    sheetProtection: {
      description: t("sheet.summary.protection"),
      editable: [{ row: SUMMARY_LAYOUT.missionRow, column: SUMMARY_LAYOUT.missionColumn, rows: 1, columns: 1 }],
    },
    frozenRows: 0,
    columnWidths: [200, 90, 110, 260, 160, 110, 110, 110, 170, 80, 80, 140],
    charts: [
      {
        kind: "bar",
        block: { row: groupRows.first, column: 1, rows: groupRows.count, columns: 2 },
        anchor: { row: SUMMARY_LAYOUT.groupHeaderRow, column: 10 },
        title: t("sheet.summary.chart_title"),
      },
      ...(trend ? [{ kind: "line" as const, block: trend, anchor: { row: trend.row, column: 10 }, title: t("sheet.summary.trend_chart_title"), headerRow: true }] : []),
    ],
  };
}

function addGroups(grid: GridBuilder, { result, language }: SummaryRequest, t: (key: MessageKey) => string) {
  const header = [
    t("sheet.summary.perspective"),
    t("sheet.summary.score"),
    t("sheet.summary.status"),
    t("sheet.summary.kpis"),
    t("sheet.summary.on_target"),
    t("sheet.summary.attention"),
    t("sheet.summary.failing"),
    t("sheet.summary.no_data"),
  ];
  grid.add(header, { bold: true, fills: header.map(() => HEADER_FILL) });
  const first = grid.nextRow;
  for (const group of result.groups) {
    grid.add(
      [perspectiveLabel(group.key, language), group.score ?? "", statusLabel(group.status, language), group.kpis, group.onTarget, group.attention, group.failing, group.noData],
      { formats: [TEXT, PERCENT_FORMAT, TEXT, null, null, null, null, null], fills: [null, null, statusFill(group.status)] },
    );
  }
  grid.add([t("sheet.summary.overall"), result.overall ?? "", statusLabel(result.overallStatus, language)], {
    formats: [TEXT, PERCENT_FORMAT, TEXT],
    bold: true,
    fills: [null, null, statusFill(result.overallStatus)],
  });
  return { first, count: result.groups.length };
}

/** Adds the per-period trend table of tabs with period columns; returns its block for the chart. */
function addTrend(grid: GridBuilder, { result, language }: SummaryRequest, t: (key: MessageKey) => string) {
  if (result.trend.length === 0) return null;
  const keys = result.groups.map((group) => group.key);
  grid.add([t("sheet.summary.trend")], { bold: true });
  grid.add([translate(language, "sheet.summary.trend_tabs", { tabs: result.trendTabs.join(", ") })]);
  const header = [t("sheet.summary.period"), t("sheet.summary.overall"), ...keys.map((key) => perspectiveLabel(key, language))];
  const row = grid.add(header, { bold: true, fills: header.map(() => HEADER_FILL) });
  for (const point of result.trend) {
    grid.add([point.period, point.overall ?? "", ...keys.map((key) => point.groups[key] ?? "")], {
      formats: [TEXT, ...header.slice(1).map(() => PERCENT_FORMAT)],
    });
  }
  grid.blank();
  return { row, column: 1, rows: result.trend.length + 1, columns: header.length };
}

function addStrategyMap(grid: GridBuilder, { map, language }: SummaryRequest, t: (key: MessageKey) => string): void {
  grid.add([t("sheet.summary.strategy_map")], { bold: true });
  for (const band of map) {
    const fill = BAND_FILLS[band.perspective];
    const label = perspectiveLabel(band.perspective, language);
    if (band.objectives.length === 0) {
      grid.add([label, "", "", "", ""], { bold: true, fills: [fill, fill, fill, fill, fill] });
      continue;
    }
    band.objectives.forEach((objective, index) => {
      const name = objective.name === "" ? t("sheet.summary.no_objective") : objective.name;
      grid.add([index === 0 ? label : "", objective.score ?? "", statusLabel(objective.status, language), name, objective.kpis], {
        formats: [TEXT, PERCENT_FORMAT, TEXT, TEXT, null],
        bold: false,
        fills: [fill, fill, statusFill(objective.status), statusFill(objective.status), fill],
      });
    });
  }
}

function addAttention(grid: GridBuilder, { attention, language }: SummaryRequest, t: (key: MessageKey) => string): void {
  grid.add([t("sheet.summary.attention_list")], { bold: true });
  const header = [t("sheet.summary.issue"), t("sheet.summary.tab"), t("sheet.summary.row"), t("sheet.summary.kpi"), t("sheet.summary.detail")];
  grid.add(header, { bold: true, fills: header.map(() => HEADER_FILL) });
  if (attention.length === 0) grid.add([t("sheet.summary.none")]);
  for (const item of attention) {
    const subject = item.kpi ?? (item.group ? perspectiveLabel(item.group, language) : "");
    grid.add([translate(language, `attention.kind.${item.kind}`), item.tab ?? "", item.row ?? "", subject, translate(language, item.detail.key, item.detail.params)], {
      formats: [TEXT, TEXT, null, TEXT, TEXT],
      fills: [item.kind === "failing" ? statusFill("failing") : null],
    });
  }
}

function addKpiTable(grid: GridBuilder, request: SummaryRequest, t: (key: MessageKey) => string) {
  const { result, language } = request;
  grid.add([t("sheet.summary.kpi_table")], { bold: true });
  const header = [
    t("sheet.summary.tab"),
    t("sheet.summary.row"),
    t("sheet.header.id"),
    t("sheet.header.name"),
    t("sheet.summary.perspective"),
    t("sheet.header.actual"),
    t("sheet.header.target"),
    t("sheet.header.threshold"),
    t("sheet.header.direction"),
    t("sheet.header.weight"),
    t("sheet.summary.score"),
    t("sheet.summary.status"),
  ];
  grid.add(header, { bold: true, fills: header.map(() => HEADER_FILL) });

  const firstRow = grid.nextRow;
  const formulas: string[][] = [];
  for (const kpi of result.kpis) {
    const valueFormat = kpi.unit ? unitFormat(kpi.unit) : null;
    grid.add(
      [
        "",
        kpi.row,
        kpi.id,
        kpi.name,
        perspectiveLabel(kpi.group, language),
        kpi.actual ?? "",
        kpi.target ?? "",
        kpi.threshold ?? "",
        kpi.direction ? directionLabel(kpi.direction, language) : "",
        kpi.weight ?? "",
        kpi.score ?? "",
        statusLabel(kpi.status, language),
      ],
      {
        formats: [TEXT, null, TEXT, TEXT, TEXT, valueFormat, valueFormat, valueFormat, TEXT, null, PERCENT_FORMAT, TEXT],
        fills: [...new Array<null>(11).fill(null), statusFill(kpi.status)],
      },
    );
    formulas.push([linkFormula(kpi.tab, kpi.row, request.sheetIds[kpi.tab])]);
  }
  return { firstRow, formulas };
}

function addSkipped(grid: GridBuilder, { result }: SummaryRequest, t: (key: MessageKey) => string): void {
  grid.add([t("sheet.summary.skipped")], { bold: true });
  grid.add([t("sheet.summary.tab"), t("sheet.summary.reason")], { bold: true, fills: [HEADER_FILL, HEADER_FILL] });
  if (result.skipped.length === 0) grid.add([t("sheet.summary.none")]);
  for (const skipped of result.skipped) grid.add([skipped.tab, skipped.reason]);
}

// A link to the KPI's row in its source tab. Sheets opens "#gid=…&range=…" inside the same file.
function linkFormula(tab: string, row: number, sheetId: number | undefined): string {
  if (sheetId === undefined) return `=${formulaString(tab)}`;
  return `=HYPERLINK(${formulaString(`#gid=${sheetId}&range=A${row}`)},${formulaString(tab)})`;
}

/** Renders a score as a percentage for a sentence, such as "85%" or "85,3%". */
export function percentText(score: number, language: Language): string {
  return `${formatNumberForText(Math.round(score * 1000) / 10, language)}%`;
}
