import {
  AGGREGATIONS,
  FREQUENCIES,
  INDICATOR_TYPES,
  PERSPECTIVES,
  UNITS,
  type Aggregation,
  type Frequency,
  type IndicatorType,
  type Perspective,
  type Unit,
} from "../catalog/vocabulary";
import { translate } from "../i18n/messages";
import type { Language } from "../i18n/language";
import { foldText } from "../values/normalize";
import type { ColumnKey } from "./columns";

export type Status = "on_target" | "attention" | "failing" | "no_data";
export type GroupKey = Perspective | "unassigned";

export const perspectiveLabel = (key: GroupKey, language: Language) => translate(language, `sheet.perspective.${key}`);
export const frequencyLabel = (key: Frequency, language: Language) => translate(language, `sheet.frequency.${key}`);
export const indicatorLabel = (key: IndicatorType, language: Language) => translate(language, `sheet.indicator.${key}`);
export const aggregationLabel = (key: Aggregation, language: Language) => translate(language, `sheet.aggregation.${key}`);
export const statusLabel = (key: Status, language: Language) => translate(language, `sheet.status.${key}`);
export const unitLabel = (key: Unit, language: Language) => translate(language, `sheet.unit.${key}`);
export const headerLabel = (key: ColumnKey, language: Language) => translate(language, `sheet.header.${key}`);
/**
 * Returns a header's note. In a tab with period columns the actual is a formula and the target and
 * threshold cover the year, so those three columns get notes of their own.
 */
export const headerNote = (key: ColumnKey, language: Language, hasPeriods = false) =>
  translate(language, hasPeriods && hasPeriodNote(key) ? `sheet.note.${key}_periods` : `sheet.note.${key}`);

// Columns whose meaning changes when a tab has period columns.
const hasPeriodNote = (key: ColumnKey): key is "actual" | "target" | "threshold" => key === "actual" || key === "target" || key === "threshold";

const PERSPECTIVE_WORDS: Readonly<Record<Perspective, readonly string[]>> = {
  financial: ["tai chinh", "finance", "financial", "financials"],
  customer: ["khach hang", "customer", "customers"],
  internal: ["quy trinh", "quy trinh noi bo", "van hanh", "internal", "internal process", "internal processes", "internal business process", "process"],
  learning: [
    "hoc hoi",
    "hoc hoi va phat trien",
    "dao tao va phat trien",
    "con nguoi",
    "learning",
    "learning and growth",
    "learning growth",
    "learning development",
    "people",
  ],
};

const FREQUENCY_WORDS: Readonly<Record<Frequency, readonly string[]>> = {
  daily: ["ngay", "hang ngay", "moi ngay", "day", "daily"],
  weekly: ["tuan", "hang tuan", "moi tuan", "week", "weekly"],
  monthly: ["thang", "hang thang", "moi thang", "month", "monthly"],
  quarterly: ["quy", "hang quy", "moi quy", "quarter", "quarterly"],
  yearly: ["nam", "hang nam", "moi nam", "year", "yearly", "annual", "annually"],
};

const UNIT_WORDS: Readonly<Record<Unit, readonly string[]>> = {
  percent: ["%", "phan tram", "percent", "percentage", "ty le"],
  vnd: ["vnd", "dong", "₫", "trieu dong"],
  count: ["so luong", "count", "number", "lan", "nguoi", "khach hang", "cai"],
  days: ["ngay", "days", "day"],
  hours: ["gio", "hours", "hour", "h"],
  minutes: ["phut", "minutes", "minute", "min"],
  months: ["thang", "months", "month"],
  ratio: ["ratio", "ty so", "x", "×"],
  score: ["diem", "score", "points"],
};

type Lookup<T> = Map<string, T>;
let lookups:
  | { perspective: Lookup<Perspective>; frequency: Lookup<Frequency>; indicator: Lookup<IndicatorType>; unit: Lookup<Unit> }
  | undefined;

function buildLookups() {
  const perspective: Lookup<Perspective> = new Map();
  for (const key of PERSPECTIVES) {
    for (const word of PERSPECTIVE_WORDS[key]) perspective.set(word, key);
    for (const language of ["vi", "en"] as const) perspective.set(foldText(perspectiveLabel(key, language)), key);
  }
  const frequency: Lookup<Frequency> = new Map();
  for (const key of FREQUENCIES) {
    for (const word of FREQUENCY_WORDS[key]) frequency.set(word, key);
    for (const language of ["vi", "en"] as const) frequency.set(foldText(frequencyLabel(key, language)), key);
  }
  const indicator: Lookup<IndicatorType> = new Map();
  for (const key of INDICATOR_TYPES) {
    indicator.set(key, key);
    for (const language of ["vi", "en"] as const) indicator.set(foldText(indicatorLabel(key, language)), key);
  }
  const unit: Lookup<Unit> = new Map();
  for (const key of UNITS) {
    for (const word of UNIT_WORDS[key]) unit.set(foldUnit(word), key);
    for (const language of ["vi", "en"] as const) unit.set(foldUnit(unitLabel(key, language)), key);
  }
  return { perspective, frequency, indicator, unit };
}

// Units are often one symbol, which foldText would drop.
function foldUnit(text: string): string {
  const trimmed = text.trim();
  return /^[%₫×]$/.test(trimmed) ? trimmed : foldText(trimmed);
}

/** Reads an aggregation label in either language ("Cộng dồn", "Latest"); null when none matches. */
export function parseAggregation(text: string): Aggregation | null {
  const folded = foldText(text);
  for (const key of AGGREGATIONS) {
    if (folded === key || folded === foldText(aggregationLabel(key, "vi")) || folded === foldText(aggregationLabel(key, "en"))) return key;
  }
  return null;
}

/** Reads a unit typed in either language ("%", "VNĐ", "Ngày"); null when none matches. */
export function parseUnit(text: string): Unit | null {
  if (text === "") return null;
  lookups ??= buildLookups();
  return lookups.unit.get(foldUnit(text)) ?? null;
}

/** Reads a perspective typed in either language ("Tài chính", "Learning & Growth"); null when none matches. */
export function parsePerspective(text: string): Perspective | null {
  lookups ??= buildLookups();
  return lookups.perspective.get(foldText(text)) ?? null;
}

export function parseFrequency(text: string): Frequency | null {
  if (text === "") return null;
  lookups ??= buildLookups();
  return lookups.frequency.get(foldText(text)) ?? null;
}

export function parseIndicatorType(text: string): IndicatorType | null {
  if (text === "") return null;
  lookups ??= buildLookups();
  return lookups.indicator.get(foldText(text)) ?? null;
}

