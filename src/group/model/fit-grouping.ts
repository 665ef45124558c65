/**
 * `npm run fit-grouping`: fits the grouping model (`grouping-model.json`, beside this script) on the labelled
 * datasets in `../shared/datasets`, each as given and with its dates perturbed (every file the same day; no dates,
 * made by `../shared/tools/perturb-dataset.mjs`), so that the model learns what text says when time says nothing.
 *
 *   npx tsx src/group/model/fit-grouping.ts [--write] [--hold-out NAME | --leave-one-out] [--cache DIR]
 *
 * `--write` rewrites the shipped model; `--hold-out NAME` fits on the other datasets and scores NAME;
 * `--leave-one-out` does so for every dataset in turn. `--cache DIR` keeps the processed articles between runs;
 * `--verbose` prints the score of each variant at each join probability tried.
 * Articles come from the build's own pipeline, so the model sees what a build sees.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { isRecord } from "../../records.ts";
import type { Article } from "../../types.ts";
import { clusterArticles } from "../cluster-articles.ts";
import { scoreStories } from "../evaluate-grouping.ts";
import { compareIds, prepareGrouping } from "../group-articles.ts";
import { resolveGroupingParameters } from "../grouping-parameters.ts";
import { fitLogistic, type LogisticFit } from "./fit-logistic.ts";
import type { ArticleFeatures } from "../featurize-articles.ts";
import type { Neighbourhoods } from "../features/describe-neighbourhoods.ts";
import type { GroupingModel } from "./grouping-model.ts";
import { PAIR_FEATURES, pairFeatures } from "./pair-features.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../../..");
const VARIANTS = ["given", "same-day", "drop"] as const;
type Variant = (typeof VARIANTS)[number];
// Note: the features are on similar scales and the pairs number in the tens of thousands; 10 over 1 and 30 gave
// the best mean BCubed F1 over the nine dataset variants (0.889 against 0.884 and 0.880).
const PENALTY = 10;
// Note: each dataset variant weighs the same in the fit, however many pairs it has (UCI has 20 times AllSides'
// candidate pairs); within a variant, pairs weigh as they come, so that the probability keeps the odds a pair of
// that kind has of being one story, and one join probability holds for every set.
const WEIGHT_PER_VARIANT = 10_000;
// Note: clustering compares central members that the index did not offer as a pair; the fit sees such pairs too:
// this many random pairs per article, and as many random pairs from one gold story. 2 over 1 and 3 (mean BCubed
// F1 over the nine variants 0.889 against 0.886 and 0.886).
const SAMPLED_PER_ARTICLE = 2;
const JOIN_GRID = Array.from({ length: 17 }, (_, k) => Number((0.3 + k * 0.025).toFixed(3)));
// Note: the bar and the lead over the next story at which an article left alone joins its best story; tried after
// the join probability is chosen, beside never (a bar of 1).
const LONE_GRID = [0.3, 0.35, 0.4, 0.45];
const LONE_MARGIN_GRID = [0.1, 0.2, 0.3];
// Note: the margins by which two stories of several members each must beat the join probability, for pairs of full
// texts and for pairs with a headline alone; tried after the join probability, before the lone articles' bar. From
// 0.5 on, formed full-text stories never join (unless they are two halves of one event: cluster-articles.ts). On
// the nine variants, 0.2 for full texts: mean BCubed F1 0.8953 against 0.8939 with none; held out, AllSides same day
// 0.728 → 0.762 and undated 0.763 → 0.795; for headlines the fit keeps none (UCI same day loses 0.04 at 0.05).
const STORY_MARGIN_GRID = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

/** One dataset variant, ready for fitting and scoring. */
interface Prepared {
  name: string;
  variant: Variant;
  files: string[];
  labels: Record<string, string>;
  features: ArticleFeatures[];
  hoods: Neighbourhoods;
  candidates: Array<[number, number]>;
  rows: Float64Array[];
  same: Uint8Array;
  /** Rows for sampled pairs (not candidates), and whether each is one story. */
  sampledRows: Float64Array[];
  sampledSame: Uint8Array;
  links: Array<readonly [number, number]>;
}

