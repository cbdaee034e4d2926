/**
 * Runs scripts as Apps Script does: a classic script evaluated in a fresh V8 context whose globals
 * are only the emulated services, its top-level function declarations being the entry points.
 */
import * as vm from "node:vm";
import { AuthMode } from "./auth";
import { checkAccess } from "./auth";
import { CallLog } from "./calls";
import { NotEmulatedError } from "./errors";
import { Execution, Facade, FacadeHooks } from "./facade";
import { CustomFunctionHost } from "./formulas";
import { LockTable } from "./lock";
import { LogStore } from "./logging";
import { PropertyStores } from "./properties";
import { contextRealm, hostRealm, toHost, toRealm } from "./realm";
import { ExecutionScope, ServiceOptions } from "./scope";
import { createServiceGlobals, SERVICE_NAMES } from "./services";
import { SpreadsheetState } from "./state";

export interface LoadOptions {
  /** Authorization mode of the execution (default FULL). */
  readonly authMode?: AuthMode;
  /** File name shown in stack traces (default "Code.js"). */
  readonly filename?: string;
}

export interface LoadedScript {
  /** The script's global object. */
  readonly context: vm.Context;
  /** Calls a top-level function as one execution; the execution's locks are released afterwards. */
  call(name: string, ...args: unknown[]): unknown;
  /** Names of the script's top-level functions. */
  names(): string[];
}

export interface RuntimeParts {
  readonly state: SpreadsheetState;
  readonly calls: CallLog;
  readonly locks: LockTable;
  readonly properties: PropertyStores;
  readonly logs: LogStore;
  readonly options: ServiceOptions;
  readonly notEmulated: NotEmulatedError[];
}

export class ScriptRuntime {
  private nextExecutionId = 1;
  private readonly compiled = new Map<string, vm.Script>();
  readonly hooks: FacadeHooks;

  constructor(private readonly parts: RuntimeParts) {
    this.hooks = {
      calls: parts.calls,
      checkAccess: (execution, className, method) => checkAccess(execution.authMode, className, method),
      onNotEmulated: (error) => {
        if (!parts.notEmulated.includes(error)) parts.notEmulated.push(error);
      },
    };
  }

  /** Returns the tests' facade, with full access, host values and no call counting. */
  hostFacade(): Facade {
    const execution: Execution = { id: 0, authMode: "FULL", realm: hostRealm, counted: false };
    return new Facade(execution, this.hooks);
  }

  private compile(source: string, filename: string): vm.Script {
    const key = `${filename}\n${source}`;
    let script = this.compiled.get(key);
    if (!script) {
      if (this.compiled.size > 8) this.compiled.clear();
      script = new vm.Script(source, { filename });
      this.compiled.set(key, script);
    }
    return script;
  }

  /**
   * Evaluates `source` in a new context. `counted: false` makes an internal probe whose service
   * calls stay out of the call counts.
   */
  load(source: string, options: LoadOptions = {}, counted = true): LoadedScript & { execution: Execution; facade: Facade } {
    const authMode = options.authMode ?? "FULL";
    const filename = options.filename ?? "Code.js";
    const script = this.compile(source, filename);
    const context = vm.createContext({}, { codeGeneration: { strings: true, wasm: false } });
    const realm = contextRealm(context);
    const execution: Execution = { id: this.nextExecutionId++, authMode, realm, counted };
    const facade = new Facade(execution, this.hooks);
    const scope: ExecutionScope = { ...this.parts, execution };
    Object.assign(context, createServiceGlobals(scope, facade));
    try {
      script.runInContext(context);
    } catch (error) {
      this.parts.locks.releaseAll(execution.id);
      throw error;
    }

    const locks = this.parts.locks;
    return {
      context,
      execution,
      facade,
      names: () => scriptFunctionNames(context),
      call: (name: string, ...args: unknown[]) => {
        const fn = (context as Record<string, unknown>)[name];
        if (typeof fn !== "function") {
          throw new Error(`The script has no top-level function "${name}". Its functions: ${scriptFunctionNames(context).join(", ") || "none"}.`);
        }
        try {
          return toHost(fn.apply(undefined, toRealm(args, realm) as unknown[]));
        } finally {
          locks.releaseAll(execution.id);
        }
      },
    };
  }

  /** Lets formulas call the script's top-level functions, each call a CUSTOM_FUNCTION execution. */
  customFunctionHost(source: string, filename?: string): CustomFunctionHost {
    let byUpperName: Map<string, string>;
    try {
      const probe = this.load(source, { authMode: "CUSTOM_FUNCTION", filename }, false);
      byUpperName = new Map(probe.names().filter((name) => !name.endsWith("_")).map((name) => [name.toUpperCase(), name]));
    } catch {
      // A script whose top level fails in a custom-function context has no callable functions there.
      byUpperName = new Map();
    }
    return {
      functionNames: () => [...byUpperName.keys()],
      call: (name, args) => {
        const loaded = this.load(source, { authMode: "CUSTOM_FUNCTION", filename });
        return loaded.call(byUpperName.get(name) ?? name, ...args);
      },
    };
  }
}

function scriptFunctionNames(context: vm.Context): string[] {
  const services = new Set<string>(SERVICE_NAMES);
  return Object.keys(context).filter((key) => !services.has(key) && typeof (context as Record<string, unknown>)[key] === "function");
}
