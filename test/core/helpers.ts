import { KpiError } from "../../src/core/errors";

/** Returns the message key of the KpiError `run` raises, the text of any other error, or undefined. */
export function errorKey(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof KpiError ? error.key : String(error);
  }
  return undefined;
}
