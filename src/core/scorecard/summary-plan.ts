import type { Language } from "../i18n/language";
import { translate, type MessageKey } from "../i18n/messages";
import { directionLabel } from "../kpi/direction";
import { perspectiveLabel, statusLabel, type Status } from "../kpi/labels";
import { formulaString } from "../plan/a1";
import { STATUS_COLORS } from "../plan/kpi-tab";
import { dateTimeFormat, PERCENT_FORMAT, TEXT_FORMAT } from "../plan/number-formats";
import { filledGrid, type PlanValue, type SheetPlan } from "../plan/sheet-plan";
import type { ScorecardResult } from "./result";

export interface SummaryRequest {
  readonly result: ScorecardResult;
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
const HEADER_BACKGROUND = "#ddebf7";

/** Lays out the Balanced Scorecard summary tab as a sheet plan. */
export function planSummary(request: SummaryRequest): SheetPlan {
  const { result, language } = request;
  const t = (key: MessageKey) => translate(language, key);

  const rows: PlanValue[][] = [];
  const formats: (string | null)[][] = [];
  const bold: boolean[][] = [];
  const fills: (string | null)[][] = [];
  const add = (values: PlanValue[], format: (string | null)[] = [], options: { bold?: boolean; fill?: (string | null)[] } = {}) => {
    rows.push(pad(values, ""));
    formats.push(pad(format.length ? format : values.map(() => TEXT_FORMAT), TEXT_FORMAT));
    bold.push(new Array<boolean>(WIDTH).fill(options.bold ?? false));
    fills.push(pad(options.fill ?? [], null));
  };
  const statusFill = (status: Status) => STATUS_COLORS[status].background;

  add([t("sheet.summary.title")], [], { bold: true });
  add([t("sheet.summary.mission"), request.mission]);
  add([t("sheet.summary.built_at"), request.builtAt], [TEXT_FORMAT, dateTimeFormat(request.locale)]);
  add([]);

  const groupHeader = [
    t("sheet.summary.perspective"),
    t("sheet.summary.score"),
    t("sheet.summary.status"),
    t("sheet.summary.kpis"),
    t("sheet.summary.on_target"),
    t("sheet.summary.attention"),
    t("sheet.summary.failing"),
    t("sheet.summary.no_data"),
  ];
  add(groupHeader, [], { bold: true, fill: groupHeader.map(() => HEADER_BACKGROUND) });
  for (const group of result.groups) {
    add(
      [
        perspectiveLabel(group.key, language),
        group.score ?? "",
        statusLabel(group.status, language),
        group.kpis,
        group.onTarget,
        group.attention,
        group.failing,
        group.noData,
      ],
      [TEXT_FORMAT, PERCENT_FORMAT, TEXT_FORMAT, null, null, null, null, null],
      { fill: [null, null, statusFill(group.status)] },
    );
  }
  add(
    [t("sheet.summary.overall"), result.overall ?? "", statusLabel(result.overallStatus, language)],
    [TEXT_FORMAT, PERCENT_FORMAT, TEXT_FORMAT],
    { bold: true, fill: [null, null, statusFill(result.overallStatus)] },
  );
  add([]);

  add([t("sheet.summary.kpi_table")], [], { bold: true });
  const kpiHeader = [
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
  add(kpiHeader, [], { bold: true, fill: kpiHeader.map(() => HEADER_BACKGROUND) });

  const firstKpiRow = rows.length + 1;
  const links: string[][] = [];
  for (const kpi of result.kpis) {
    add(
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
      [TEXT_FORMAT, null, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, null, null, null, TEXT_FORMAT, null, PERCENT_FORMAT, TEXT_FORMAT],
      { fill: [...new Array<null>(11).fill(null), statusFill(kpi.status)] },
    );
    links.push([linkFormula(kpi.tab, kpi.row, request.sheetIds[kpi.tab])]);
  }
  add([]);

  add([t("sheet.summary.skipped")], [], { bold: true });
  add([t("sheet.summary.tab"), t("sheet.summary.reason")], [], { bold: true, fill: [HEADER_BACKGROUND, HEADER_BACKGROUND] });
  if (result.skipped.length === 0) add([t("sheet.summary.none")]);
  for (const skipped of result.skipped) add([skipped.tab, skipped.reason]);

  return {
    name: t("sheet.summary.name"),
    values: rows,
    numberFormats: formats,
    fontWeights: bold.map((line) => line.map((isBold) => (isBold ? "bold" : "normal"))),
    backgrounds: fills,
    formulaBlocks: links.length > 0 ? [{ row: firstKpiRow, column: 1, formulas: links }] : [],
    notes: request.mission === "" ? { row: SUMMARY_LAYOUT.missionRow, column: SUMMARY_LAYOUT.missionColumn, notes: [t("sheet.summary.mission_placeholder")] } : undefined,
    validations: [],
    colorRules: [],
    protections: [],
    frozenRows: 0,
    columnWidths: [200, 90, 90, 260, 160, 110, 110, 110, 170, 80, 80, 140],
  };
}

// A link to the KPI's row in its source tab. Sheets opens "#gid=…&range=…" inside the same file.
function linkFormula(tab: string, row: number, sheetId: number | undefined): string {
  if (sheetId === undefined) return `=${formulaString(tab)}`;
  return `=HYPERLINK(${formulaString(`#gid=${sheetId}&range=A${row}`)},${formulaString(tab)})`;
}

function pad<T>(values: readonly T[], filler: T): T[] {
  const line = values.slice(0, WIDTH);
  while (line.length < WIDTH) line.push(filler);
  return line;
}
