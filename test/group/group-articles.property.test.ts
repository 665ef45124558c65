/**
 * Rules that must hold for every input: each article in exactly one story, members oldest first, and the same
 * stories whatever order the articles come in.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDates } from "../../src/dates.ts";
import { groupArticles } from "../../src/group/group-articles.ts";
import type { Article } from "../../src/types.ts";
import { makeArticle } from "./dataset-loader.ts";

// A small vocabulary, names included, so that random articles often share words and stories actually form.
const WORDS = ["Senate", "vote", "budget", "Lee", "Jae-myung", "summit", "Beijing", "fire", "plant", "rates", "bank", "court", "ruling", "storm", "coast", "the", "on", "after"];
const OUTLETS = ["Metro Herald", "Coast Daily", "Asia Wire", null];

const article = fc.record({
  title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(" ")),
  text: fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(" ")),
  day: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  hour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: null }),
  publisher: fc.constantFrom(...OUTLETS),
});

const articles = fc.array(article, { minLength: 1, maxLength: 14 }).map((list) =>
  list.map((a, k): Article => {
    const date = a.day === null ? null : `2026-01-0${a.day}${a.hour === null ? "" : `T${String(a.hour).padStart(2, "0")}:00`}`;
    return makeArticle({ id: `a${String(k).padStart(2, "0")}`, title: a.title, text: a.text, date, publisher: a.publisher });
  }),
);

describe("groupArticles, for any input", () => {
  it("puts every article in exactly one story, oldest first", () => {
    fc.assert(
      fc.property(articles, (list) => {
        const stories = groupArticles(list);
        const placed = stories.flatMap((s) => s.articleIds).sort();
        expect(placed).toEqual(list.map((a) => a.id).sort());
        const dateOf = new Map(list.map((a) => [a.id, a.date]));
        for (const { articleIds } of stories) {
          for (let k = 1; k < articleIds.length; k++) {
            expect(compareDates(dateOf.get(articleIds[k - 1] ?? "") ?? null, dateOf.get(articleIds[k] ?? "") ?? null)).toBeLessThanOrEqual(0);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("gives the same stories for any order of the same articles", () => {
    fc.assert(
      fc.property(articles.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))), ([list, shuffled]) => {
        expect(JSON.stringify(groupArticles(shuffled))).toBe(JSON.stringify(groupArticles(list)));
      }),
      { numRuns: 100 },
    );
  });
});
