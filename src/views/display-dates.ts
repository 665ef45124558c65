/** Dates as readers read them, computed once here so templates never do date arithmetic. */
import type { IsoDate } from "../types.ts";
import { dateValue } from "../dates.ts";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

// Note: a site shows each day many times (every source of every story), and formatting a date is slow.
const DAY_TEXTS = new Map<string, string | null>();

/** "5 January 2026" for "2026-01-05"; null for what is no day. */
function dayText(day: string): string | null {
  let text = DAY_TEXTS.get(day);
  if (text === undefined) {
    const value = dateValue(day);
    text = value === null ? null : DAY.format(new Date(value));
    DAY_TEXTS.set(day, text);
  }
  return text;
}

/** "5 January 2026" or "5 January 2026, 21:40" (the time as the source gave it; its zone when it named one). */
export function displayDate(date: IsoDate | null): string | null {
  if (!date) return null;
  const text = dayText(date.slice(0, 10));
  if (text === null) return null;
  const time = /T(\d{2}:\d{2})/.exec(date)?.[1];
  if (!time) return text;
  const zone = /(Z|[+-]\d{2}:\d{2})$/.exec(date)?.[1];
  return `${text}, ${time}${zone ? ` ${zone === "Z" ? "UTC" : `UTC${zone}`}` : ""}`;
}

/** "2026-01-05": the day, for archives. */
export function dayOf(date: IsoDate | null): string | null {
  return date ? date.slice(0, 10) : null;
}
