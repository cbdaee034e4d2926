import type { MessageParams } from "../errors";
import type { Language } from "./language";

/**
 * Renders a number for a sentence: up to 12 significant digits, with thousands grouped from
 * 10,000 up (so that years stay as written) and each language's marks: 1.234.567,5 in
 * Vietnamese, 1,234,567.5 in English.
 */
export function formatNumberForText(value: number, language: Language): string {
  const text = String(Number(value.toPrecision(12)));
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction] = match;
  const [group, decimal] = language === "vi" ? [".", ","] : [",", "."];
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+$)/g, group) : whole;
  return `${sign}${grouped}${fraction === undefined ? "" : decimal + fraction}`;
}

/** Writes a "yyyy-mm-dd" day as Vietnamese readers write it (15/07/2026); English keeps the ISO form. */
export function formatDayForText(day: string, language: Language): string {
  if (language !== "vi") return day;
  const [year, month, date] = day.split("-");
  return `${date}/${month}/${year}`;
}

/** Fills "{name}" placeholders of a message; numbers and days are written in the language's style. */
export function fillMessage(template: string, params: MessageParams, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    if (typeof value === "number") return formatNumberForText(value, language);
    if (typeof value !== "object") return value;
    if ("day" in value) return formatDayForText(value.day, language);
    if ("percent" in value) return `${formatNumberForText(Math.round(value.percent * 1000) / 10, language)}%`;
    return value.headers.join(", ");
  });
}