const { values } = parseArgs({
  options: {
    write: { type: "boolean", default: false },
    "hold-out": { type: "string" },
    "leave-one-out": { type: "boolean", default: false },
    cache: { type: "string" },
    verbose: { type: "boolean", default: false },
    datasets: { type: "string", default: path.resolve(ROOT, "../shared/datasets") },
  },
});

const datasetsDir = path.resolve(values.datasets);
const names = readdirSync(datasetsDir).filter((n) => existsSync(path.join(datasetsDir, n, "labels.json"))).sort();
const prepared: Prepared[] = [];
for (const name of names) for (const variant of VARIANTS) prepared.push(await prepare(name, variant));

if (values["leave-one-out"] || values["hold-out"]) {
  const held = values["hold-out"] ? [values["hold-out"]] : names;
  for (const out of held) {
    const model = fit(prepared.filter((p) => p.name !== out));
    const scores = prepared.filter((p) => p.name === out).map((p) => `${p.variant} ${score(p, model).toFixed(3)}`);
    console.log(`held out ${out} (fitted on ${names.filter((n) => n !== out).join(", ")}; join ${model.joinProbability}, story margins ${model.storyMargin} ${model.headlineStoryMargin}, lone ${model.loneJoinProbability} margin ${model.loneMargin}): ${scores.join("  ")}`);
  }
} else {
  const model = fit(prepared);
  const figures = prepared.map((p) => ({ dataset: p.name, dates: p.variant, bcubedF1: Number(score(p, model).toFixed(3)) }));
  for (const p of prepared) console.log(`${p.name} ${p.variant}: ${describe(p, model)}`);
  const document = {
    about: "Story grouping model: logistic regression over pair features (src/group/model/pair-features.ts), fitted on each dataset's candidate pairs and sampled pairs, each dataset variant weighing the same; the mean pair probability (over the stories' central members) at which two stories join, and the margins above it for two stories of several members each (pairs of full texts; pairs with a headline alone); and the bar and lead over the next story at which an article left alone joins its best story. Made by the command below; refit and diff.",
    command: "npm run fit-grouping",
    data: names.map((n) => `../shared/datasets/${n} (as given, --dates same-day, --dates drop)`),
    pairs: prepared.map((p) => ({
      dataset: p.name,
      dates: p.variant,
      candidatePairs: p.rows.length,
      sameStory: p.same.reduce((s, v) => s + v, 0),
      sampledPairs: p.sampledRows.length,
      sampledSameStory: p.sampledSame.reduce((s, v) => s + v, 0),
    })),
    intercept: round(model.intercept),
    weights: Object.fromEntries(PAIR_FEATURES.map((name, k) => [name, round(model.weights[k] ?? 0)])),
    joinProbability: model.joinProbability,
    storyMargin: model.storyMargin,
    headlineStoryMargin: model.headlineStoryMargin,
    loneJoinProbability: model.loneJoinProbability,
    loneMargin: model.loneMargin,
    fittedFigures: figures,
  };
  console.log(JSON.stringify({ intercept: document.intercept, weights: document.weights, joinProbability: document.joinProbability, storyMargin: document.storyMargin, headlineStoryMargin: document.headlineStoryMargin, loneJoinProbability: document.loneJoinProbability, loneMargin: document.loneMargin }));
  if (values.write) writeFileSync(path.join(HERE, "grouping-model.json"), `${JSON.stringify(document, null, 2)}\n`);
}

/**
 * Logistic weights fitted on every candidate pair of `sets` and on sampled pairs (the pairs clustering compares
 * beside the candidates), then the join probability that scores best on `sets`.
 */
