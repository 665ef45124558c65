/**
 * The day a news URL gives in its path (`/2021/06/03/`, `/2021-04-22/`, `-20140310,`): most news sites put the
 * publication day there, and it stays true when a file's own date is missing or was filled in on import.
 */

const DAY_MS = 86_400_000;
// Note: a year, month and day in that order, separated by slashes or hyphens or run together, and not part of a
// longer number or of a hexadecimal id.
const URL_DAY = /(?<![0-9A-Za-z])((?:19|20)\d\d)([/-]?)(0[1-9]|1[0-2]|[1-9])\2(0[1-9]|[12]\d|3[01]|[1-9])(?![0-9])/;

/** Days since 1970-01-01 of the day in `url`'s path, or null when it gives none. */
export function urlDay(url: string | null): number | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = URL_DAY.exec(path);
  if (!match) return null;
  const [, year = "", separator = "", month = "", day = ""] = match;
  // Run together, a date must be written in full: "2014310" is not a day.
  if (separator === "" && (month.length !== 2 || day.length !== 2)) return null;
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const date = new Date(time);
  // February 30th and the like are not days.
  if (date.getUTCDate() !== Number(day)) return null;
  return Math.floor(time / DAY_MS);
}
