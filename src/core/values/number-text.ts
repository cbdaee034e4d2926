export type DecimalSeparator = "." | ",";

const CURRENCY_PREFIX = /^(?:US\$|\$|₫|VNĐ|VND|đ)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:US\$|\$|₫|VNĐ|VND|đ)$/i;
const VND_MARK = /₫|VNĐ|VND|\d\s*đ|đ\s*\d/i;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;

/**
 * Reads a number typed as text, the way Vietnamese and English business sheets write them:
 * "12", "-3.5", "12%", "1,234.5", "1.234,5", "1.234.567 ₫", "US$1,234", "(1.234)" for a negative.
 * One separator followed by exactly three digits ("1.234") is ambiguous, so only then is the
 * locale's decimal separator asked for. Returns null when the text is not a number.
 */
export function parseNumberText(raw: string, decimalSeparator: () => DecimalSeparator): number | null {
  let text = raw.trim();
  let negative = false;

  const parenthesized = /^\((.*)\)$/.exec(text);
  if (parenthesized) {
    negative = true;
    text = parenthesized[1].trim();
  }

  text = text.replace(CURRENCY_PREFIX, "");
  const sign = /^[-+\u2212]/.exec(text);
  if (sign) {
    if (negative && sign[0] !== "+") return null;
    negative = negative || sign[0] !== "+";
    text = text.slice(1).trimStart().replace(CURRENCY_PREFIX, "");
  }

  let scale = 1;
  if (text.endsWith("%")) {
    scale = 0.01;
    text = text.slice(0, -1).trimEnd();
  } else {
    text = text.replace(CURRENCY_SUFFIX, "");
  }

  // Dong amounts have no decimals, so "₫1.000" and "1,000 VND" are a thousand in any locale.
  const separator = VND_MARK.test(raw) ? () => (/[.]\d{3}(?!\d)/.test(text) ? "," : ".") : decimalSeparator;
  const magnitude = parseDigits(text, separator);
  if (magnitude === null) return null;
  const value = (negative ? -magnitude : magnitude) * scale;
  return Number.isFinite(value) ? value : null;
}

function parseDigits(text: string, decimalSeparator: () => DecimalSeparator): number | null {
  if (SPACE_GROUPED.test(text)) text = text.replace(/[ \u00a0\u202f]/g, "");
  if (!/^(?:\d[\d.,]*|[.,]\d+)$/.test(text) || /[.,]$/.test(text)) return null;

  const dots = countOf(text, ".");
  const commas = countOf(text, ",");
  if (dots === 0 && commas === 0) return Number(text);

  if (dots > 0 && commas > 0) {
    const decimal = text.lastIndexOf(".") > text.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    if (countOf(text, decimal) !== 1) return null;
    const [integer, fraction] = text.split(decimal);
    if (!isGrouped(integer, group)) return null;
    return Number(`${integer.split(group).join("")}.${fraction}`);
  }

  const separator = dots > 0 ? "." : ",";
  if (countOf(text, separator) > 1) {
    return isGrouped(text, separator) ? Number(text.split(separator).join("")) : null;
  }

  const [integer, fraction] = text.split(separator);
  const couldBeGrouping = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(integer);
  if (couldBeGrouping && decimalSeparator() !== separator) return Number(integer + fraction);
  return Number(`${integer || "0"}.${fraction}`);
}

function isGrouped(text: string, separator: string): boolean {
  const groups = text.split(separator);
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((group) => /^\d{3}$/.test(group));
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (const c of text) if (c === character) count++;
  return count;
}

/**
 * Returns the decimal separator of a spreadsheet locale such as "vi_VN" (",") or "en_US" (".").
 * The separator comes from Intl, and a code Intl cannot resolve falls back to ".".
 */
export function decimalSeparatorOfLocale(locale: string): DecimalSeparator {
  try {
    const parts = new Intl.NumberFormat(locale.replace(/_/g, "-")).formatToParts(1.5);
    const decimal = parts.find((part) => part.type === "decimal");
    return decimal?.value === "," ? "," : ".";
  } catch {
    return ".";
  }
}
