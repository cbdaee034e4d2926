import type { Language } from "./language";
import { translate } from "./messages";

/** Writes a count with its noun, singular or plural as the language needs ("1 KPI", "11 KPIs"). */
export function countText(language: Language, noun: "kpi" | "tab", count: number): string {
  return translate(language, count === 1 ? `count.${noun}.one` : `count.${noun}.other`, { count });
}
