/** Comparison of dates kept at their source precision (see `IsoDate`). */
import type { IsoDate } from "./types.ts";

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Milliseconds since the epoch; a date without a zone is read as UTC so that order never depends on the machine. */
export function dateValue(date: IsoDate | null | undefined): number | null {
  if (!date) return null;
  const m = ISO.exec(date);
  if (!m) return null;
  const [, y, mo, d, h = "00", mi = "00", s = "00", zone] = m;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${zone ? normaliseZone(zone) : "Z"}`;
  const value = Date.parse(iso);
  return Number.isNaN(value) ? null : value;
}

function normaliseZone(zone: string): string {
  if (zone === "Z") return zone;
  return zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

/** True when `date` is a well-formed `IsoDate`. */
export function isIsoDate(date: string): boolean {
  return dateValue(date) !== null;
}

/** Sort comparator: oldest first, undated last. */
export function compareDates(a: IsoDate | null, b: IsoDate | null): number {
  const va = dateValue(a);
  const vb = dateValue(b);
  if (va === null && vb === null) return 0;
  if (va === null) return 1;
  if (vb === null) return -1;
  return va - vb;
}
