/** Conditional format rules with a boolean condition (gradient rules are not emulated). */
import { Emulated, EnumValue } from "./facade";
import { ConditionalRuleSpec, SheetRect } from "./model";
import { SpreadsheetState } from "./state";
import { BooleanCriteria } from "./enums";
import { fail, failSignature } from "./errors";
import { normalizeColor } from "./style";
import { Range } from "./range";

function rangesOf(state: SpreadsheetState, rects: readonly SheetRect[]): Range[] {
  return rects.flatMap((rect) => {
    const sheet = state.workbook.sheetByGid(rect.gid);
    return sheet ? [new Range(state, sheet, rect)] : [];
  });
}

export class BooleanCondition extends Emulated {
  readonly className = "BooleanCondition";

  constructor(private readonly spec: ConditionalRuleSpec) {
    super();
  }

  getCriteriaType(): EnumValue {
    return BooleanCriteria.value(this.spec.criteria);
  }
  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }
  getBackground(): string | null {
    return this.spec.background ?? null;
  }
  getFontColor(): string | null {
    return this.spec.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.spec.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.spec.italic ?? null;
  }
}

export class ConditionalFormatRule extends Emulated {
  readonly className = "ConditionalFormatRule";

  constructor(
    private readonly state: SpreadsheetState,
    readonly spec: ConditionalRuleSpec,
  ) {
    super();
  }

  getRanges(): Range[] {
    return rangesOf(this.state, this.spec.ranges);
  }
  getBooleanCondition(): BooleanCondition {
    return new BooleanCondition(this.spec);
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.state, this.spec);
  }
}

type MutableRule = { -readonly [K in keyof ConditionalRuleSpec]: ConditionalRuleSpec[K] };

export class ConditionalFormatRuleBuilder extends Emulated {
  readonly className = "ConditionalFormatRuleBuilder";
  private readonly rule: Partial<MutableRule>;

  constructor(
    private readonly state: SpreadsheetState,
    from?: ConditionalRuleSpec,
  ) {
    super();
    this.rule = { ranges: [], ...from };
  }

  private when(criteria: string, values: unknown[]): ConditionalFormatRuleBuilder {
    this.rule.criteria = criteria;
    this.rule.values = values;
    return this;
  }

  whenCellEmpty(): ConditionalFormatRuleBuilder {
    return this.when("CELL_EMPTY", []);
  }
  whenCellNotEmpty(): ConditionalFormatRuleBuilder {
    return this.when("CELL_NOT_EMPTY", []);
  }
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    return this.when("TEXT_EQUAL_TO", [text]);
  }
  whenTextContains(text: string): ConditionalFormatRuleBuilder {
    return this.when("TEXT_CONTAINS", [text]);
  }
  whenTextDoesNotContain(text: string): ConditionalFormatRuleBuilder {
    return this.when("TEXT_DOES_NOT_CONTAIN", [text]);
  }
  whenTextStartsWith(text: string): ConditionalFormatRuleBuilder {
    return this.when("TEXT_STARTS_WITH", [text]);
  }
  whenTextEndsWith(text: string): ConditionalFormatRuleBuilder {
    return this.when("TEXT_ENDS_WITH", [text]);
  }
  whenNumberEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.when("NUMBER_EQUAL_TO", [number]);
  }
  whenNumberNotEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.when("NUMBER_NOT_EQUAL_TO", [number]);
  }
  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilder {
    return this.when("NUMBER_GREATER_THAN", [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.when("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  whenNumberLessThan(number: number): ConditionalFormatRuleBuilder {
    return this.when("NUMBER_LESS_THAN", [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.when("NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }
  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this.when("NUMBER_BETWEEN", [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this.when("NUMBER_NOT_BETWEEN", [start, end]);
  }
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    return this.when("CUSTOM_FORMULA", [formula]);
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.rule.background = normalizeColor(color);
    return this;
  }
  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.rule.fontColor = normalizeColor(color);
    return this;
  }
  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    this.rule.bold = bold ?? undefined;
    return this;
  }
  setItalic(italic: boolean | null): ConditionalFormatRuleBuilder {
    this.rule.italic = italic ?? undefined;
    return this;
  }

  setRanges(ranges: unknown): ConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges) || !ranges.every((range) => range instanceof Range)) {
      failSignature("ConditionalFormatRuleBuilder", "setRanges", [ranges]);
    }
    this.rule.ranges = (ranges as Range[]).map((range) => ({ gid: range.model.gid, ...range.rect }));
    return this;
  }

  getRanges(): Range[] {
    return rangesOf(this.state, this.rule.ranges ?? []);
  }

  build(): ConditionalFormatRule {
    if (!this.rule.criteria) fail("The conditional format rule has no condition. Call a when... method before build().");
    return new ConditionalFormatRule(this.state, { ...this.rule, values: [...(this.rule.values ?? [])] } as ConditionalRuleSpec);
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.state, { ...this.rule } as ConditionalRuleSpec);
  }
}
