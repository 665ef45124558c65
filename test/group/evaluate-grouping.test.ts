/** `scoreStories` must compute exactly what the shared `score-stories.mjs` computes. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FileInTwoStoriesError, formatStoryScores, scoreStories, type StoriesForScoring, unplacedFiles } from "../../src/group/evaluate-grouping.ts";
import { loadDataset } from "./dataset-loader.ts";
import { SHARED } from "../helpers/run-cli.ts";

const script = resolve(SHARED, "tools/score-stories.mjs");
const dataset = resolve(SHARED, "datasets/allsides-2021");

// Five labelled files in three gold stories; the build puts a, b, c in one story, d alone, and misses e.
const labels = { "a.md": "g1", "b.md": "g1", "c.md": "g2", "d.md": "g2", "e.md": "g3" };
const stories: StoriesForScoring = {
  stories: [
    { id: "x", articles: [{ file: "a.md" }, { file: "./b.md" }, { file: "c.md" }, { file: "unlabelled.md" }] },
    { id: "y", articles: [{ file: "d.md" }] },
  ],
};

describe("scoreStories", () => {
  it("scores a hand-made case as worked out on paper", () => {
    const scores = scoreStories(labels, stories);
    expect(scores).toMatchObject({ files: 5, gold_stories: 3, predicted_stories: 3, missing: 1 });
    // Pairs: predicted 3 (all in x), gold 2 (a-b, c-d), both 1 (a-b).
    expect(scores.pairwise.precision).toBeCloseTo(1 / 3, 12);
    expect(scores.pairwise.recall).toBeCloseTo(1 / 2, 12);
    expect(scores.pairwise.f1).toBeCloseTo(0.4, 12);
    // BCubed precision per file: 2/3, 2/3, 1/3, 1, 1; recall: 1, 1, 1/2, 1/2, 1.
    expect(scores.bcubed.precision).toBeCloseTo(11 / 15, 12);
    expect(scores.bcubed.recall).toBeCloseTo(4 / 5, 12);
    expect(scores.bcubed.f1).toBeCloseTo((2 * (11 / 15) * 0.8) / (11 / 15 + 0.8), 12);
  });

  it("refuses a file in two stories, as the script does", () => {
    const twice = { stories: [{ id: "x", articles: [{ file: "a.md" }] }, { id: "y", articles: [{ file: "a.md" }] }] };
    expect(() => scoreStories(labels, twice)).toThrow(FileInTwoStoriesError);
  });

  describe.skipIf(!existsSync(script))("agrees with score-stories.mjs", () => {
    const runScript = (labelsJson: unknown, storiesJson: unknown, json = true): string => {
      const dir = mkdtempSync(join(tmpdir(), "roundup-score-"));
      try {
        writeFileSync(join(dir, "labels.json"), JSON.stringify(labelsJson));
        writeFileSync(join(dir, "stories.json"), JSON.stringify(storiesJson));
        const args = [script, join(dir, "labels.json"), join(dir, "stories.json"), ...(json ? ["--json"] : [])];
        return execFileSync(process.execPath, args, { encoding: "utf8" });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };

    it("on the hand-made case, as JSON and as text", () => {
      expect(scoreStories(labels, stories)).toEqual(JSON.parse(runScript(labels, stories)));
      expect(`${formatStoryScores(scoreStories(labels, stories), unplacedFiles(labels, stories))}\n`).toBe(runScript(labels, stories, false));
    }, 30_000);

    it.skipIf(!existsSync(dataset))("on a real dataset, grouped crudely by day and outlet initial, some files left out", () => {
      const { articles, labels: gold } = loadDataset(dataset);
      const byKey = new Map<string, Array<{ file: string }>>();
      for (const [k, a] of articles.entries()) {
        if (k % 50 === 0) continue;
        const key = `${a.file.slice(0, 10)}-${a.publisher?.charAt(0) ?? ""}`;
        byKey.set(key, [...(byKey.get(key) ?? []), { file: a.file }]);
      }
      const json = { stories: [...byKey].map(([id, files]) => ({ id, articles: files })) };
      expect(scoreStories(gold, json)).toEqual(JSON.parse(runScript(gold, json)));
    }, 60_000);
  });
});

if (existsSync(script) && !existsSync(dataset)) console.warn(`Skipping the real-dataset comparison: ${dataset} not found.`);
if (!existsSync(script)) console.warn(`Skipping the comparison with score-stories.mjs: ${script} not found (../shared is absent).`);
