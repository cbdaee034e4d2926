import { PERSPECTIVES } from "../catalog/vocabulary";
import type { Language } from "../i18n/language";
import { translate } from "../i18n/messages";
import { perspectiveLabel } from "../kpi/labels";
import { dateTimeFormat, PERCENT_FORMAT } from "../plan/number-formats";
import type { ScorecardResult } from "./result";

/** Columns of the history tab: when, overall, the four perspectives, unassigned. */
export const HISTORY_WIDTH = 7;

export function historyHeader(language: Language): string[] {
  return [
    translate(language, "sheet.history.built_at"),
    translate(language, "sheet.summary.overall"),
    ...PERSPECTIVES.map((key) => perspectiveLabel(key, language)),
    perspectiveLabel("unassigned", language),
  ];
}

/** Builds the history row of one build: blank where a score is undefined, so a trend chart shows a gap. */
export function historyRow(result: ScorecardResult, builtAt: Date): (Date | number | string)[] {
  const score = (key: string) => result.groups.find((group) => group.key === key)?.score ?? "";
  return [builtAt, result.overall ?? "", ...PERSPECTIVES.map(score), score("unassigned")];
}

export function historyFormats(locale: string): string[] {
  return [dateTimeFormat(locale), ...new Array<string>(HISTORY_WIDTH - 1).fill(PERCENT_FORMAT)];
}
