/** The site's one order of recency: newest first, undated last, ties by id. */
import { compareDates } from "../dates.ts";
import type { IsoDate } from "../types.ts";

/** Newest first; undated after every dated one. */
export function newestFirst(a: IsoDate | null, b: IsoDate | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compareDates(b, a);
}

/** Sort comparator for anything with a date and an id: newest first, undated last, then id. */
export function byRecency<T extends { id: string }>(date: (item: T) => IsoDate | null): (a: T, b: T) => number {
  return (a, b) => newestFirst(date(a), date(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