function fit(sets: readonly Prepared[]): GroupingModel {
  const rows: Float64Array[] = [];
  const targets: number[] = [];
  const sampleWeights: number[] = [];
  for (const p of sets) {
    const xs = [...p.rows, ...p.sampledRows];
    const ys = [...p.same, ...p.sampledSame];
    xs.forEach((x, k) => {
      rows.push(x);
      targets.push(ys[k]!);
      sampleWeights.push(WEIGHT_PER_VARIANT / xs.length);
    });
  }
  const model = toModel(fitLogistic({ rows, labels: Float64Array.from(targets), sampleWeights: Float64Array.from(sampleWeights) }, PENALTY), 0.5);
  let best = { join: 0.5, mean: -1 };
  for (const join of JOIN_GRID) {
    const each = sets.map((p) => score(p, { ...model, joinProbability: join }));
    const mean = each.reduce((s, x) => s + x, 0) / sets.length;
    if (values.verbose) console.error(`join ${join}:`, each.map((x) => x.toFixed(3)).join(" "), mean.toFixed(3));
    if (mean > best.mean) best = { join, mean };
  }
  const joined = { ...model, joinProbability: best.join };
  let margins = { storyMargin: 0, headlineStoryMargin: 0, mean: best.mean };
  for (const kind of ["storyMargin", "headlineStoryMargin"] as const) {
    for (const margin of STORY_MARGIN_GRID) {
      const tried = { storyMargin: margins.storyMargin, headlineStoryMargin: margins.headlineStoryMargin, [kind]: margin };
      const each = sets.map((p) => score(p, { ...joined, ...tried }));
      const mean = each.reduce((s, x) => s + x, 0) / sets.length;
      if (values.verbose) console.error(`${kind} ${margin}:`, each.map((x) => x.toFixed(3)).join(" "), mean.toFixed(3));
      if (mean > margins.mean) margins = { ...tried, mean };
    }
  }
  const chosen = { ...joined, storyMargin: margins.storyMargin, headlineStoryMargin: margins.headlineStoryMargin };
  let lone = { probability: 1, margin: 0, mean: margins.mean };
  for (const probability of LONE_GRID) {
    for (const margin of LONE_MARGIN_GRID) {
      const each = sets.map((p) => score(p, { ...chosen, loneJoinProbability: probability, loneMargin: margin }));
      const mean = each.reduce((s, x) => s + x, 0) / sets.length;
      if (values.verbose) console.error(`lone ${probability} margin ${margin}:`, each.map((x) => x.toFixed(3)).join(" "), mean.toFixed(3));
      if (mean > lone.mean) lone = { probability, margin, mean };
    }
  }
  return { ...chosen, loneJoinProbability: lone.probability, loneMargin: lone.margin };
}

function toModel(fitted: LogisticFit, joinProbability: number): GroupingModel {
  return { intercept: fitted.intercept, weights: Float64Array.from(fitted.weights), joinProbability, loneJoinProbability: 1, loneMargin: 0, storyMargin: 0, headlineStoryMargin: 0 };
}

/** BCubed precision, recall and F1 and the number of stories, for the console. */
function describe(p: Prepared, model: GroupingModel): string {
  const { bcubed, predicted_stories: made, gold_stories: gold } = scoreAll(p, model);
  return `BCubed P ${bcubed.precision.toFixed(3)} R ${bcubed.recall.toFixed(3)} F1 ${bcubed.f1.toFixed(3)}, ${made} stories (gold ${gold})`;
}

/** BCubed F1 of `p` grouped by `model`, as `score-stories.mjs` computes it. */
function score(p: Prepared, model: GroupingModel): number {
  return scoreAll(p, model).bcubed.f1;
}

function scoreAll(p: Prepared, model: GroupingModel): ReturnType<typeof scoreStories> {
  const pairs = p.candidates.map(([i, j], k) => ({ i, j, x: p.rows[k]! }));
  const groups = clusterArticles(p.features, pairs, p.links, p.hoods, model);
  const stories = groups.map((members, g) => ({ id: `s${g}`, articles: members.map((m) => ({ file: p.files[m]! })) }));
  return scoreStories(p.labels, { stories });
}

