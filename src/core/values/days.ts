import type { Frequency } from "../catalog/vocabulary";

/** A calendar day as "yyyy-mm-dd", which sorts and compares as text. */
export type Day = string;

/**
 * Returns the calendar day of an instant in a time zone such as "Asia/Ho_Chi_Minh", so that
 * dates typed in a sheet compare with today as the spreadsheet's users see them.
 */
export function dayIn(date: Date, timeZone: string): Day {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(date);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

// Months between updates of the frequencies counted in months.
const MONTHS_PER_UPDATE: Readonly<Record<"monthly" | "quarterly" | "yearly", number>> = { monthly: 1, quarterly: 3, yearly: 12 };

/** Returns the day one update period after `day`: a month after 31 January is 28 or 29 February. */
export function nextUpdateDue(day: Day, frequency: Frequency): Day {
  const [year, month, date] = day.split("-").map(Number);
  if (frequency === "daily" || frequency === "weekly") {
    const next = new Date(Date.UTC(year, month - 1, date + (frequency === "daily" ? 1 : 7)));
    return next.toISOString().slice(0, 10);
  }
  const months = MONTHS_PER_UPDATE[frequency];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}
