/**
 * The five sample articles are coverage of one event and must form exactly one story, however the pipeline
 * happens to extract their titles, dates and related lists.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { groupArticles } from "../../src/group/group-articles.ts";
import { loadDataset } from "./dataset-loader.ts";
import { SEED_FILES, seedArticles, seedFolder, type SeedVariant } from "./seed-articles.ts";
import { SHARED } from "../helpers/run-cli.ts";

const folder = seedFolder();
if (folder === null) console.warn("Skipping the seed grouping tests: the five sample files are in neither content/ nor ../shared/seeds.");
const seedIds = SEED_FILES.map((f) => f.replace(/\.txt$/, "")).sort();

describe.skipIf(folder === null)("the five seed articles", () => {
  const variants: Array<[string, SeedVariant]> = [
    ["as extracted", {}],
    ["with the aggregator title's outlet suffix kept", { keepOutletSuffix: true }],
    ["without the aggregator's related list", { withoutRelated: true }],
    ["with the title-line article dated", { dateUndated: true }],
    ["with every variation at once", { keepOutletSuffix: true, withoutRelated: true, dateUndated: true }],
  ];
  for (const [name, variant] of variants) {
    it(`form one story ${name}`, () => {
      const stories = groupArticles(seedArticles(folder ?? "", variant));
      expect(stories).toHaveLength(1);
      expect([...(stories[0]?.articleIds ?? [])].sort()).toEqual(seedIds);
    });
  }

  it("say why: Lee Jae Myung and Xi among the shared names, the aggregator's listing among the links", () => {
    const [story] = groupArticles(seedArticles(folder ?? ""));
    expect(story?.evidence.sharedEntities.join(" ")).toMatch(/Lee Jae[- ]Myung/i);
    expect(story?.evidence.sharedEntities.join(" ")).toMatch(/\bXi\b/);
    expect(story?.evidence.links.some((l) => l.startsWith("Related coverage:"))).toBe(true);
    expect(story?.evidence.span).toEqual({ from: "2026-01-05", to: "2026-01-06" });
  });

  const allsides = resolve(SHARED, "datasets/allsides-2021");
  if (!existsSync(allsides)) console.warn(`Skipping "among 500 other articles": ${allsides} not found (../shared is absent).`);
  it.skipIf(!existsSync(allsides))("stay one story, and alone, among 500 other articles", () => {
    const stories = groupArticles([...loadDataset(allsides).articles.slice(0, 500), ...seedArticles(folder ?? "")]);
    const seedStories = stories.filter((s) => s.articleIds.some((id) => seedIds.includes(id)));
    expect(seedStories).toHaveLength(1);
    expect([...(seedStories[0]?.articleIds ?? [])].sort()).toEqual(seedIds);
  }, 120_000);
});
