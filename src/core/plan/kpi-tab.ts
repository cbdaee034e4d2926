import type { CatalogGroup, KpiDefinition } from "../catalog/schema";
import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, INDICATOR_TYPES, PERSPECTIVES } from "../catalog/vocabulary";
import type { Language } from "../i18n/language";
import { translate } from "../i18n/messages";
import { columnsOfLayout, type ColumnKey, type Layout } from "../kpi/columns";
import { directionLabel } from "../kpi/direction";
import {
  aggregationLabel,
  frequencyLabel,
  headerLabel,
  headerNote,
  indicatorLabel,
  perspectiveLabel,
  statusLabel,
  unitLabel,
  type Status,
} from "../kpi/labels";
import { periodLabels, type PeriodKind } from "../periods/periods";
import { cellAddress, columnLetters } from "./a1";
import { actualFormula, proratedExpression, throughFormula, type PeriodCells } from "./period-formulas";
import { scoreFormula, statusFormula, varianceFormula, type RowCells } from "./kpi-formulas";
import { dateFormat, PERCENT_FORMAT, TEXT_FORMAT, unitFormat } from "./number-formats";
import { filledGrid, type FormulaBlock, type ListValidation, type PlanValue, type SheetPlan, type TextColorRule } from "./sheet-plan";

export interface KpiTabRequest {
  readonly group: CatalogGroup;
  /** The KPIs to include, in the order they appear. */
  readonly kpis: readonly KpiDefinition[];
  readonly layout: Layout;
  readonly language: Language;
  /** The spreadsheet's locale, which sets the date format. */
  readonly locale: string;
  readonly objective?: string;
  readonly owner?: string;
  readonly period?: string;
  /** Period columns of a full layout: their kind, the year, and the reporting period (1-based). */
  readonly periods?: { readonly kind: PeriodKind; readonly year: number; readonly reporting: number };
}

/** Rows and columns of a generated KPI tab's fixed parts; the header block has a fixed height. */
export const KPI_TAB_LAYOUT = {
  titleRow: 1,
  subtitleRow: 2,
  objectiveRow: 3,
  ownerRow: 4,
  /** Row of the reporting period (B), the periods elapsed (D) and the period numbers above each period column. */
  reportingRow: 5,
  reportingColumn: 2,
  throughColumn: 4,
  headerRow: 6,
  firstKpiRow: 7,
} as const;

export const STATUS_COLORS: Readonly<Record<Status, { background: string; font: string }>> = {
  on_target: { background: "#d9ead3", font: "#274e13" },
  attention: { background: "#fff2cc", font: "#7f6000" },
  failing: { background: "#f4cccc", font: "#990000" },
  no_data: { background: "#efefef", font: "#666666" },
};

const HEADER_BACKGROUND = "#ddebf7";
const FORMULA_COLUMNS: readonly ColumnKey[] = ["score", "status", "variance"];
const NUMERIC_COLUMNS: readonly ColumnKey[] = ["baseline", "threshold", "target", "actual", "variance"];
const DATE_COLUMNS: readonly ColumnKey[] = ["last_updated", "expiry"];
const WIDE_COLUMNS: readonly ColumnKey[] = ["name", "objective", "data_source", "roles", "analysis"];

