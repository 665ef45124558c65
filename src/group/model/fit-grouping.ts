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
import type { GroupingModel } from "./grouping-model.ts";
import { PAIR_FEATURES, pairFeatures } from "./pair-features.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../../..");
const VARIANTS = ["given", "same-day", "drop"] as const;
type Variant = (typeof VARIANTS)[number];
// Note: mild: the features are on similar scales and the pairs number in the hundreds of thousands.
const PENALTY = 1;
// Note: each dataset variant weighs the same in the fit, however many candidate pairs it has (UCI has 20 times
// AllSides' pairs), and within it the pairs of one story weigh as much as the others: UCI's candidate pairs are
// mostly of one story (its stories are huge), AllSides' mostly not; unbalanced, a feature that only one set lacks
// (a body, a mentioned date) would learn that set's share instead of what it says about a pair.
const WEIGHT_PER_VARIANT = 10_000;
// Note: rounds of refitting on clustering's own decisions: the first brings the story-level features (sums,
// sizes, coverage, average lead) into the fit; the later ones let the weights settle on the decisions the refitted
// model takes. Three rounds with decisions weighing three times the pairs (below) scored best of 2/1, 2/3, 2/10
// and 3/3 (mean BCubed F1 over the variants 0.829, 0.836, 0.833, 0.837).
const ROUNDS = 3;
// Note: how much a variant's story-against-story decisions weigh against its candidate pairs: clustering asks
// about stories, and weighed like the pairs the decisions barely moved the story-level weights.
const DECISION_WEIGHT = 3;
const JOIN_GRID = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6];

/** One dataset variant, ready for fitting and scoring. */
interface Prepared {
  name: string;
  variant: Variant;
  files: string[];
  labels: Record<string, string>;
  features: ArticleFeatures[];
  candidates: Array<[number, number]>;
  rows: Float64Array[];
  same: Uint8Array;
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
    console.log(`held out ${out} (fitted on ${names.filter((n) => n !== out).join(", ")}; join ${model.joinProbability}): ${scores.join("  ")}`);
  }
} else {
  const model = fit(prepared);
  const figures = prepared.map((p) => ({ dataset: p.name, dates: p.variant, bcubedF1: Number(score(p, model).toFixed(3)) }));
  for (const p of prepared) console.log(`${p.name} ${p.variant}: ${describe(p, model)}`);
  const document = {
    about: "Story grouping model: logistic regression over pair features (src/group/model/pair-features.ts), and the mean pair probability at which two stories join. Made by the command below; refit and diff.",
    command: "npm run fit-grouping",
    data: names.map((n) => `../shared/datasets/${n} (as given, --dates same-day, --dates drop)`),
    pairs: prepared.map((p) => ({ dataset: p.name, dates: p.variant, candidatePairs: p.rows.length, sameStory: p.same.reduce((s, v) => s + v, 0) })),
    intercept: round(model.intercept),
    weights: Object.fromEntries(PAIR_FEATURES.map((name, k) => [name, round(model.weights[k] ?? 0)])),
    joinProbability: model.joinProbability,
    fittedFigures: figures,
  };
  console.log(JSON.stringify({ intercept: document.intercept, weights: document.weights, joinProbability: document.joinProbability }));
  if (values.write) writeFileSync(path.join(HERE, "grouping-model.json"), `${JSON.stringify(document, null, 2)}\n`);
}

/**
 * Logistic weights fitted on every candidate pair of `sets`, then refitted on the decisions clustering takes with
 * them (stories against stories, labelled by the share of their pairs that are one gold story), then the join
 * probability that scores best on `sets`.
 */
