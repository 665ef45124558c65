/**
 * Finds the calendar dates an article's text mentions (`on Jan 5`, `Monday (Jan 5)`, `December 15th, 2008`), with
 * chrono-node: the event's own time, which still tells two events apart when the publication date is missing or
 * says nothing (a feed imported in one go, every file dated the same).
 */
import * as chrono from "chrono-node";

/** A mentioned day: month and day always; the year only when the text gives it. */
export interface MentionedDate {
  month: number;
  day: number;
  year: number | null;
}

// Note: chrono is slow on long text, so it reads only short windows around a month name (a date needs one).
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/gi;
const WINDOW = 24;
// Note: a fixed reference keeps the result independent of the build's clock; only certain parts are kept.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
// Note: the first few mentions name the event; later ones are background ("since March 2003").
const MAX_DATES = 6;

/** The distinct dates `text` mentions with a certain month and day, in order of first mention. */
export function extractMentionedDates(text: string): MentionedDate[] {
  const dates: MentionedDate[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(MONTH)) {
    const at = match.index;
    const window = text.slice(Math.max(0, at - 2), at + match[0].length + WINDOW);
    const result = chrono.parse(window, REFERENCE, { forwardDate: false })[0];
    const start = result?.start;
    if (!start || !start.isCertain("month") || !start.isCertain("day")) continue;
    const date: MentionedDate = { month: start.get("month") ?? 0, day: start.get("day") ?? 0, year: start.isCertain("year") ? (start.get("year") ?? null) : null };
    const key = `${date.year ?? ""}-${date.month}-${date.day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    dates.push(date);
    if (dates.length >= MAX_DATES) break;
  }
  return dates;
}

/** True when the two lists share a day (same month and day, and the same year or a year unsaid on one side). */
export function shareMentionedDate(a: readonly MentionedDate[], b: readonly MentionedDate[]): boolean {
  for (const x of a) for (const y of b) if (x.month === y.month && x.day === y.day && (x.year === null || y.year === null || x.year === y.year)) return true;
  return false;
}

const DAY_MS = 86_400_000;

/**
 * Days between the nearest two days of the two lists. With a year on both sides, calendar days; otherwise days of
 * the year apart, the shorter way round (December 30 and January 2 are three days apart).
 */
export function mentionedDaysApart(a: readonly MentionedDate[], b: readonly MentionedDate[]): number {
  let nearest = Infinity;
  for (const x of a) {
    for (const y of b) {
      const years = x.year !== null && y.year !== null;
      // Note: a common year, 2001, when either lacks one: not a leap year, so every day of the year is 365 apart.
      const days = Math.abs(Date.UTC(years ? x.year! : 2001, x.month - 1, x.day) - Date.UTC(years ? y.year! : 2001, y.month - 1, y.day)) / DAY_MS;
      nearest = Math.min(nearest, years ? days : Math.min(days, 365 - days));
    }
  }
  return nearest;
}

// Note: reports of one event say which day it happened ("opened a summit Thursday"); a topic's next event falls on
// another day of the week as a rule. Read from the text, so it works when the files are undated.
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;

/** Bit set of the weekdays `text` names (bit 0 Monday). */
export function mentionedWeekdays(text: string): number {
  let days = 0;
  for (const match of text.matchAll(WEEKDAY)) days |= 1 << ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].indexOf(match[1]!.toLowerCase());
  return days;
}
