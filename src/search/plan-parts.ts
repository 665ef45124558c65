/**
 * Which pages make up which part of the search index: a news site's pages by month, oldest first, so that the new
 * articles a site gains land in its newest part, and the build after them indexes that part again instead of every
 * part. A month holding more than a part's pages is split by the ids' last character (ids end in a hex hash, so
 * the split is even, and a page stays in its share as the month grows). Undated pages come last, after the newest
 * month: an editor's undated text changes the last part too. Beyond 16 parts the parts grow instead (a search
 * fetches a few files from every part it searches).
 */

/** A page to place: its folder's name (the story or article id) and its day, `YYYY-MM-DD…` or null. */
export interface PlacedPage {
  name: string;
  day: string | null;
}

// Note: a search fetches a few files from every part; beyond this many parts, parts grow instead.
export const MAX_PARTS = 16;
const HEX = "0123456789abcdef";
const UNDATED = "~";

/** The number of shares for `pages` pages: a power of two, so that each share takes the same share of id endings. */
export function searchPartCount(pages: number, chunk: number): number {
  let parts = 1;
  while (parts < MAX_PARTS && parts * chunk < pages) parts *= 2;
  return parts;
}

/**
 * The share (of `shares`) a page of this name takes in its month. Ids kept from a hand-edited file may end in
 * another letter: those go last.
 */
function shareOf(name: string, shares: number): number {
  const digit = HEX.indexOf(name.at(-1) ?? "");
  return digit < 0 ? shares - 1 : Math.floor((digit * shares) / HEX.length);
}

/**
 * The parts of `pages`, in order, each in the given order of its pages: whole months, oldest first, as many as fit
 * in `chunk` pages (a month of more is split evenly); the chunk doubles until there are at most {@link MAX_PARTS}.
 */
export function planParts<T extends PlacedPage>(pages: readonly T[], chunk: number): T[][] {
  const months = new Map<string, T[]>();
  for (const page of pages) {
    // Note: "~" sorts after every digit, so the undated come after the newest month.
    const month = page.day && /^\d{4}-\d{2}/.test(page.day) ? page.day.slice(0, 7) : UNDATED;
    const list = months.get(month);
    if (list) list.push(page);
    else months.set(month, [page]);
  }
  const order = [...months.keys()].sort();
  for (let size = Math.max(1, chunk); ; size *= 2) {
    const parts = pack(order.map((month) => months.get(month) ?? []), size);
    if (parts.length <= MAX_PARTS || size >= pages.length) return parts;
  }
}

function pack<T extends PlacedPage>(months: ReadonlyArray<readonly T[]>, size: number): T[][] {
  const parts: T[][] = [];
  let current: T[] = [];
  for (const month of months) {
    if (month.length > size) {
      if (current.length > 0) parts.push(current);
      current = [];
      const count = searchPartCount(month.length, size);
      const shares = Array.from({ length: count }, (): T[] => []);
      for (const page of month) shares[shareOf(page.name, count)]?.push(page);
      parts.push(...shares.filter((share) => share.length > 0));
      continue;
    }
    if (current.length > 0 && current.length + month.length > size) {
      parts.push(current);
      current = [];
    }
    current.push(...month);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
