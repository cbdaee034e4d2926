/**
 * Developer metadata on the spreadsheet and on sheets (row and column locations are not emulated).
 * Metadata stays with its sheet through renames and disappears when the sheet is deleted.
 */
import { Emulated, EnumValue } from "./facade";
import { MetadataLocation, MetadataSpec } from "./model";
import { SpreadsheetState } from "./state";
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumName } from "./enums";
import { fail, failSignature, notEmulated } from "./errors";
import { sheetView } from "./sheet";
import type { Sheet } from "./sheet";
import { spreadsheetView } from "./spreadsheet";
import type { Spreadsheet } from "./spreadsheet";

export class DeveloperMetadataLocation extends Emulated {
  readonly className = "DeveloperMetadataLocation";

  constructor(
    private readonly state: SpreadsheetState,
    private readonly location: MetadataLocation,
  ) {
    super();
  }

  getLocationType(): EnumValue {
    return DeveloperMetadataLocationType.value(this.location.type);
  }

  getSheet(): Sheet | null {
    if (this.location.type !== "SHEET") return null;
    const sheet = this.state.workbook.sheetByGid(this.location.gid);
    return sheet ? sheetView(this.state, sheet) : null;
  }

  getSpreadsheet(): Spreadsheet | null {
    return this.location.type === "SPREADSHEET" ? spreadsheetView(this.state) : null;
  }
}

export class DeveloperMetadata extends Emulated {
  readonly className = "DeveloperMetadata";

  constructor(
    private readonly state: SpreadsheetState,
    readonly spec: MetadataSpec,
  ) {
    super();
  }

  private live(): MetadataSpec {
    if (!this.state.workbook.metadata.includes(this.spec)) fail("The developer metadata was removed.");
    return this.spec;
  }

  getId(): number {
    return this.spec.id;
  }
  getKey(): string {
    return this.live().key;
  }
  getValue(): string | null {
    return this.live().value;
  }
  getVisibility(): EnumValue {
    return DeveloperMetadataVisibility.value(this.live().visibility);
  }
  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.state, this.live().location);
  }
  setKey(key: string): DeveloperMetadata {
    this.live().key = checkKey(key);
    return this;
  }
  setValue(value: string | null): DeveloperMetadata {
    this.live().value = value === null || value === undefined ? null : String(value);
    return this;
  }
  setVisibility(visibility: unknown): DeveloperMetadata {
    this.live().visibility = parseVisibility(visibility);
    return this;
  }
  remove(): void {
    const list = this.state.workbook.metadata;
    const index = list.indexOf(this.spec);
    if (index >= 0) list.splice(index, 1);
  }
}

export class DeveloperMetadataFinder extends Emulated {
  readonly className = "DeveloperMetadataFinder";
  private readonly filters: ((spec: MetadataSpec) => boolean)[] = [];

  /** `scope` limits the search to one sheet's metadata; undefined searches the whole spreadsheet. */
  constructor(
    private readonly state: SpreadsheetState,
    private readonly scopeGid?: number,
  ) {
    super();
  }

  withKey(key: string): DeveloperMetadataFinder {
    this.filters.push((spec) => spec.key === key);
    return this;
  }
  withValue(value: string): DeveloperMetadataFinder {
    this.filters.push((spec) => spec.value === value);
    return this;
  }
  withId(id: number): DeveloperMetadataFinder {
    this.filters.push((spec) => spec.id === id);
    return this;
  }
  withLocationType(locationType: unknown): DeveloperMetadataFinder {
    const wanted = enumName(locationType);
    this.filters.push((spec) => spec.location.type === wanted);
    return this;
  }
  withVisibility(visibility: unknown): DeveloperMetadataFinder {
    const wanted = parseVisibility(visibility);
    this.filters.push((spec) => spec.visibility === wanted);
    return this;
  }
  onIntersectingLocations(): never {
    return notEmulated("DeveloperMetadataFinder.onIntersectingLocations");
  }

  find(): DeveloperMetadata[] {
    return this.state.workbook.metadata
      .filter((spec) => this.scopeGid === undefined || (spec.location.type === "SHEET" && spec.location.gid === this.scopeGid))
      .filter((spec) => this.filters.every((matches) => matches(spec)))
      .map((spec) => new DeveloperMetadata(this.state, spec));
  }
}

function checkKey(key: unknown): string {
  if (typeof key !== "string" || key === "") failSignature("DeveloperMetadata", "setKey", [key]);
  return key;
}

function parseVisibility(visibility: unknown): "DOCUMENT" | "PROJECT" {
  const name = enumName(visibility);
  if (name !== "DOCUMENT" && name !== "PROJECT") failSignature("DeveloperMetadata", "setVisibility", [visibility]);
  return name;
}

/**
 * Adds metadata for addDeveloperMetadata(key), (key, value), (key, visibility) and
 * (key, value, visibility).
 */
export function addMetadata(state: SpreadsheetState, location: MetadataLocation, owner: string, args: unknown[]): MetadataSpec {
  const [key, second, third] = args;
  if (typeof key !== "string" || key === "") failSignature(owner, "addDeveloperMetadata", args);
  let value: string | null = null;
  let visibility: "DOCUMENT" | "PROJECT" = "DOCUMENT";
  if (typeof second === "string") value = second;
  else if (second !== undefined && second !== null) visibility = parseVisibility(second);
  if (third !== undefined) visibility = parseVisibility(third);
  const spec: MetadataSpec = { id: state.workbook.newMetadataId(), key, value, visibility, location };
  state.workbook.metadata.push(spec);
  return spec;
}
