/**
 * Grouping quality on the labelled datasets in `../shared/datasets` (development sets, not shipped), scored as the
 * README's table is: the build's own pipeline writes `data/stories.json` and `../shared/tools/score-stories.mjs`
 * scores that file. Each dataset has a gate just below what the build reaches, a same-day copy (every file dated
 * alike, made by `perturb-dataset.mjs`) has one too, and a dataset without a gate fails: a new dataset must be
 * measured before it is trusted. Shuffling the input must not change a byte of the stories.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildData } from "../../src/orchestrate/build-site.ts";
import { siteSettingsFor } from "../../src/data-files/site-settings.ts";
import { groupArticles } from "../../src/group/group-articles.ts";
import { mergedFiles, writeExports } from "../../src/exports/write-exports.ts";
import type { Article } from "../../src/types.ts";
import { SHARED } from "../helpers/run-cli.ts";

const datasets = path.join(SHARED, "datasets");
const tools = path.join(SHARED, "tools");
const present = existsSync(datasets) && existsSync(path.join(tools, "score-stories.mjs"));
if (!present) console.warn(`Skipping the dataset tests: ${datasets} or ${tools}/score-stories.mjs not found (../shared is absent).`);

// Note: gates a little below the BCubed F1 the build reaches (README, "Story grouping"), so that a change that
// costs more than noise fails; keyed by folder, "same-day" for the copy with every file dated alike.
const GATES: Readonly<Record<string, { given: number; sameDay?: number }>> = {
  "allsides-2021": { given: 0.92, sameDay: 0.84 },
  "basil-2010-2019": { given: 0.99, sameDay: 0.98 },
  "uci-2014-slice": { given: 0.86, sameDay: 0.78 },
};

const scratch = present ? mkdtempSync(path.join(tmpdir(), "roundup-datasets-")) : "";
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** BCubed F1 of a build of `datasetDir`, by the shared scoring script; the articles for further checks. */
async function buildAndScore(datasetDir: string, outputDir: string): Promise<{ f1: number; articles: Article[] }> {
  const contentDir = path.join(datasetDir, "content");
  const site = siteSettingsFor(contentDir, {});
  const result = await buildData({ contentDir, outputDir, site, cacheDir: null });
  writeExports(outputDir, result.stories, result.articles, site.pathPrefix, mergedFiles(result.ledger));
  const printed = execFileSync(process.execPath, [path.join(tools, "score-stories.mjs"), path.join(datasetDir, "labels.json"), path.join(outputDir, "data", "stories.json"), "--json"], { encoding: "utf8" });
  const parsed: unknown = JSON.parse(printed);
  const f1 = typeof parsed === "object" && parsed !== null && "bcubed" in parsed && typeof parsed.bcubed === "object" && parsed.bcubed !== null && "f1" in parsed.bcubed ? Number(parsed.bcubed.f1) : Number.NaN;
  return { f1, articles: result.articles };
}

describe.skipIf(!present)("grouping the labelled datasets, as a build does", () => {
  const names = present ? readdirSync(datasets).filter((n) => existsSync(path.join(datasets, n, "labels.json"))).sort() : [];

  it("finds the labelled datasets", () => {
    expect(names.length).toBeGreaterThan(0);
  });

  for (const name of names) {
    describe(name, () => {
      const gate = GATES[name];
      it("has a gate", () => {
        expect(gate, `${name} has labels but no gate: build it, score it and add a gate just below its BCubed F1`).toBeDefined();
      });

      it(`reaches BCubed F1 >= ${gate?.given ?? "?"} as given, and groups a shuffled read byte for byte alike`, async () => {
        const { f1, articles } = await buildAndScore(path.join(datasets, name), path.join(scratch, name));
        console.info(`${name}: BCubed F1 ${f1.toFixed(3)}`);
        expect(f1).toBeGreaterThanOrEqual(gate?.given ?? 2);
        const once = groupArticles(articles);
        expect(JSON.stringify(groupArticles(shuffle(articles, 20260105)))).toBe(JSON.stringify(once));
      }, 300_000);

      it.skipIf(gate?.sameDay === undefined)(`reaches BCubed F1 >= ${gate?.sameDay ?? "?"} with every file dated the same day`, async () => {
        const copy = path.join(scratch, `${name}-same-day`);
        execFileSync(process.execPath, [path.join(tools, "perturb-dataset.mjs"), path.join(datasets, name), copy, "--dates", "same-day"], { stdio: "ignore" });
        const { f1 } = await buildAndScore(copy, path.join(scratch, `${name}-same-day-out`));
        console.info(`${name} same day: BCubed F1 ${f1.toFixed(3)}`);
        expect(f1).toBeGreaterThanOrEqual(gate?.sameDay ?? 2);
      }, 300_000);
    });
  }
});

/** Fisher–Yates with a seeded generator, so that a failure can be replayed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

