/**
 * Moves values between the host (Node, the tests) and a script's vm context. Each vm context has its
 * own Array, Date, Object and Error, so a host Date fails `value instanceof Date` inside the script.
 * Values going into a script are rebuilt with the script's constructors; values coming out are
 * rebuilt with the host's.
 */
import * as vm from "node:vm";
import { types } from "node:util";

export interface Realm {
  readonly Array: ArrayConstructor;
  readonly Date: DateConstructor;
  readonly Object: ObjectConstructor;
  readonly Error: ErrorConstructor;
  readonly isHost: boolean;
}

export const hostRealm: Realm = { Array, Date, Object, Error, isHost: true };

export function contextRealm(context: vm.Context): Realm {
  const constructors = vm.runInContext("({ Array, Date, Object, Error })", context) as Omit<Realm, "isHost">;
  return { ...constructors, isHost: false };
}

export function isDate(value: unknown): value is Date {
  return types.isDate(value);
}

/** Returns true for object literals of any realm, the only objects that get copied across realms. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const protoOfProto = Object.getPrototypeOf(proto);
  return protoOfProto === null && Object.prototype.toString.call(value) === "[object Object]";
}

/**
 * Copies arrays, Dates and plain objects into the given realm, recursively. Other objects (emulated
 * service objects, enum values) pass through unchanged.
 */
export function toRealm(value: unknown, realm: Realm): unknown {
  if (value === null || typeof value !== "object") return value;
  if (isDate(value)) return new realm.Date(value.getTime());
  if (Array.isArray(value)) {
    const copy = new realm.Array(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = toRealm(value[i], realm);
    return copy;
  }
  if (isPlainObject(value)) {
    const copy = new realm.Object() as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) copy[key] = toRealm(item, realm);
    return copy;
  }
  return value;
}

export function toHost(value: unknown): unknown {
  return toRealm(value, hostRealm);
}
