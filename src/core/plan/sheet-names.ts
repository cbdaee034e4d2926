/** Maximum length of a tab name in Sheets. */
export const MAX_SHEET_NAME = 100;

/**
 * Returns `wanted`, or `wanted (2)`, `wanted (3)`… when a tab already has that name. Sheets
 * compares tab names without regard to letter case, so this does too, and names are cut to fit
 * Sheets' limit of 100 characters.
 */
export function freeSheetName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const base = cut(wanted, MAX_SHEET_NAME);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

// Cuts text to a length in UTF-16 units without splitting an emoji's surrogate pair.
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const end = /[\uD800-\uDBFF]/.test(text[length - 1]) ? length - 1 : length;
  return text.slice(0, end);
}

/** Returns the names new tabs will get, in order, each avoiding the existing ones and those before it. */
export function freeSheetNames(existing: readonly string[], wanted: readonly string[]): string[] {
  const taken = [...existing];
  return wanted.map((name) => {
    const free = freeSheetName(taken, name);
    taken.push(free);
    return free;
  });
}