function fit(sets: readonly Prepared[]): GroupingModel {
  const rows: Float64Array[] = [];
  const targets: number[] = [];
  const sampleWeights: number[] = [];
  const addRows = (xs: readonly Float64Array[], ys: readonly number[], scale = 1): void => {
    const positives = ys.reduce((s, y) => s + y, 0);
    const negatives = ys.length - positives;
    xs.forEach((x, k) => {
      const y = ys[k]!;
      rows.push(x);
      targets.push(y);
      // Each variant's same-story and other evidence weigh WEIGHT_PER_VARIANT / 2 each (a soft label counts for both).
      sampleWeights.push(scale * (WEIGHT_PER_VARIANT / 2) * (y / Math.max(1e-9, positives) + (1 - y) / Math.max(1e-9, negatives)));
    });
  };
  for (const p of sets) addRows(p.rows, [...p.same]);
  let model = toModel(fitLogistic({ rows, labels: Float64Array.from(targets), sampleWeights: Float64Array.from(sampleWeights) }, PENALTY), 0.5);
  for (let round = 0; round < ROUNDS; round++) {
    for (const p of sets) {
      const xs: Float64Array[] = [];
      const ys: number[] = [];
      const pairs = p.candidates.map(([i, j], k) => ({ i, j, x: p.rows[k]! }));
      clusterArticles(p.features, pairs, p.links, model, (x, a, b) => {
        if (a.length === 1 && b.length === 1) return;
        xs.push(x);
        ys.push(sameShare(p, a, b));
      });
      addRows(xs, ys, DECISION_WEIGHT);
    }
    model = toModel(fitLogistic({ rows, labels: Float64Array.from(targets), sampleWeights: Float64Array.from(sampleWeights) }, PENALTY), 0.5);
  }
  let best = { join: 0.5, mean: -1 };
  for (const join of JOIN_GRID) {
    const each = sets.map((p) => score(p, { ...model, joinProbability: join }));
    const mean = each.reduce((s, x) => s + x, 0) / sets.length;
    if (values.verbose) console.error(`join ${join}:`, join, each.map((x) => x.toFixed(3)).join(" "), mean.toFixed(3));
    if (mean > best.mean) best = { join, mean };
  }
  return { ...model, joinProbability: best.join };
}

function toModel(fitted: LogisticFit, joinProbability: number): GroupingModel {
  return { intercept: fitted.intercept, weights: Float64Array.from(fitted.weights), joinProbability };
}

/** The share of the pairs across stories `a` and `b` that are one gold story. */
function sameShare(p: Prepared, a: readonly number[], b: readonly number[]): number {
  const counts = new Map<string, number>();
  for (const m of a) {
    const label = p.labels[p.files[m]!] ?? `unlabelled ${m}`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  let same = 0;
  for (const m of b) same += counts.get(p.labels[p.files[m]!] ?? "") ?? 0;
  return same / (a.length * b.length);
}

/** BCubed precision, recall and F1 and the number of stories, for the console. */
function describe(p: Prepared, model: GroupingModel): string {
  const { bcubed, predicted_stories: made, gold_stories: gold } = scoreAll(p, model);
  return `BCubed P ${bcubed.precision.toFixed(3)} R ${bcubed.recall.toFixed(3)} F1 ${bcubed.f1.toFixed(3)}, ${made} stories (gold ${gold})`;
}

/** Sample weights giving a variant's same-story pairs and other pairs `WEIGHT_PER_VARIANT / 2` each. */
function balancedWeights(same: Uint8Array): number[] {
  const positives = same.reduce((s, v) => s + v, 0);
  const negatives = same.length - positives;
  return [...same].map((v) => WEIGHT_PER_VARIANT / 2 / Math.max(1, v ? positives : negatives));
}

/** BCubed F1 of `p` grouped by `model`, as `score-stories.mjs` computes it. */
function score(p: Prepared, model: GroupingModel): number {
  return scoreAll(p, model).bcubed.f1;
}

function scoreAll(p: Prepared, model: GroupingModel): ReturnType<typeof scoreStories> {
  const pairs = p.candidates.map(([i, j], k) => ({ i, j, x: p.rows[k]! }));
  const groups = clusterArticles(p.features, pairs, p.links, model);
  const stories = groups.map((members, g) => ({ id: `s${g}`, articles: members.map((m) => ({ file: p.files[m]! })) }));
  return scoreStories(p.labels, { stories });
}

async function prepare(name: string, variant: Variant): Promise<Prepared> {
  const dataset = path.join(datasetsDir, name);
  const labels = readLabels(path.join(dataset, "labels.json"));
  const articles = (await articlesOf(dataset, name, variant)).sort((a, b) => compareIds(a.id, b.id));
  const { featureSet, candidates, links } = prepareGrouping(articles, resolveGroupingParameters());
  const { features } = featureSet;
  const rows = candidates.map(([i, j]) => pairFeatures(features[i]!, features[j]!));
  const files = articles.map((a) => a.file);
  const same = Uint8Array.from(candidates, ([i, j]) => {
    const a = labels[files[i]!];
    return a !== undefined && a === labels[files[j]!] ? 1 : 0;
  });
  console.error(`${name} ${variant}: ${articles.length} articles, ${rows.length} candidate pairs, ${same.reduce((s, v) => s + v, 0)} in one story`);
  return { name, variant, files, labels, features, candidates, rows, same, links: links.map((l) => [l.i, l.j] as const) };
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
