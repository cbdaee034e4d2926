import type { MessageParams } from "../errors";
import type { Language } from "./language";

/** Renders a number for a sentence: up to 12 significant digits, "," as decimal mark in Vietnamese. */
export function formatNumberForText(value: number, language: Language): string {
  const text = String(Number(value.toPrecision(12)));
  return language === "vi" ? text.replace(".", ",") : text;
}

/** Fills "{name}" placeholders of a message; numbers are written in the language's style. */
export function fillMessage(template: string, params: MessageParams, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? formatNumberForText(value, language) : value;
  });
}
