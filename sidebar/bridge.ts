import type { ServerApi } from "../src/core/bridge/contract";

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [endpoint: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/**
 * Calls a server endpoint through google.script.run and returns a promise of its typed result.
 * The server validates every request again, so this typing only helps the sidebar's own code.
 */
export function callServer<K extends keyof ServerApi>(name: K, request: Parameters<ServerApi[K]>[0]): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(error));
    (runner[name] as (argument: unknown) => void)(request);
  });
}

/** Returns the message of a failure that google.script.run reported. */
export function failureMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}
