import { DIRECTIONS, type Direction } from "../catalog/vocabulary";
import { translateCore } from "../i18n/core-messages";
import { foldText } from "../values/normalize";

const KEYWORDS: Readonly<Record<Direction, readonly string[]>> = {
  higher: ["higher", "high", "up", "increase", "cao", "tang", "cang cao cang tot"],
  lower: ["lower", "low", "down", "decrease", "thap", "giam", "cang thap cang tot"],
  target: ["target", "closer", "closer to target", "muc tieu", "gan muc tieu", "cang gan muc tieu cang tot"],
};

const LABEL_KEYS = {
  higher: "sheet.direction.higher",
  lower: "sheet.direction.lower",
  target: "sheet.direction.target",
} as const;

let lookup: Map<string, Direction> | undefined;

function buildLookup(): Map<string, Direction> {
  const map = new Map<string, Direction>();
  for (const direction of DIRECTIONS) {
    for (const word of KEYWORDS[direction]) map.set(word, direction);
    for (const language of ["vi", "en"] as const) {
      map.set(foldText(translateCore(language, LABEL_KEYS[direction])), direction);
    }
  }
  return map;
}

/**
 * Reads a direction typed by a user or picked from a KPI tab's dropdown, in either language,
 * ignoring case and diacritics. Returns null when the text names no direction.
 */
export function parseDirection(text: string): Direction | null {
  lookup ??= buildLookup();
  return lookup.get(foldText(text)) ?? null;
}

/** Returns the dropdown label of a direction in a KPI tab. */
export function directionLabel(direction: Direction, language: "vi" | "en"): string {
  return translateCore(language, LABEL_KEYS[direction]);
}
