/** Apps Script enum types, shared by every execution so that values compare by identity. */
import { EnumType } from "./facade";

export const DataValidationCriteria = new EnumType("DataValidationCriteria", [
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
]);

export const BooleanCriteria = new EnumType("BooleanCriteria", [
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_ENDS_WITH",
  "TEXT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "CUSTOM_FORMULA",
]);

export const ProtectionType = new EnumType("ProtectionType", ["RANGE", "SHEET"]);

export const DeveloperMetadataLocationType = new EnumType("DeveloperMetadataLocationType", [
  "SPREADSHEET",
  "SHEET",
  "ROW",
  "COLUMN",
]);

export const DeveloperMetadataVisibility = new EnumType("DeveloperMetadataVisibility", ["DOCUMENT", "PROJECT"]);

export const AuthModeEnum = new EnumType("AuthMode", ["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);

export const AuthorizationStatus = new EnumType("AuthorizationStatus", ["REQUIRED", "NOT_REQUIRED"]);

export const Button = new EnumType("Button", ["CLOSE", "OK", "CANCEL", "YES", "NO"]);

export const ButtonSet = new EnumType("ButtonSet", ["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"]);

export const SandboxMode = new EnumType("SandboxMode", ["EMULATED", "IFRAME", "NATIVE"]);

export const XFrameOptionsMode = new EnumType("XFrameOptionsMode", ["ALLOWALL", "DEFAULT"]);

/** Charts.ChartType, in the order of Apps Script's reference. */
export const ChartType = new EnumType("ChartType", [
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
]);

export const ChartHiddenDimensionStrategy = new EnumType("ChartHiddenDimensionStrategy", [
  "IGNORE_BOTH",
  "IGNORE_ROWS",
  "IGNORE_COLUMNS",
  "SHOW_BOTH",
]);

export const ChartMergeStrategy = new EnumType("ChartMergeStrategy", ["MERGE_COLUMNS", "MERGE_ROWS"]);

export const ColumnType = new EnumType("ColumnType", ["DATE", "NUMBER", "STRING"]);

export const CurveStyle = new EnumType("CurveStyle", ["NORMAL", "SMOOTH"]);

export const PointStyle = new EnumType("PointStyle", ["NONE", "TINY", "MEDIUM", "LARGE", "HUGE"]);

export const Position = new EnumType("Position", ["TOP", "RIGHT", "BOTTOM", "NONE"]);

/** Returns the name of an enum argument given as an enum value or its name. */
export function enumName(value: unknown): string {
  return String(value);
}
