import type { MessageParams } from "../errors";
import type { Language } from "./language";

/** Renders a number for a sentence: up to 12 significant digits, "," as decimal mark in Vietnamese. */
export function formatNumberForText(value: number, language: Language): string {
  const text = String(Number(value.toPrecision(12)));
  return language === "vi" ? text.replace(".", ",") : text;
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
    if (typeof value === "object") return formatDayForText(value.day, language);
    return value;
  });
}
