import { KpiError } from "../core/errors";
import type { CellResult } from "../core/functions/args";
import { CUSTOM_FUNCTIONS, type CustomFunctionName } from "../core/functions/registry";
import { formatFunctionError } from "../core/i18n/core-messages";
import { SpreadsheetLocale } from "./locale";

/**
 * Runs a custom function as Sheets calls it. Rejected input becomes a thrown Error whose text,
 * in the spreadsheet's language, Sheets shows on hover over #ERROR!.
 */
export function runCustomFunction(name: CustomFunctionName, args: ArrayLike<unknown>): CellResult | CellResult[][] {
  const locale = new SpreadsheetLocale();
  try {
    return CUSTOM_FUNCTIONS[name](Array.from(args), { decimalSeparator: locale.decimalSeparator });
  } catch (error) {
    if (error instanceof KpiError) throw new Error(formatFunctionError(name, error, locale.language));
    throw error;
  }
}
