/**
 * Display values: what getDisplayValues returns for a value under a number format in a locale.
 *
 * Supported patterns, one section each:
 * - numbers: digit placeholders `0` and `#`, a `,` for grouping, a `.` and decimal places, a
 *   trailing `%`, and literal text around the number in double quotes, after a backslash, or as
 *   spaces and the symbols $ € £ ¥ ₫ ( ) + - (for example `#,##0 "₫"`, `0.0%`);
 * - dates and times: d, dd, M, MM, m, mm (month, or minutes next to hours or seconds), yy, yyyy,
 *   h, hh, H, HH, s, ss, am/pm, with the separators / - . : , and spaces;
 * - `@` (plain text), and "" (automatic).
 * Anything else (several sections, colours, conditions, exponents, fractions, month or day names)
 * throws Not emulated.
 */
import { CellScalar } from "./model";
import { LocaleInfo } from "./locale";
import { notEmulated } from "./errors";
import { dateToSerial, serialToDate, wallClock } from "./dates";

export type FormatKind = "automatic" | "text" | "number" | "date";

/** Splits a pattern into quoted literals and the rest, so letters inside quotes are ignored. */
function unquoted(pattern: string): string {
  return pattern.replace(/"[^"]*"/g, "").replace(/\\./g, "");
}

