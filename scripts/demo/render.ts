import type { ScorecardResult } from "../../src/core/scorecard/result";
import { perspectiveLabel, statusLabel } from "../../src/core/kpi/labels";
import { translate } from "../../src/core/i18n/messages";
import type { Language } from "../../src/core/i18n/language";

// One decimal, with the language's decimal mark: 85,3% in Vietnamese, 85.3% in English.
function percent(value: number | null, language: Language): string {
  if (value === null) return "–";
  const text = `${(value * 100).toFixed(1)}%`;
  return language === "vi" ? text.replace(".", ",") : text;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => [...row[column]].length)));
  const line = (row: string[]) => row.map((cell, column) => cell + " ".repeat(widths[column] - [...cell].length)).join("  ");
  return [line(rows[0]), widths.map((width) => "-".repeat(width)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

/** Renders the scorecard as the text tables the demo prints, in the spreadsheet's language. */
export function renderScorecard(result: ScorecardResult, language: Language, title: string): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const groups = table([
    [t("sheet.summary.perspective"), t("sheet.summary.score"), t("sheet.summary.status"), t("sheet.summary.kpis"), t("sheet.summary.on_target"), t("sheet.summary.attention"), t("sheet.summary.failing"), t("sheet.summary.no_data")],
    ...result.groups.map((group) => [
      perspectiveLabel(group.key, language),
      percent(group.score, language),
      statusLabel(group.status, language),
      String(group.kpis),
      String(group.onTarget),
      String(group.attention),
      String(group.failing),
      String(group.noData),
    ]),
    [t("sheet.summary.overall"), percent(result.overall, language), statusLabel(result.overallStatus, language), "", "", "", "", ""],
  ]);
  const kpis = table([
    [t("sheet.summary.tab"), t("sheet.header.id"), t("sheet.header.name"), t("sheet.summary.score"), t("sheet.summary.status")],
    ...result.kpis.map((kpi) => [kpi.tab, kpi.id, kpi.name, percent(kpi.score, language), statusLabel(kpi.status, language)]),
  ]);
  const parts = [title, "", groups];
  if (result.trend.length > 0) {
    const keys = result.groups.map((group) => group.key);
    const trend = table([
      [t("sheet.summary.period"), t("sheet.summary.overall"), ...keys.map((key) => perspectiveLabel(key, language))],
      ...result.trend.map((point) => [point.period, percent(point.overall, language), ...keys.map((key) => percent(point.groups[key] ?? null, language))]),
    ]);
    parts.push("", t("sheet.summary.trend"), translate(language, "sheet.summary.trend_tabs", { tabs: result.trendTabs.join(", ") }), trend);
  }
  if (result.attention.length > 0) {
    const attention = table([
      [t("sheet.summary.issue"), t("sheet.summary.tab"), t("sheet.summary.row"), t("sheet.summary.kpi"), t("sheet.summary.detail")],
      ...result.attention.map((item) => [
        translate(language, `attention.kind.${item.kind}`),
        item.tab ?? "",
        item.row === null ? "" : String(item.row),
        item.kpi ?? (item.group ? perspectiveLabel(item.group, language) : ""),
        item.message,
      ]),
    ]);
    parts.push("", t("sheet.summary.attention_list"), attention);
  }
  parts.push("", t("sheet.summary.kpi_table"), kpis);
  if (result.skipped.length > 0) {
    parts.push("", t("sheet.summary.skipped"), table([[t("sheet.summary.tab"), t("sheet.summary.reason")], ...result.skipped.map((s) => [s.tab, s.reason])]));
  }
  return parts.join("\n");
}
