/**
 * Scores a grouping against gold story labels, computing exactly what `tools/score-stories.mjs` computes so that
 * `npm run eval` and the shared script print the same figures.
 */

/** Precision, recall and their harmonic mean. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/** The scores of one grouping, in the shape of `score-stories.mjs --json`. */
export interface StoryScores {
  files: number;
  gold_stories: number;
  predicted_stories: number;
  missing: number;
  pairwise: PrecisionRecall;
  bcubed: PrecisionRecall;
}

/** The part of a build's `stories.json` that scoring reads. */
export interface StoriesForScoring {
  stories: ReadonlyArray<{ id: string; articles: ReadonlyArray<{ file: string }> }>;
}

/** Thrown when a file sits in two stories: the script exits with status 2 then, and so must the caller. */
export class FileInTwoStoriesError extends Error {
  override name = "FileInTwoStoriesError";
}

/**
 * Pairwise and BCubed precision, recall and F1 of `storiesJson` against `labels` (file → gold story), over the
 * labelled files; a labelled file in no story counts as a story of its own.
 */
export function scoreStories(labels: Readonly<Record<string, string>>, storiesJson: StoriesForScoring): StoryScores {
  const gold = new Map(Object.entries(labels));
  const predicted = new Map<string, string>();
  for (const story of storiesJson.stories) {
    for (const article of story.articles) {
      const file = normaliseFile(article.file);
      if (!gold.has(file)) continue;
      const earlier = predicted.get(file);
      if (earlier !== undefined && earlier !== story.id) {
        throw new FileInTwoStoriesError(`${file} is in two stories: ${earlier} and ${story.id}`);
      }
      predicted.set(file, story.id);
    }
  }

  const files = [...gold.keys()];
  const goldOf = (f: string): string => gold.get(f) ?? "";
  // Note: the prefixes keep a story id from colliding with a missing file's own pseudo-story, as in the script.
  const predOf = (f: string): string => {
    const id = predicted.get(f);
    return id === undefined ? `missing:${f}` : `p:${id}`;
  };
  const goldSize = countBy(files, goldOf);
  const predSize = countBy(files, predOf);
  const cellOf = (f: string): string => `${predOf(f)}\u0000${goldOf(f)}`;
  const cellSize = countBy(files, cellOf);

  const tp = pairs(cellSize);
  const predPairs = pairs(predSize);
  const goldPairs = pairs(goldSize);
  const pp = predPairs === 0 ? 1 : tp / predPairs;
  const pr = goldPairs === 0 ? 1 : tp / goldPairs;

  let bp = 0;
  let br = 0;
  for (const f of files) {
    const cell = cellSize.get(cellOf(f)) ?? 0;
    bp += cell / (predSize.get(predOf(f)) ?? 1);
    br += cell / (goldSize.get(goldOf(f)) ?? 1);
  }
  // Note: an empty label set divides by zero in the script too (NaN); kept identical on purpose.
  bp /= files.length;
  br /= files.length;

  return {
    files: files.length,
    gold_stories: goldSize.size,
    predicted_stories: predSize.size,
    missing: files.filter((f) => !predicted.has(f)).length,
    pairwise: { precision: pp, recall: pr, f1: f1(pp, pr) },
    bcubed: { precision: bp, recall: br, f1: f1(bp, br) },
  };
}

/** The labelled files that no story holds, in label order (the script lists the first five). */
export function unplacedFiles(labels: Readonly<Record<string, string>>, storiesJson: StoriesForScoring): string[] {
  const placed = new Set(storiesJson.stories.flatMap((s) => s.articles.map((a) => normaliseFile(a.file))));
  return Object.keys(labels).filter((f) => !placed.has(f));
}

/** The script's plain-text report (three decimals), for `npm run eval`; `unplaced` from `unplacedFiles`. */
export function formatStoryScores(scores: StoryScores, unplaced: readonly string[] = []): string {
  const r3 = (x: number): string => x.toFixed(3);
  const { pairwise: p, bcubed: b } = scores;
  const missing = unplaced.length
    ? [`not in any story (${unplaced.length}): ${unplaced.slice(0, 5).join(", ")}${unplaced.length > 5 ? ", ..." : ""}`]
    : [];
  return [
    ...missing,
    `files ${scores.files}  gold stories ${scores.gold_stories}  predicted stories ${scores.predicted_stories}`,
    `pairwise  P ${r3(p.precision)}  R ${r3(p.recall)}  F1 ${r3(p.f1)}`,
    `bcubed    P ${r3(b.precision)}  R ${r3(b.recall)}  F1 ${r3(b.f1)}`,
  ].join("\n");
}

function normaliseFile(file: string): string {
  return file.replace(/\\/g, "/").replace(/^\.\//, "");
}

function countBy(files: readonly string[], keyOf: (f: string) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
  return counts;
}

function pairs(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const n of counts.values()) sum += (n * (n - 1)) / 2;
  return sum;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
