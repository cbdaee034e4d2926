import { createEmulator, type Emulator } from "../../emulator";
import { readDist } from "./addon";

/** The two spreadsheet locales the add-on is tested in: decimal comma and decimal point. */
export const LOCALES = ["vi_VN", "en_US"] as const;
export type TestLocale = (typeof LOCALES)[number];

export const FUNCTION_NAMES = ["KPI_SCORE", "CHURN_RATE", "LTV_CAC", "BURN_RATE", "RUNWAY", "CAC", "LTV", "CAC_PAYBACK"] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

let code: string | undefined;

/** Returns the text of dist/Code.js, the file clasp pushes, read once per test file. */
export function builtCode(): string {
  code ??= readDist("Code.js");
  return code;
}

/** Creates an emulated spreadsheet in `locale` whose script is the built add-on. */
export function spreadsheetWithAddon(locale: TestLocale): Emulator {
  const emulator = createEmulator({ spreadsheetLocale: locale, timeZone: "Asia/Ho_Chi_Minh" });
  emulator.setScript(builtCode(), "Code.js");
  return emulator;
}

/**
 * Calls a custom function the way one formula cell does: a fresh execution of dist/Code.js with
 * the arguments Sheets passes (numbers, "", Dates, booleans, text, 2-D arrays for ranges).
 */
export type CallFunction = (name: FunctionName, ...args: unknown[]) => unknown;

/** Returns a caller bound to one spreadsheet per locale, created on first use. */
export function callersByLocale(): Record<TestLocale, CallFunction> {
  const spreadsheets = new Map<TestLocale, Emulator>();
  const callerFor = (locale: TestLocale): CallFunction => (name, ...args) => {
    let emulator = spreadsheets.get(locale);
    if (!emulator) {
      emulator = spreadsheetWithAddon(locale);
      spreadsheets.set(locale, emulator);
    }
    return emulator.run(name, args);
  };
  return { vi_VN: callerFor("vi_VN"), en_US: callerFor("en_US") };
}

/**
 * Runs `action`, which must throw, and returns what it threw after checking that it is a plain
 * Error with a message. Errors thrown inside the script come from another realm, so
 * `instanceof Error` would be false for them even when they are Errors.
 */
export function thrownError(action: () => unknown): Error {
  let result: unknown;
  try {
    result = action();
  } catch (error) {
    expect(Object.prototype.toString.call(error)).toBe("[object Error]");
    expect((error as Error).name).toBe("Error");
    expect(typeof (error as Error).message).toBe("string");
    expect((error as Error).message.length).toBeGreaterThan(0);
    return error as Error;
  }
  throw new Error(`expected an error but got ${JSON.stringify(result)}`);
}

/** Returns the message a cell would show on hover over #ERROR!. */
export function errorMessage(action: () => unknown): string {
  return thrownError(action).message;
}

/** Returns the text an error message puts after the function's name for a cell of a range. */
export function positionText(locale: TestLocale, row: number, column: number): string {
  return locale === "vi_VN" ? ` (hàng ${row}, cột ${column} của vùng)` : ` (row ${row}, column ${column} of the range)`;
}

/** Returns a column range of `rows` cells, each from `valueAt(rowIndex)`. */
export function column<T>(rows: number, valueAt: (index: number) => T): T[][] {
  return Array.from({ length: rows }, (_, index) => [valueAt(index)]);
}

/** True for what a custom function may return in a cell: a finite number, a blank, or "∞" where allowed. */
export function isAllowedCell(value: unknown, infinityAllowed: boolean): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return value === "" || (infinityAllowed && value === "∞");
}

/** Functions that return the text "∞" when the money never runs out or never pays back. */
export const RETURNS_INFINITY_TEXT: ReadonlySet<FunctionName> = new Set(["RUNWAY", "CAC_PAYBACK"]);

/** One form of a custom function with valid arguments and the result they give. */
export interface FunctionForm {
  readonly label: string;
  readonly name: FunctionName;
  readonly params: readonly string[];
  readonly required: number;
  readonly args: readonly unknown[];
  readonly result: number;
}

/** Every custom function with arguments from a startup's month; LTV_CAC has two forms. */
export const FUNCTION_FORMS: readonly FunctionForm[] = [
  {
    label: "KPI_SCORE",
    name: "KPI_SCORE",
    params: ["actual", "target", "threshold", "direction", "cap"],
    required: 2,
    args: [90, 100, 60, "higher", 1.2],
    result: 0.75,
  },
  { label: "CHURN_RATE", name: "CHURN_RATE", params: ["customers_at_start", "customers_lost", "periods"], required: 2, args: [200, 10, 1], result: 0.05 },
  { label: "LTV_CAC(ltv, cac)", name: "LTV_CAC", params: ["ltv", "cac"], required: 2, args: [24000000, 3000000], result: 8 },
  {
    label: "LTV_CAC(arpa, gross_margin, churn_rate, cac, max_lifetime)",
    name: "LTV_CAC",
    params: ["arpa", "gross_margin", "churn_rate", "cac", "max_lifetime"],
    required: 4,
    args: [2000000, 0.8, 0.05, 4000000, 36],
    result: 8,
  },
  { label: "BURN_RATE", name: "BURN_RATE", params: ["cash_out", "cash_in", "months"], required: 1, args: [450000000, 300000000, 1], result: 150000000 },
  { label: "RUNWAY", name: "RUNWAY", params: ["cash_balance", "net_burn"], required: 2, args: [1350000000, 150000000], result: 9 },
  { label: "CAC", name: "CAC", params: ["spend", "new_customers"], required: 2, args: [90000000, 30], result: 3000000 },
  { label: "LTV", name: "LTV", params: ["arpa", "gross_margin", "churn_rate", "max_lifetime"], required: 3, args: [500000, 0.8, 0.05, 36], result: 8000000 },
  { label: "CAC_PAYBACK", name: "CAC_PAYBACK", params: ["cac", "arpa", "gross_margin"], required: 3, args: [3000000, 500000, 0.8], result: 7.5 },
];

/** Returns a copy of `args` with the argument at `index` replaced. */
export function withArgument(args: readonly unknown[], index: number, value: unknown): unknown[] {
  const copy = [...args];
  copy[index] = value;
  return copy;
}
