/** Logger and console: lines are recorded, and printed only when EMULATOR_DEBUG is set. */
import { Emulated } from "./facade";
import { formatWithOptions } from "node:util";

export interface LogEntry {
  readonly source: "Logger" | "console";
  readonly level: "log" | "info" | "warn" | "error" | "debug";
  readonly message: string;
}

export class LogStore {
  readonly entries: LogEntry[] = [];

  add(entry: LogEntry): void {
    this.entries.push(entry);
    if (process.env.EMULATOR_DEBUG) process.stderr.write(`[${entry.source}.${entry.level}] ${entry.message}\n`);
  }

  messages(): string[] {
    return this.entries.map((entry) => entry.message);
  }
}

function render(args: unknown[]): string {
  return formatWithOptions({ depth: 4, breakLength: Infinity }, ...args);
}

export class Logger extends Emulated {
  readonly className = "Logger";

  constructor(private readonly store: LogStore) {
    super();
  }

  /** log(data) or log(format, ...values) with "%s" placeholders, as Apps Script's Logger does. */
  log(data: unknown, ...values: unknown[]): Logger {
    let message: string;
    if (values.length && typeof data === "string") {
      let next = 0;
      message = data.replace(/%s/g, () => (next < values.length ? String(values[next++]) : "%s"));
    } else {
      message = typeof data === "string" ? data : render([data]);
    }
    this.store.add({ source: "Logger", level: "log", message });
    return this;
  }

  getLog(): string {
    return this.store.entries
      .filter((entry) => entry.source === "Logger")
      .map((entry) => `${entry.message}\n`)
      .join("");
  }

  clear(): void {
    for (let i = this.store.entries.length - 1; i >= 0; i--) {
      if (this.store.entries[i].source === "Logger") this.store.entries.splice(i, 1);
    }
  }
}

export class Console extends Emulated {
  readonly className = "console";

  constructor(private readonly store: LogStore) {
    super();
  }

  private write(level: LogEntry["level"], args: unknown[]): void {
    this.store.add({ source: "console", level, message: render(args) });
  }

  log(...args: unknown[]): void {
    this.write("log", args);
  }
  info(...args: unknown[]): void {
    this.write("info", args);
  }
  warn(...args: unknown[]): void {
    this.write("warn", args);
  }
  error(...args: unknown[]): void {
    this.write("error", args);
  }
  debug(...args: unknown[]): void {
    this.write("debug", args);
  }
}
