/**
 * Proxies that present the emulated objects to scripts and tests. A proxy exposes the public methods
 * of an emulated class (its prototype methods), counts each call, applies the auth-mode policy and
 * injected failures, moves values across realms, and throws "Not emulated: Class.method" for any other
 * method. Calls the emulator makes between its own raw objects bypass the proxies, so they are not
 * counted.
 */
import { CallLog } from "./calls";
import { AppsScriptError, NotEmulatedError } from "./errors";
import { AuthMode } from "./auth";
import { Realm, toRealm, toHost } from "./realm";

/** Base class of every emulated Apps Script object. */
export abstract class Emulated {
  /** Apps Script class name, used in call keys and error messages. */
  abstract readonly className: string;
  /** Read-only properties such as enum types (`SpreadsheetApp.ProtectionType`). */
  readonly constants?: Readonly<Record<string, unknown>>;
  /** Whether scripts may assign arbitrary properties, as on HtmlTemplate. */
  readonly acceptsAssignedProperties?: boolean;
  readonly assignedProperties?: Record<string, unknown>;
}

/** An Apps Script enum value: compared by identity, printed by name. */
export class EnumValue {
  constructor(readonly enumName: string, private readonly valueName: string, private readonly position: number) {}
  name(): string {
    return this.valueName;
  }
  ordinal(): number {
    return this.position;
  }
  toString(): string {
    return this.valueName;
  }
  toJSON(): string {
    return this.valueName;
  }
}

/** An Apps Script enum type such as `SpreadsheetApp.ProtectionType`. */
export class EnumType extends Emulated {
  override readonly constants: Readonly<Record<string, EnumValue>>;
  constructor(readonly className: string, names: readonly string[]) {
    super();
    const values: Record<string, EnumValue> = {};
    names.forEach((name, index) => (values[name] = new EnumValue(className, name, index)));
    this.constants = Object.freeze(values);
  }
  value(name: string): EnumValue {
    const found = this.constants[name];
    if (!found) throw new Error(`Enum ${this.className} has no value ${name}.`);
    return found;
  }
}

export interface Execution {
  readonly id: number;
  readonly authMode: AuthMode;
  readonly realm: Realm;
  /** False for the tests' own view of the spreadsheet, whose calls must not change the counts. */
  readonly counted: boolean;
}

export interface FacadeHooks {
  readonly calls: CallLog;
  checkAccess(execution: Execution, className: string, method: string): void;
  onNotEmulated(error: NotEmulatedError): void;
}

/**
 * Keys that Node, jest and promise machinery read on arbitrary objects. They return undefined
 * instead of a not-emulated method, so printing or awaiting a proxy does not throw.
 */
const PROBED_KEYS = new Set([
  "then",
  "toJSON",
  "constructor",
  "valueOf",
  "inspect",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "_isMockFunction",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "@@__IMMUTABLE_KEYED__@@",
  "@@__IMMUTABLE_ORDERED__@@",
]);

const rawByProxy = new WeakMap<object, Emulated>();
const methodTables = new WeakMap<object, Map<string, Function>>();

/** Returns the public methods of an emulated class: prototype functions not starting with "_". */
function publicMethods(raw: Emulated): Map<string, Function> {
  const proto = Object.getPrototypeOf(raw) as object;
  let table = methodTables.get(proto);
  if (table) return table;
  table = new Map();
  for (let p: object | null = proto; p && p !== Emulated.prototype && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name === "constructor" || name.startsWith("_") || table.has(name)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(p, name);
      if (descriptor && typeof descriptor.value === "function") table.set(name, descriptor.value as Function);
    }
  }
  methodTables.set(proto, table);
  return table;
}

export function unwrapProxy(value: unknown): unknown {
  if (value !== null && (typeof value === "object" || typeof value === "function")) {
    const raw = rawByProxy.get(value as object);
    if (raw) return raw;
  }
  return value;
}

export class Facade {
  private readonly proxies = new WeakMap<Emulated, object>();

  constructor(readonly execution: Execution, private readonly hooks: FacadeHooks) {}

