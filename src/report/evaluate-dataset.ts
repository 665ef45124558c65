/**
 * `roundup eval <dataset>`: group a labelled dataset (a folder holding `content/` and `labels.json`), write the
 * stories export the build would write, and score that file against the gold labels.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildData, type BuildOptions } from "../orchestrate/build-site.ts";
import { formatStoryScores, scoreStories, unplacedFiles } from "../group/evaluate-grouping.ts";
import { isRecord } from "../records.ts";
import { mergedFiles, writeExports } from "../exports/write-exports.ts";

/** What an evaluation printed, and where its stories export is. */
export interface Evaluation {
  lines: string[];
  storiesFile: string;
}

/** Read `labels.json`: file → gold story label. */
export function readLabels(datasetDir: string): Record<string, string> {
  const file = path.join(datasetDir, "labels.json");
  const data: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!isRecord(data)) throw new Error(`${file} must map files to story labels`);
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) if (typeof value === "string") labels[key] = value;
  return labels;
}

/** Build the dataset's data (no pages), write `<outputDir>/data/stories.json`, and score that file. */
export async function evaluateDataset(datasetDir: string, outputDir: string, options: Omit<BuildOptions, "contentDir" | "outputDir">): Promise<Evaluation> {
  const labels = readLabels(datasetDir);
  const began = performance.now();
  const result = await buildData({ ...options, contentDir: path.join(datasetDir, "content"), outputDir });
  const seconds = (performance.now() - began) / 1000;
  writeExports(outputDir, result.stories, result.articles, options.site.pathPrefix, mergedFiles(result.ledger));
  const storiesFile = path.join(outputDir, "data", "stories.json");
  const parsed: unknown = JSON.parse(readFileSync(storiesFile, "utf8"));
  const stories = isRecord(parsed) && Array.isArray(parsed.stories) ? parsed.stories : [];
  const storiesJson = {
    stories: stories.filter(isRecord).map((story) => ({
      id: String(story.id),
      articles: (Array.isArray(story.articles) ? story.articles : []).filter(isRecord).map((a) => ({ file: String(a.file) })),
    })),
  };
  const scores = scoreStories(labels, storiesJson);
  const lines = formatStoryScores(scores, unplacedFiles(labels, storiesJson)).split("\n").filter((line) => line !== "");
  lines.push(`${result.articles.length} articles grouped into ${result.stories.length} stories in ${seconds.toFixed(1)} s (${Math.round(result.articles.length / seconds)} articles/s, reading and cleaning included)`);
  return { lines, storiesFile };
}