/** Lays out a new KPI definition tab for one stage or department as a sheet plan. */
export function planKpiTab(request: KpiTabRequest): SheetPlan {
  const { group, kpis, language } = request;
  const columns = columnsOfLayout(request.layout);
  const periods = request.layout === "full" ? request.periods : undefined;
  const labels = periods ? periodLabels(periods.kind, periods.year, language) : [];
  const width = columns.length + labels.length;
  const height = KPI_TAB_LAYOUT.firstKpiRow - 1 + kpis.length;
  const at = (key: ColumnKey) => columns.indexOf(key) + 1;
  const firstPeriodColumn = columns.length + 1;
  const lastPeriodColumn = columns.length + labels.length;

  const values = filledGrid<PlanValue>(height, width, "");
  const formats = filledGrid<string | null>(height, width, TEXT_FORMAT);
  const weights = filledGrid<"bold" | "normal">(height, width, "normal");
  const backgrounds = filledGrid<string | null>(height, width, null);

  writeHeaderBlock(request, values, weights);

  const headerIndex = KPI_TAB_LAYOUT.headerRow - 1;
  const headers = [...columns.map((key) => headerLabel(key, language)), ...labels];
  headers.forEach((header, column) => {
    values[headerIndex][column] = header;
    weights[headerIndex][column] = "bold";
    backgrounds[headerIndex][column] = HEADER_BACKGROUND;
  });

  const through = `$${columnLetters(KPI_TAB_LAYOUT.throughColumn)}$${KPI_TAB_LAYOUT.reportingRow}`;
  const formulaBlocks: FormulaBlock[] = [];
  if (periods) {
    writeReportingCells(values, formats, weights, labels, periods.reporting, language);
    formulaBlocks.push({
      row: KPI_TAB_LAYOUT.reportingRow,
      column: KPI_TAB_LAYOUT.throughColumn,
      formulas: [
        [
          throughFormula(
            cellAddress(KPI_TAB_LAYOUT.reportingRow, KPI_TAB_LAYOUT.reportingColumn),
            `$${columnLetters(firstPeriodColumn)}$${KPI_TAB_LAYOUT.headerRow}:$${columnLetters(lastPeriodColumn)}$${KPI_TAB_LAYOUT.headerRow}`,
            labels.length,
          ),
        ],
      ],
    });
  }

  const computed: readonly ColumnKey[] = periods ? ["actual", ...FORMULA_COLUMNS] : FORMULA_COLUMNS;
  const formulaColumns = columns.filter((key) => computed.includes(key));
  const firstFormulaColumn = at(formulaColumns[0]);
  const formulas: string[][] = [];

  kpis.forEach((kpi, index) => {
    const row = KPI_TAB_LAYOUT.firstKpiRow + index;
    const line = values[row - 1];
    columns.forEach((key, column) => {
      line[column] = cellValue(key, kpi, request);
      formats[row - 1][column] = cellFormat(key, kpi, request.locale);
    });
    for (let column = firstPeriodColumn; column <= lastPeriodColumn; column++) formats[row - 1][column - 1] = unitFormat(kpi.unit);

    const period: PeriodCells | null = periods
      ? {
          numbers: `$${columnLetters(firstPeriodColumn)}$${KPI_TAB_LAYOUT.reportingRow}:$${columnLetters(lastPeriodColumn)}$${KPI_TAB_LAYOUT.reportingRow}`,
          values: `${cellAddress(row, firstPeriodColumn)}:${cellAddress(row, lastPeriodColumn)}`,
          through,
          aggregation: cellAddress(row, at("aggregation")),
          periods: labels.length,
        }
      : null;
    const target = cellAddress(row, at("target"));
    const threshold = cellAddress(row, at("threshold"));
    const cells: RowCells = {
      name: cellAddress(row, at("name")),
      actual: cellAddress(row, at("actual")),
      target: period ? proratedExpression(target, period) : target,
      threshold: period ? proratedExpression(threshold, period) : threshold,
      direction: cellAddress(row, at("direction")),
      score: cellAddress(row, at("score")),
    };
    const byKey: Partial<Record<ColumnKey, string>> = {
      actual: period ? actualFormula(period) : "",
      score: scoreFormula(cells),
      status: statusFormula(cells, language),
      variance: varianceFormula(cells),
    };
    formulas.push(formulaColumns.map((key) => byKey[key] ?? ""));
  });

  const body = (key: ColumnKey) => ({ row: KPI_TAB_LAYOUT.firstKpiRow, column: at(key), rows: kpis.length, columns: 1 });
  const hasRows = kpis.length > 0;
  if (hasRows) formulaBlocks.push({ row: KPI_TAB_LAYOUT.firstKpiRow, column: firstFormulaColumn, formulas });

  const notes = [
    ...columns.map((key) => headerNote(key, language, periods !== undefined)),
    ...labels.map(() => translate(language, "sheet.note.period")),
  ];
  const validations = hasRows ? listValidations(columns, body, language) : [];
  if (periods) {
    validations.push({
      block: { row: KPI_TAB_LAYOUT.reportingRow, column: KPI_TAB_LAYOUT.reportingColumn, rows: 1, columns: 1 },
      values: labels,
      helpText: translate(language, "sheet.kpi_tab.reporting_help"),
    });
  }

  return {
    name: translate(language, "sheet.kpi_tab.name", { group: group.name[language] }),
    values,
    numberFormats: formats,
    fontWeights: weights,
    backgrounds,
    formulaBlocks,
    notes: { row: KPI_TAB_LAYOUT.headerRow, column: 1, notes },
    validations,
    colorRules: hasRows ? statusColorRules(body("status"), language) : [],
    protections: hasRows
      ? [
          {
            block: { row: KPI_TAB_LAYOUT.firstKpiRow, column: firstFormulaColumn, rows: kpis.length, columns: formulaColumns.length },
            description: translate(language, "sheet.kpi_tab.protection"),
          },
        ]
      : [],
    frozenRows: KPI_TAB_LAYOUT.headerRow,
    columnWidths: [...columns.map(columnWidth), ...labels.map(() => PERIOD_COLUMN_WIDTH)],
  };
}

const PERIOD_COLUMN_WIDTH = 90;

function columnWidth(key: ColumnKey): number {
  if (WIDE_COLUMNS.includes(key)) return 240;
  return key === "id" ? 80 : 120;
}

