/** Counts calls to emulated methods, keyed "Class.method", and injects failures on request. */
import { AppsScriptError } from "./errors";

export interface FailureOptions {
  /** Number of calls that still succeed; the next one throws. */
  afterCalls: number;
  /** Message of the injected error. */
  message?: string;
  /** How many calls fail once failing starts (default 1; Infinity fails every later call). */
  times?: number;
}

interface FailureRule {
  readonly afterCalls: number;
  readonly message: string;
  readonly times: number;
  seen: number;
}

export class CallLog {
  readonly counts: Record<string, number> = {};
  private readonly failures = new Map<string, FailureRule>();

  record(key: string): void {
    this.counts[key] = (this.counts[key] ?? 0) + 1;
  }

  /** Throws the injected error when the current call of `key` is one of the failing ones. */
  checkFailure(key: string): void {
    const rule = this.failures.get(key);
    if (!rule) return;
    rule.seen += 1;
    const failingIndex = rule.seen - rule.afterCalls;
    if (failingIndex >= 1 && failingIndex <= rule.times) throw new AppsScriptError(rule.message);
  }

  failOn(key: string, options: FailureOptions): void {
    if (!/^[A-Za-z]+\.[A-Za-z]+$/.test(key)) {
      throw new Error(`failOn expects a "Class.method" key such as "Range.setValues", got "${key}".`);
    }
    this.failures.set(key, {
      afterCalls: options.afterCalls,
      message: options.message ?? "Service Spreadsheets failed while accessing document.",
      times: options.times ?? 1,
      seen: 0,
    });
  }

  clearFailures(): void {
    this.failures.clear();
  }

  reset(): void {
    for (const key of Object.keys(this.counts)) delete this.counts[key];
  }

  total(): number {
    return Object.values(this.counts).reduce((sum, count) => sum + count, 0);
  }
}