  wrap<T = unknown>(raw: Emulated): T {
    let proxy = this.proxies.get(raw);
    if (!proxy) {
      proxy = this.createProxy(raw);
      this.proxies.set(raw, proxy);
      rawByProxy.set(proxy, raw);
    }
    return proxy as T;
  }

  /** Converts a value returned by an emulated method into what the script receives. */
  exportValue(value: unknown): unknown {
    if (value instanceof Emulated) return this.wrap(value);
    if (Array.isArray(value) && value.some((item) => item instanceof Emulated)) {
      const copy = new this.execution.realm.Array(value.length);
      for (let i = 0; i < value.length; i++) copy[i] = this.exportValue(value[i]);
      return copy;
    }
    return toRealm(value, this.execution.realm);
  }

  /** Converts an argument from the script into host values, with proxies replaced by raw objects. */
  importValue(value: unknown): unknown {
    const raw = unwrapProxy(value);
    if (raw !== value) return raw;
    if (Array.isArray(value)) return value.map((item) => this.importValue(item));
    return toHost(value);
  }

  /** Rethrows an error from an emulated method as the script would see it. */
  convertError(error: unknown): unknown {
    if (error instanceof AppsScriptError && !this.execution.realm.isHost) {
      const converted = new this.execution.realm.Error(error.message);
      converted.name = "Exception";
      return converted;
    }
    if (error instanceof NotEmulatedError) this.hooks.onNotEmulated(error);
    return error;
  }

  notEmulatedMember(feature: string): unknown {
    const raise = (): never => {
      const error = new NotEmulatedError(feature);
      this.hooks.onNotEmulated(error);
      throw error;
    };
    return new Proxy(function notEmulatedMember() {}, {
      apply: raise,
      construct: raise,
      get: (_target, key) => (typeof key === "symbol" || PROBED_KEYS.has(key) ? undefined : raise()),
    });
  }

  private createProxy(raw: Emulated): object {
    const methods = publicMethods(raw);
    const bound = new Map<string, Function>();
    const facade = this;
    const target = Object.create(null) as object;
    return new Proxy(target, {
      get(_target, key) {
        if (typeof key === "symbol") return undefined;
        if (key === "toString") return () => raw.className;
        if (PROBED_KEYS.has(key)) return undefined;
        const method = methods.get(key);
        if (method) {
          let wrapper = bound.get(key);
          if (!wrapper) {
            wrapper = facade.wrapMethod(raw, key, method);
            bound.set(key, wrapper);
          }
          return wrapper;
        }
        if (raw.constants && Object.prototype.hasOwnProperty.call(raw.constants, key)) {
          return facade.exportValue(raw.constants[key]);
        }
        if (raw.acceptsAssignedProperties && raw.assignedProperties && key in raw.assignedProperties) {
          return raw.assignedProperties[key];
        }
        return facade.notEmulatedMember(`${raw.className}.${key}`);
      },
      set(_target, key, value) {
        if (raw.acceptsAssignedProperties && raw.assignedProperties && typeof key === "string") {
          raw.assignedProperties[key] = value;
          return true;
        }
        const error = new NotEmulatedError(`assigning ${raw.className}.${String(key)}`);
        facade.hooks.onNotEmulated(error);
        throw error;
      },
      has(_target, key) {
        return typeof key === "string" && (methods.has(key) || Boolean(raw.constants && key in raw.constants));
      },
      ownKeys() {
        return [];
      },
      // Reporting Emulated.prototype keeps the proxy from passing for a plain object when values
      // are copied across realms.
      getPrototypeOf() {
        return Emulated.prototype;
      },
      getOwnPropertyDescriptor() {
        return undefined;
      },
    });
  }

  private wrapMethod(raw: Emulated, name: string, method: Function): Function {
    const key = `${raw.className}.${name}`;
    const { execution, hooks } = this;
    return (...args: unknown[]) => {
      try {
        if (execution.counted) hooks.calls.record(key);
        hooks.checkAccess(execution, raw.className, name);
        if (execution.counted) hooks.calls.checkFailure(key);
        const hostArgs = args.map((arg) => this.importValue(arg));
        return this.exportValue(method.apply(raw, hostArgs));
      } catch (error) {
        throw this.convertError(error);
      }
    };
  }
}
