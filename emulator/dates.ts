/**
 * Dates in a time zone. Sheets stores a date as a serial number (days since 1899-12-30, the fraction
 * being the time of day) read on the spreadsheet's wall clock, and Apps Script turns it into a Date
 * for that wall-clock time in the spreadsheet's time zone.
 */
import { notEmulated } from "./errors";

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      return notEmulated(`time zone ${timeZone}`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function wallClock(date: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const millisecond = ((date.getTime() % 1000) + 1000) % 1000;
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour % 24,
    minute: parts.minute,
    second: parts.second,
    millisecond,
  };
}

/** Offset of the time zone from UTC at the given instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const clock = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, clock.millisecond);
  return asUtc - instant;
}

/** Returns the instant at which the wall clock of `timeZone` shows the given time. */
export function fromWallClock(clock: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, clock.millisecond);
  let instant = asUtc - offsetAt(asUtc, timeZone);
  // A second pass settles instants next to a daylight-saving change.
  instant = asUtc - offsetAt(instant, timeZone);
  return new Date(instant);
}

const MS_PER_DAY = 86400000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

export function dateToSerial(date: Date, timeZone: string): number {
  const clock = wallClock(date, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, clock.millisecond);
  return (asUtc - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}

export function serialToDate(serial: number, timeZone: string): Date {
  const asUtc = new Date(SERIAL_EPOCH_UTC + Math.round(serial * MS_PER_DAY));
  return fromWallClock(
    {
      year: asUtc.getUTCFullYear(),
      month: asUtc.getUTCMonth() + 1,
      day: asUtc.getUTCDate(),
      hour: asUtc.getUTCHours(),
      minute: asUtc.getUTCMinutes(),
      second: asUtc.getUTCSeconds(),
      millisecond: asUtc.getUTCMilliseconds(),
    },
    timeZone,
  );
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