export function classifyFormat(pattern: string | undefined): FormatKind {
  if (!pattern) return "automatic";
  if (pattern.trim() === "@") return "text";
  const bare = unquoted(pattern).toLowerCase();
  if (/[dyhs]|am\/pm|a\/p/.test(bare) || /m/.test(bare)) return "date";
  if (/[0#?]/.test(bare)) return "number";
  return notEmulated(`number format "${pattern}"`);
}

/** Rounds half away from zero on the decimal digits, hiding binary noise such as 1.005 * 100. */
function roundedDigits(value: number, decimals: number): string {
  const scaled = Math.round(Number((Math.abs(value) * 10 ** decimals).toPrecision(15)));
  const digits = scaled.toString();
  if (/e/i.test(digits)) return notEmulated(`display of ${value} (too large for a plain number format)`);
  return digits.padStart(decimals + 1, "0");
}

function group(integerDigits: string, separator: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

interface NumberPattern {
  prefix: string;
  suffix: string;
  minIntegerDigits: number;
  grouping: boolean;
  minDecimals: number;
  maxDecimals: number;
  percent: boolean;
}

const LITERAL_SYMBOLS = " $€£¥₫()+-";

function parseNumberPattern(pattern: string): NumberPattern {
  const unsupported = (): never => notEmulated(`number format "${pattern}"`);
  let prefix = "";
  let suffix = "";
  let body = "";
  let percent = false;
  let seenBody = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    let literal: string | undefined;
    if (char === '"') {
      const end = pattern.indexOf('"', i + 1);
      if (end < 0) unsupported();
      literal = pattern.slice(i + 1, end);
      i = end;
    } else if (char === "\\") {
      literal = pattern[++i] ?? unsupported();
    } else if (LITERAL_SYMBOLS.includes(char)) {
      literal = char;
    } else if (char === "%") {
      percent = true;
      literal = "%";
    } else if ("0#,.".includes(char)) {
      if (seenBody && suffix) unsupported();
      body += char;
      seenBody = true;
      continue;
    } else {
      unsupported();
    }
    if (seenBody) suffix += literal;
    else prefix += literal;
  }
  const [integerPart, decimalPart = "", extra] = body.split(".");
  if (extra !== undefined || !/^[#,0]*$/.test(integerPart) || !/^[0#]*$/.test(decimalPart)) unsupported();
  if (/,$/.test(integerPart)) unsupported();
  return {
    prefix,
    suffix,
    minIntegerDigits: (integerPart.match(/0/g) ?? []).length,
    grouping: integerPart.includes(","),
    minDecimals: /^0*/.exec(decimalPart)![0].length,
    maxDecimals: decimalPart.length,
    percent,
  };
}

export function formatNumber(value: number, pattern: string, locale: LocaleInfo): string {
  const spec = parseNumberPattern(pattern);
  const scaled = spec.percent ? value * 100 : value;
  const digits = roundedDigits(scaled, spec.maxDecimals);
  let integerDigits = digits.slice(0, digits.length - spec.maxDecimals).replace(/^0+/, "");
  let decimalDigits = digits.slice(digits.length - spec.maxDecimals);
  while (decimalDigits.length > spec.minDecimals && decimalDigits.endsWith("0")) decimalDigits = decimalDigits.slice(0, -1);
  integerDigits = integerDigits.padStart(spec.minIntegerDigits, "0");
  if (spec.grouping) integerDigits = group(integerDigits, locale.groupSeparator);
  const number = decimalDigits ? `${integerDigits}${locale.decimalSeparator}${decimalDigits}` : integerDigits;
  const sign = value < 0 ? "-" : "";
  return `${sign}${spec.prefix}${number}${spec.suffix}`;
}

/** Automatic format: up to 10 significant digits, no grouping. */
export function formatAutomaticNumber(value: number, locale: LocaleInfo): string {
  if (!Number.isFinite(value)) return notEmulated(`display of ${value}`);
  let text: string;
  if (Number.isInteger(value) && Math.abs(value) < 1e15) {
    text = value.toString();
  } else {
    text = value.toPrecision(10);
    if (/e/.test(text)) return notEmulated(`display of ${value} in automatic format (scientific notation)`);
    if (text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  }
  return text.replace(".", locale.decimalSeparator);
}

type DateToken =
  | { kind: "literal"; text: string }
  | { kind: "field"; field: "day" | "month" | "year" | "hour" | "minute" | "second" | "ampm"; width: number };

function tokenizeDatePattern(pattern: string): DateToken[] {
  const unsupported = (): never => notEmulated(`date format "${pattern}"`);
  const tokens: DateToken[] = [];
  for (let i = 0; i < pattern.length; ) {
    const rest = pattern.slice(i);
    const ampm = /^(am\/pm|a\/p)/i.exec(rest);
    if (ampm) {
      tokens.push({ kind: "field", field: "ampm", width: ampm[0].length });
      i += ampm[0].length;
      continue;
    }
    const char = pattern[i];
    if (char === '"') {
      const end = pattern.indexOf('"', i + 1);
      if (end < 0) unsupported();
      tokens.push({ kind: "literal", text: pattern.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (char === "\\") {
      tokens.push({ kind: "literal", text: pattern[i + 1] ?? "" });
      i += 2;
      continue;
    }
    const run = /^([dDmMyYhHsS])\1*/.exec(rest);
    if (run) {
      const letter = run[1].toLowerCase();
      const width = run[0].length;
      const field = ({ d: "day", m: "month", y: "year", h: "hour", s: "second" } as const)[letter as "d" | "m" | "y" | "h" | "s"];
      if ((field === "day" || field === "month") && width > 2) unsupported();
      if (field === "year" && width !== 2 && width !== 4) unsupported();
      if ((field === "hour" || field === "second") && width > 2) unsupported();
      tokens.push({ kind: "field", field, width });
      i += width;
      continue;
    }
    if ("/-.:, ".includes(char)) {
      tokens.push({ kind: "literal", text: char });
      i += 1;
      continue;
    }
    unsupported();
  }
  // "m" means minutes right after an hour or right before a second, as in Sheets and Excel.
  const fields = tokens.filter((token): token is Extract<DateToken, { kind: "field" }> => token.kind === "field");
  fields.forEach((token, index) => {
    if (token.field !== "month") return;
    const before = fields[index - 1];
    const after = fields[index + 1];
    if (before?.field === "hour" || after?.field === "second") token.field = "minute";
  });
  return tokens;
}

export function formatDate(date: Date, pattern: string, timeZone: string): string {
  const tokens = tokenizeDatePattern(pattern);
  const clock = wallClock(date, timeZone);
  const twelveHour = tokens.some((token) => token.kind === "field" && token.field === "ampm");
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return tokens
    .map((token) => {
      if (token.kind === "literal") return token.text;
      switch (token.field) {
        case "day":
          return pad(clock.day, token.width);
        case "month":
          return pad(clock.month, token.width);
        case "year":
          return token.width === 2 ? pad(clock.year % 100, 2) : String(clock.year);
        case "hour":
          return pad(twelveHour ? ((clock.hour + 11) % 12) + 1 : clock.hour, token.width);
        case "minute":
          return pad(clock.minute, Math.min(token.width, 2));
        case "second":
          return pad(clock.second, token.width);
        case "ampm": {
          const morning = clock.hour < 12;
          return token.width === 3 ? (morning ? "a" : "p") : morning ? "AM" : "PM";
        }
      }
    })
    .join("");
}

/**
 * Returns the text Sheets shows for a value. `automaticDatePattern` is used for dates in cells whose
 * format is automatic.
 */
export function displayValue(
  value: CellScalar | "",
  pattern: string | undefined,
  locale: LocaleInfo,
  timeZone: string,
  automaticDatePattern: string = locale.dateTimePattern,
): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const kind = classifyFormat(pattern);
  if (value instanceof Date) {
    if (kind === "date") return formatDate(value, pattern!, timeZone);
    if (kind === "number") return formatNumber(dateToSerial(value, timeZone), pattern!, locale);
    return formatDate(value, automaticDatePattern, timeZone);
  }
  if (kind === "number") return formatNumber(value, pattern!, locale);
  if (kind === "date") return formatDate(serialToDate(value, timeZone), pattern!, timeZone);
  return formatAutomaticNumber(value, locale);
}