async function prepare(name: string, variant: Variant): Promise<Prepared> {
  const dataset = path.join(datasetsDir, name);
  const labels = readLabels(path.join(dataset, "labels.json"));
  const articles = (await articlesOf(dataset, name, variant)).sort((a, b) => compareIds(a.id, b.id));
  const { featureSet, candidates, links, hoods } = prepareGrouping(articles, resolveGroupingParameters());
  const { features } = featureSet;
  const rows = candidates.map(([i, j]) => pairFeatures(features[i]!, features[j]!, hoods));
  const files = articles.map((a) => a.file);
  const oneStory = (i: number, j: number): 0 | 1 => {
    const a = labels[files[i]!];
    return a !== undefined && a === labels[files[j]!] ? 1 : 0;
  };
  const same = Uint8Array.from(candidates, ([i, j]) => oneStory(i, j));
  const sampled = samplePairs(files.map((f) => labels[f]), SAMPLED_PER_ARTICLE);
  const sampledRows = sampled.map(([i, j]) => pairFeatures(features[i]!, features[j]!, hoods));
  const sampledSame = Uint8Array.from(sampled, ([i, j]) => oneStory(i, j));
  console.error(`${name} ${variant}: ${articles.length} articles, ${rows.length} candidate pairs, ${same.reduce((s, v) => s + v, 0)} in one story`);
  return { name, variant, files, labels, features, hoods, candidates, rows, same, sampledRows, sampledSame, links: links.map((l) => [l.i, l.j] as const) };
}

/**
 * `perArticle` random pairs per article, and as many random pairs of one gold story, from a fixed seed so that a
 * refit gives the same weights.
 */
function samplePairs(labels: ReadonlyArray<string | undefined>, perArticle: number): Array<[number, number]> {
  let state = 0x9e3779b9;
  // A small xorshift: reproducible, and plenty for sampling pairs.
  const random = (below: number): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % below;
  };
  const n = labels.length;
  const stories = new Map<string, number[]>();
  labels.forEach((label, i) => {
    if (label === undefined) return;
    const members = stories.get(label);
    if (members) members.push(i);
    else stories.set(label, [i]);
  });
  const shared = [...stories.values()].filter((members) => members.length > 1);
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < n * perArticle; k++) {
    const i = random(n);
    const j = random(n);
    if (i !== j) pairs.push([Math.min(i, j), Math.max(i, j)]);
    if (shared.length === 0) continue;
    const members = shared[random(shared.length)]!;
    const a = members[random(members.length)]!;
    const b = members[random(members.length)]!;
    if (a !== b) pairs.push([Math.min(a, b), Math.max(a, b)]);
  }
  return pairs;
}

/** The dataset's articles as the build's pipeline reads them, the dates perturbed as `variant` says. */
async function articlesOf(dataset: string, name: string, variant: Variant): Promise<Article[]> {
  const cacheFile = values.cache ? path.join(values.cache, `${name}-${variant}.json`) : null;
  if (cacheFile && existsSync(cacheFile)) return readArticles(cacheFile);
  let contentDir = path.join(dataset, "content");
  if (variant !== "given") {
    const copy = path.join(values.cache ?? path.join(ROOT, "node_modules/.cache/roundup-fit"), `${name}-${variant}`);
    execFileSync(process.execPath, [path.join(datasetsDir, "../tools/perturb-dataset.mjs"), dataset, copy, "--dates", variant], { stdio: "ignore" });
    contentDir = path.join(copy, "content");
  }
  // Loaded here, not at the top: the build imports grouping, and this script is the only way back.
  const { buildData } = await import("../../orchestrate/build-site.ts");
  const { siteSettingsFor } = await import("../../data-files/site-settings.ts");
  const result = await buildData({ contentDir, outputDir: path.join(ROOT, "node_modules/.cache/roundup-fit-out"), site: siteSettingsFor(contentDir, {}), cacheDir: null });
  if (cacheFile) {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(result.articles));
  }
  return result.articles;
}

function readArticles(file: string): Article[] {
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!Array.isArray(parsed) || !parsed.every((a) => isRecord(a) && typeof a.id === "string" && typeof a.file === "string" && typeof a.title === "string")) {
    throw new Error(`${file} is not a list of articles; delete it to read the dataset again`);
  }
  // Note: written by this script from the pipeline's own articles a moment earlier; checked for shape above.
  return parsed as Article[];
}

function readLabels(file: string): Record<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  const labels: Record<string, string> = {};
  if (isRecord(parsed)) for (const [k, v] of Object.entries(parsed)) if (typeof v === "string") labels[k] = v;
  return labels;
}

function round(x: number): number {
  return Number(x.toFixed(4));
}
