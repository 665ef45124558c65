/** Dates as editors and web pages write them, read into `IsoDate` at the precision they carry. */
import * as chrono from "chrono-node";
import type { IsoDate } from "../types.ts";

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i;
// Note: separators web pages put between date and time ("Jan 5, 2026 · 09:40 PM") that chrono does not skip.
const SEPARATORS = /[·•|]/g;
// Note: chrono needs a reference instant only to fill in missing parts; we refuse dates without a certain year,
// so a fixed instant keeps results independent of the build's clock.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
const MIN_YEAR = 1800;

const pad = (n: number): string => String(n).padStart(2, "0");

/** Read a date; null when it has no certain year, month and day, or is not a real calendar date. */
export function parseDate(input: string): IsoDate | null {
  const text = input.trim();
  const iso = ISO_LIKE.exec(text);
  if (iso) return fromIso(iso);
  const results = chrono.parse(text.replace(SEPARATORS, " "), REFERENCE, { forwardDate: false });
  const first = results[0];
  if (!first) return null;
  const start = first.start;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return null;
  const year = start.get("year") ?? 0;
  if (year < MIN_YEAR) return null;
  let date = `${year}-${pad(start.get("month") ?? 1)}-${pad(start.get("day") ?? 1)}`;
  if (start.isCertain("hour")) date += `T${pad(start.get("hour") ?? 0)}:${pad(start.get("minute") ?? 0)}`;
  if (start.isCertain("hour") && start.isCertain("timezoneOffset")) date += zone(start.get("timezoneOffset") ?? 0);
  return isRealDate(date) ? date : null;
}

function fromIso(m: RegExpExecArray): IsoDate | null {
  const [, y, mo, d, h, mi, s, z] = m;
  if (Number(y) < MIN_YEAR) return null;
  let date = `${y}-${mo}-${d}`;
  if (h !== undefined) date += `T${h}:${mi}${s !== undefined ? `:${s}` : ""}`;
  if (h !== undefined && z !== undefined) date += /^(utc|gmt|z)$/i.test(z) ? "Z" : z.includes(":") ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
  return isRealDate(date) ? date : null;
}

function zone(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** True when the calendar date exists (no 31 February) and the time is in range. */
function isRealDate(date: string): boolean {
  const [day, time] = date.split("T");
  const [y, mo, d] = (day ?? "").split("-").map(Number);
  if (y === undefined || mo === undefined || d === undefined) return false;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return false;
  if (!time) return true;
  const [h, mi, s] = time.replace(/(Z|[+-]\d{2}:\d{2})$/, "").split(":").map(Number);
  return (h ?? 0) < 24 && (mi ?? 0) < 60 && (s ?? 0) < 60;
}
