/**
 * PropertiesService. Values are stored as strings; a value may take at most 9 KB and a store at most
 * 500 KB, the Apps Script quotas.
 */
import { Emulated } from "./facade";
import { ExecutionScope } from "./scope";
import { fail, failSignature } from "./errors";

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

export type StoreName = "user" | "document" | "script";

export class PropertyStores {
  readonly user = new Map<string, string>();
  readonly document = new Map<string, string>();
  readonly script = new Map<string, string>();
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

export class Properties extends Emulated {
  readonly className = "Properties";

  constructor(private readonly store: Map<string, string>) {
    super();
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  setProperty(key: string, value: unknown): Properties {
    if (typeof key !== "string" || value === undefined || value === null) failSignature("Properties", "setProperty", [key, value]);
    this.writeAll([[key, String(value)]], false);
    return this;
  }

  setProperties(properties: unknown, deleteAllOthers?: boolean): Properties {
    if (typeof properties !== "object" || properties === null) failSignature("Properties", "setProperties", [properties]);
    const entries = Object.entries(properties).map(([key, value]) => [key, String(value)] as [string, string]);
    this.writeAll(entries, Boolean(deleteAllOthers));
    return this;
  }

  deleteProperty(key: string): Properties {
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return this;
  }

  /** Checks the quotas before changing anything, so a rejected write leaves the store as it was. */
  private writeAll(entries: [string, string][], replace: boolean): void {
    for (const [key, value] of entries) {
      if (utf8Length(value) > MAX_VALUE_BYTES) {
        fail(`Argument too large: value of property "${key}" has ${utf8Length(value)} bytes; the maximum is ${MAX_VALUE_BYTES}.`);
      }
    }
    const next = new Map(replace ? [] : this.store);
    for (const [key, value] of entries) next.set(key, value);
    let total = 0;
    for (const [key, value] of next) total += utf8Length(key) + utf8Length(value);
    if (total > MAX_STORE_BYTES) fail("You have exceeded the property storage quota. Please remove some properties and try again.");
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
  }
}

export class PropertiesService extends Emulated {
  readonly className = "PropertiesService";

  constructor(private readonly scope: ExecutionScope) {
    super();
  }

  getUserProperties(): Properties {
    return new Properties(this.scope.properties.user);
  }
  getDocumentProperties(): Properties {
    return new Properties(this.scope.properties.document);
  }
  getScriptProperties(): Properties {
    return new Properties(this.scope.properties.script);
  }
}
