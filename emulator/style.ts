/** Cell style values as Sheets stores and returns them. */
import { notEmulated } from "./errors";

export const DEFAULT_BACKGROUND = "#ffffff";
export const DEFAULT_FONT_COLOR = "#000000";
export const DEFAULT_FONT_SIZE = 10;

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
  cyan: "#00ffff",
  magenta: "#ff00ff",
};

/** Returns the colour as getBackground returns it: "#rrggbb" in lower case; null or "" means the default. */
export function normalizeColor(color: unknown): string | undefined {
  if (color === null || color === undefined || color === "") return undefined;
  const text = String(color).trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  if (/^#[0-9a-f]{3}$/.test(text)) return `#${[...text.slice(1)].map((digit) => digit + digit).join("")}`;
  return NAMED_COLORS[text] ?? notEmulated(`colour "${String(color)}" (use #rrggbb or a basic CSS colour name)`);
}

export function normalizeFontWeight(weight: unknown): "bold" | "normal" | undefined {
  if (weight === null || weight === undefined) return undefined;
  if (weight === "bold" || weight === "normal") return weight;
  return notEmulated(`font weight "${String(weight)}" (Sheets accepts "bold", "normal" or null)`);
}

const ALIGNMENTS = new Set(["left", "center", "right", "normal", "general"]);

export function normalizeHorizontalAlignment(alignment: unknown): string | undefined {
  if (alignment === null || alignment === undefined) return undefined;
  const text = String(alignment).toLowerCase();
  return ALIGNMENTS.has(text) ? text : notEmulated(`horizontal alignment "${String(alignment)}"`);
}