/** Writes the reporting period row: its label, the chosen period, and the numbers 1…n above the periods. */
function writeReportingCells(
  values: PlanValue[][],
  formats: (string | null)[][],
  weights: ("bold" | "normal")[][],
  labels: readonly string[],
  reporting: number,
  language: Language,
): void {
  const row = KPI_TAB_LAYOUT.reportingRow - 1;
  values[row][KPI_TAB_LAYOUT.reportingColumn - 2] = translate(language, "sheet.kpi_tab.reporting_period");
  weights[row][KPI_TAB_LAYOUT.reportingColumn - 2] = "bold";
  values[row][KPI_TAB_LAYOUT.reportingColumn - 1] = labels[Math.min(Math.max(reporting, 1), labels.length) - 1];
  values[row][KPI_TAB_LAYOUT.throughColumn - 2] = translate(language, "sheet.kpi_tab.periods_passed");
  formats[row][KPI_TAB_LAYOUT.throughColumn - 1] = "0";
  const first = values[row].length - labels.length;
  labels.forEach((_, index) => {
    values[row][first + index] = index + 1;
    formats[row][first + index] = "0";
  });
}

function writeHeaderBlock(request: KpiTabRequest, values: PlanValue[][], weights: ("bold" | "normal")[][]): void {
  const { group, language } = request;
  const groupName = group.name[language];
  values[KPI_TAB_LAYOUT.titleRow - 1][0] = translate(language, `sheet.kpi_tab.title.${group.kind}`, { group: groupName });
  weights[KPI_TAB_LAYOUT.titleRow - 1][0] = "bold";
  values[KPI_TAB_LAYOUT.subtitleRow - 1][0] =
    group.kind === "stage" && group.keyQuestion
      ? translate(language, "sheet.kpi_tab.key_question", { question: group.keyQuestion[language] })
      : translate(language, "sheet.kpi_tab.department_line", { group: groupName });

  const objective = values[KPI_TAB_LAYOUT.objectiveRow - 1];
  objective[0] = translate(language, "sheet.kpi_tab.objective");
  objective[1] = request.objective ?? "";
  weights[KPI_TAB_LAYOUT.objectiveRow - 1][0] = "bold";

  const owner = values[KPI_TAB_LAYOUT.ownerRow - 1];
  owner[0] = translate(language, "sheet.kpi_tab.owner");
  owner[1] = request.owner ?? "";
  owner[2] = translate(language, "sheet.kpi_tab.period");
  owner[3] = request.period ?? "";
  weights[KPI_TAB_LAYOUT.ownerRow - 1][0] = "bold";
  weights[KPI_TAB_LAYOUT.ownerRow - 1][2] = "bold";
}

function cellValue(key: ColumnKey, kpi: KpiDefinition, request: KpiTabRequest): PlanValue {
  const language = request.language;
  switch (key) {
    case "id":
      return kpi.id;
    case "name":
      return kpi.name[language];
    case "perspective":
      return perspectiveLabel(kpi.perspective, language);
    case "objective":
      return request.objective ?? "";
    case "unit":
      return unitLabel(kpi.unit, language);
    case "direction":
      return directionLabel(kpi.direction, language);
    case "weight":
      return kpi.weight;
    case "frequency":
      return frequencyLabel(kpi.frequency, language);
    case "indicator_type":
      return indicatorLabel(kpi.indicatorType, language);
    case "related":
      return (kpi.related ?? []).join(", ");
    case "data_source":
      return kpi.dataSource[language];
    case "owner":
      return request.owner ?? "";
    case "scope":
      return translate(language, `sheet.kpi_tab.scope.${request.group.kind}`);
    case "aggregation":
      return aggregationLabel(kpi.aggregation, language);
    default:
      return "";
  }
}

function cellFormat(key: ColumnKey, kpi: KpiDefinition, locale: string): string | null {
  if (NUMERIC_COLUMNS.includes(key)) return unitFormat(kpi.unit);
  if (DATE_COLUMNS.includes(key)) return dateFormat(locale);
  if (key === "score") return PERCENT_FORMAT;
  if (key === "weight") return null;
  if (key === "tracking_cost") return unitFormat("vnd");
  return TEXT_FORMAT;
}

function listValidations(
  columns: readonly ColumnKey[],
  body: (key: ColumnKey) => ListValidation["block"],
  language: Language,
): ListValidation[] {
  const helpText = translate(language, "sheet.kpi_tab.validation_help");
  const lists: Partial<Record<ColumnKey, string[]>> = {
    perspective: PERSPECTIVES.map((key) => perspectiveLabel(key, language)),
    direction: DIRECTIONS.map((key) => directionLabel(key, language)),
    frequency: FREQUENCIES.map((key) => frequencyLabel(key, language)),
    indicator_type: INDICATOR_TYPES.map((key) => indicatorLabel(key, language)),
    aggregation: AGGREGATIONS.map((key) => aggregationLabel(key, language)),
  };
  return columns.flatMap((key) => {
    const values = lists[key];
    return values ? [{ block: body(key), values, helpText }] : [];
  });
}

function statusColorRules(block: ListValidation["block"], language: Language): TextColorRule[] {
  return (Object.keys(STATUS_COLORS) as Status[]).map((status) => ({
    block,
    text: statusLabel(status, language),
    background: STATUS_COLORS[status].background,
    fontColor: STATUS_COLORS[status].font,
  }));
}
