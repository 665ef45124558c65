/**
 * Which pages make up which part of the search index (src/search/plan-parts.ts): whole months, oldest first, so that
 * new articles reach the newest part only; a month of more than a part's pages split evenly by id; undated pages
 * last; at most 16 parts.
 */
import { describe, expect, it } from "vitest";
import { MAX_PARTS, type PlacedPage, planParts } from "../../src/search/plan-parts.ts";

const HEX = "0123456789abcdef";
/** `count` pages of `month` (YYYY-MM), their ids ending in every hex digit in turn. */
function pagesOf(month: string | null, count: number, prefix = month ?? "undated"): PlacedPage[] {
  return Array.from({ length: count }, (_, k) => ({ name: `${prefix}-${k}-${HEX[k % 16]}`, day: month === null ? null : `${month}-${String((k % 28) + 1).padStart(2, "0")}` }));
}
const names = (parts: PlacedPage[][]): string[][] => parts.map((part) => part.map((page) => page.name).sort());

describe("the parts of the search index", () => {
  it("packs whole months, oldest first, as many as fit in a chunk, and puts undated pages last", () => {
    const pages = [...pagesOf("2021-03", 40), ...pagesOf(null, 10), ...pagesOf("2021-01", 30), ...pagesOf("2021-02", 30)];
    const parts = planParts(pages, 70);
    expect(parts.map((part) => part.length)).toEqual([60, 50]);
    expect(parts[0]?.every((page) => page.day?.startsWith("2021-01") || page.day?.startsWith("2021-02"))).toBe(true);
    expect(parts[1]?.filter((page) => page.day === null)).toHaveLength(10);
  });

  it("changes only the newest part when pages of the newest month are added", () => {
    const archive = [...pagesOf("2021-01", 50), ...pagesOf("2021-02", 50), ...pagesOf("2021-03", 50), ...pagesOf("2021-04", 20)];
    const before = names(planParts(archive, 100));
    const after = names(planParts([...archive, ...pagesOf("2021-04", 20, "new")], 100));
    expect(before).toHaveLength(2);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)).not.toEqual(before.at(-1));
  });

  it("splits a month of more than a chunk evenly by the ids' last character, each page keeping its share as it grows", () => {
    const month = pagesOf("2021-05", 320);
    const parts = planParts(month, 100);
    expect(parts.map((part) => part.length)).toEqual([80, 80, 80, 80]);
    const grown = names(planParts([...month, ...pagesOf("2021-05", 16, "new")], 100));
    // Each added page joins the share of its id's ending; the others stay where they were.
    for (const [k, part] of names(parts).entries()) expect(grown[k]?.filter((name) => !name.startsWith("new"))).toEqual(part);
  });

  it("makes parts larger instead of more than 16", () => {
    const pages = Array.from({ length: 40 }, (_, m) => pagesOf(`${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`, 25)).flat();
    const parts = planParts(pages, 50);
    expect(parts.length).toBeLessThanOrEqual(MAX_PARTS);
    expect(parts.flat()).toHaveLength(pages.length);
    expect(new Set(parts.flat().map((page) => page.name)).size).toBe(pages.length);
  });

  it("keeps every page of a small site in one part", () => {
    expect(planParts([...pagesOf("2021-01", 3), ...pagesOf(null, 2)], 1250)).toHaveLength(1);
  });
});
