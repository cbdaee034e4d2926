/** Data validation rules: the builder from SpreadsheetApp.newDataValidation() and built rules. */
import { Emulated, EnumValue } from "./facade";
import { SheetRect, ValidationSpec } from "./model";
import { SpreadsheetState } from "./state";
import { DataValidationCriteria } from "./enums";
import { fail, failSignature } from "./errors";
import { Range } from "./range";

/** A range criterion value is stored as its position, and returned as a Range. */
interface StoredRange {
  readonly storedRange: SheetRect;
}

function isStoredRange(value: unknown): value is StoredRange {
  return typeof value === "object" && value !== null && "storedRange" in value;
}

export class DataValidation extends Emulated {
  readonly className = "DataValidation";

  constructor(
    private readonly state: SpreadsheetState,
    readonly spec: ValidationSpec,
  ) {
    super();
  }

  getCriteriaType(): EnumValue {
    return DataValidationCriteria.value(this.spec.criteria);
  }

  getCriteriaValues(): unknown[] {
    return this.spec.values.map((value) => {
      if (!isStoredRange(value)) return Array.isArray(value) ? [...value] : value;
      const sheet = this.state.workbook.sheetByGid(value.storedRange.gid);
      return sheet ? new Range(this.state, sheet, value.storedRange) : null;
    });
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  /** Returns null when no help text was set, as Apps Script does. */
  getHelpText(): string | null {
    return this.spec.helpText === "" ? null : this.spec.helpText;
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.state, this.spec);
  }
}

export class DataValidationBuilder extends Emulated {
  readonly className = "DataValidationBuilder";
  private criteria: string | undefined;
  private values: readonly unknown[] = [];
  private allowInvalid = true;
  private helpText = "";

  constructor(
    private readonly state: SpreadsheetState,
    from?: ValidationSpec,
  ) {
    super();
    if (from) {
      this.criteria = from.criteria;
      this.values = from.values;
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }

  private require(criteria: string, values: unknown[]): DataValidationBuilder {
    this.criteria = criteria;
    this.values = values;
    return this;
  }

  requireValueInList(values: unknown, showDropdown?: boolean): DataValidationBuilder {
    if (!Array.isArray(values)) failSignature("DataValidationBuilder", "requireValueInList", [values]);
    return this.require("VALUE_IN_LIST", [values.map(String), showDropdown ?? true]);
  }

  requireValueInRange(range: unknown, showDropdown?: boolean): DataValidationBuilder {
    if (!(range instanceof Range)) failSignature("DataValidationBuilder", "requireValueInRange", [range]);
    const stored: StoredRange = { storedRange: { gid: range.model.gid, ...range.rect } };
    return this.require("VALUE_IN_RANGE", [stored, showDropdown ?? true]);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this.require("NUMBER_BETWEEN", [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): DataValidationBuilder {
    return this.require("NUMBER_NOT_BETWEEN", [start, end]);
  }
  requireNumberEqualTo(number: number): DataValidationBuilder {
    return this.require("NUMBER_EQUAL_TO", [number]);
  }
  requireNumberGreaterThan(number: number): DataValidationBuilder {
    return this.require("NUMBER_GREATER_THAN", [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    return this.require("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  requireNumberLessThan(number: number): DataValidationBuilder {
    return this.require("NUMBER_LESS_THAN", [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    return this.require("NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }
  requireDate(): DataValidationBuilder {
    return this.require("DATE_IS_VALID_DATE", []);
  }
  requireCheckbox(): DataValidationBuilder {
    return this.require("CHECKBOX", []);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this.require("CUSTOM_FORMULA", [formula]);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.allowInvalid = Boolean(allowInvalidData);
    return this;
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.helpText = String(helpText);
    return this;
  }

  getCriteriaType(): EnumValue | null {
    return this.criteria ? DataValidationCriteria.value(this.criteria) : null;
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getHelpText(): string | null {
    return this.helpText === "" ? null : this.helpText;
  }

  build(): DataValidation {
    if (!this.criteria) fail("The data validation rule has no criteria. Call a require... method before build().");
    return new DataValidation(this.state, {
      criteria: this.criteria,
      values: this.values,
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
  }
}
