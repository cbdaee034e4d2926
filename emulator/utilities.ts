/** Utilities: formatDate with Java SimpleDateFormat letters, getUuid, and sleep on the emulated clock. */
import { randomUUID } from "node:crypto";
import { Emulated } from "./facade";
import { ExecutionScope } from "./scope";
import { failSignature, notEmulated } from "./errors";
import { wallClock } from "./dates";
import { isDate } from "./realm";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Formats the offset of `timeZone` at `date` as "+0700" (Z) or "+07:00" (XXX). */
function zoneOffset(date: Date, timeZone: string, withColon: boolean): string {
  const clock = wallClock(date, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, clock.millisecond);
  const minutes = Math.round((asUtc - date.getTime()) / 60000);
  const sign = minutes < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0");
  const rest = String(Math.abs(minutes) % 60).padStart(2, "0");
  return `${sign}${hours}${withColon ? ":" : ""}${rest}`;
}

/**
 * Formats a date with the letters y, M, d, E, H, h, k, m, s, S, a, Z and XXX, and 'quoted' text,
 * as Utilities.formatDate does. Other letters throw Not emulated.
 */
export function formatSimpleDate(date: Date, timeZone: string, pattern: string): string {
  const clock = wallClock(date, timeZone);
  const weekday = new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay();
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  let output = "";
  for (let i = 0; i < pattern.length; ) {
    const char = pattern[i];
    if (char === "'") {
      const end = pattern.indexOf("'", i + 1);
      const text = pattern.slice(i + 1, end < 0 ? pattern.length : end);
      output += text === "" ? "'" : text;
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(char)) {
      output += char;
      i += 1;
      continue;
    }
    let width = 1;
    while (pattern[i + width] === char) width += 1;
    i += width;
    switch (char) {
      case "y":
        output += width === 2 ? pad(clock.year % 100, 2) : pad(clock.year, width);
        break;
      case "M":
        output += width >= 4 ? MONTHS[clock.month - 1] : width === 3 ? MONTHS[clock.month - 1].slice(0, 3) : pad(clock.month, width);
        break;
      case "d":
        output += pad(clock.day, width);
        break;
      case "E":
        output += width >= 4 ? DAYS[weekday] : DAYS[weekday].slice(0, 3);
        break;
      case "H":
        output += pad(clock.hour, width);
        break;
      case "k":
        output += pad(clock.hour === 0 ? 24 : clock.hour, width);
        break;
      case "h":
        output += pad(((clock.hour + 11) % 12) + 1, width);
        break;
      case "m":
        output += pad(clock.minute, width);
        break;
      case "s":
        output += pad(clock.second, width);
        break;
      case "S":
        output += pad(clock.millisecond, width);
        break;
      case "a":
        output += clock.hour < 12 ? "AM" : "PM";
        break;
      case "Z":
        output += zoneOffset(date, timeZone, false);
        break;
      case "X":
        output += width >= 3 ? zoneOffset(date, timeZone, true) : zoneOffset(date, timeZone, false);
        break;
      default:
        notEmulated(`Utilities.formatDate pattern letter "${char}"`);
    }
  }
  return output;
}

export class Utilities extends Emulated {
  readonly className = "Utilities";

  constructor(private readonly scope: ExecutionScope) {
    super();
  }

  formatDate(date: unknown, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
      failSignature("Utilities", "formatDate", [date, timeZone, format]);
    }
    return formatSimpleDate(date, timeZone, format);
  }

  getUuid(): string {
    return randomUUID();
  }

  /** Advances the emulated clock instead of sleeping. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== "number" || milliseconds < 0) failSignature("Utilities", "sleep", [milliseconds]);
    this.scope.locks.clockMs += milliseconds;
  }
}
