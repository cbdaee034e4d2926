import type { Language } from "../i18n/language";
import type { Day } from "../values/days";

export const PERIOD_KINDS = ["month", "quarter", "week"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A period of a KPI tab's year, 1-based within the year. */
export interface Period {
  readonly kind: PeriodKind;
  readonly index: number;
  readonly year: number;
}

/** Returns how many periods of a kind a year has: 12 months, 4 quarters, 52 or 53 ISO weeks. */
export function periodCount(kind: PeriodKind, year: number): number {
  if (kind === "month") return 12;
  if (kind === "quarter") return 4;
  // A year has 53 ISO weeks when 28 December falls in week 53.
  return isoWeekOf(new Date(Date.UTC(year, 11, 28))).week;
}

/** Returns the column label of a period: "T3/2026" or "Mar 2026", "Q1/2026" or "Q1 2026", "Tuần 5/2026" or "Week 5 2026". */
export function periodLabel(period: Period, language: Language): string {
  const { kind, index, year } = period;
  if (kind === "month") return language === "vi" ? `T${index}/${year}` : `${MONTHS_EN[index - 1]} ${year}`;
  if (kind === "quarter") return language === "vi" ? `Q${index}/${year}` : `Q${index} ${year}`;
  return language === "vi" ? `Tuần ${index}/${year}` : `Week ${index} ${year}`;
}

export function periodLabels(kind: PeriodKind, year: number, language: Language): string[] {
  return Array.from({ length: periodCount(kind, year) }, (_, offset) => periodLabel({ kind, index: offset + 1, year }, language));
}

/** Reads a period column header in either language; null for any other text. */
export function parsePeriodLabel(text: unknown): Period | null {
  if (typeof text !== "string") return null;
  const label = text.trim();
  let match = /^T(\d{1,2})\/(\d{4})$/i.exec(label);
  if (match && Number(match[1]) >= 1 && Number(match[1]) <= 12) return { kind: "month", index: Number(match[1]), year: Number(match[2]) };
  match = /^([A-Za-z]{3}) (\d{4})$/.exec(label);
  if (match) {
    const month = MONTHS_EN.findIndex((name) => name.toLowerCase() === match![1].toLowerCase());
    if (month >= 0) return { kind: "month", index: month + 1, year: Number(match[2]) };
  }
  match = /^Q([1-4])[/ ](\d{4})$/i.exec(label);
  if (match) return { kind: "quarter", index: Number(match[1]), year: Number(match[2]) };
  match = /^(?:Tuần|Week) (\d{1,2})[/ ](\d{4})$/i.exec(label);
  if (match && Number(match[1]) >= 1 && Number(match[1]) <= periodCount("week", Number(match[2]))) {
    return { kind: "week", index: Number(match[1]), year: Number(match[2]) };
  }
  return null;
}

/** Returns the period of a kind that contains a day, clamped to the given year. */
export function periodOfDay(kind: PeriodKind, year: number, day: Day): number {
  const [dayYear, month, date] = day.split("-").map(Number);
  if (dayYear < year) return 1;
  if (dayYear > year) return periodCount(kind, year);
  if (kind === "month") return month;
  if (kind === "quarter") return Math.ceil(month / 3);
  const iso = isoWeekOf(new Date(Date.UTC(dayYear, month - 1, date)));
  if (iso.year < year) return 1;
  if (iso.year > year) return periodCount(kind, year);
  return iso.week;
}

function isoWeekOf(date: Date): { year: number; week: number } {
  // ISO weeks start on Monday, and week 1 is the week with the year's first Thursday.
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 4 - (thursday.getUTCDay() || 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return { year: thursday.getUTCFullYear(), week: Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7) };
}
