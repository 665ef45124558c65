/**
 * Times story grouping: on the labelled datasets (when `../shared` exists) and on synthetic sets of 16,000 and
 * 64,000 articles. Prints articles per second; asserts nothing. Run: `npx tsx bench/group-bench.ts [sizes…]`.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { groupArticles } from "../src/group/group-articles.ts";
import type { Article } from "../src/types.ts";
import { loadDataset, makeArticle } from "../test/group/dataset-loader.ts";

const SYLLABLES = ["ka", "lo", "mi", "ser", "tan", "vo", "rel", "dun", "pa", "qui", "zen", "bor", "ti", "gal", "ne", "sho", "ar", "fen", "wu", "yel"];
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

function time(label: string, articles: readonly Article[]): void {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const stories = groupArticles(articles);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = (used.user + used.system) / 1e6;
  // Wall time is what a build waits; CPU time (all threads, GC included) shows the cost on a busy machine.
  console.log(
    `${label.padEnd(16)} ${String(articles.length).padStart(6)} articles ${String(stories.length).padStart(6)} stories` +
      `  wall ${seconds.toFixed(2).padStart(6)} s ${String(Math.round(articles.length / seconds)).padStart(7)} articles/s` +
      `  cpu ${cpuSeconds.toFixed(2).padStart(6)} s ${String(Math.round(articles.length / cpuSeconds)).padStart(7)} articles/s`,
  );
}

const datasets = resolve(import.meta.dirname, "../../shared/datasets");
if (process.argv[1]?.endsWith("group-bench.ts") && sizes.length === 0 && existsSync(datasets)) {
  for (const name of readdirSync(datasets).sort()) time(name, loadDataset(join(datasets, name)).articles);
}
if (process.argv[1]?.endsWith("group-bench.ts")) for (const size of sizes.length > 0 ? sizes : [16_000, 64_000]) time(`synthetic`, syntheticArticles(size));

/**
 * `count` articles in stories of 1–16 (mean ~8) spread over 90 days: each story has its own rare words and names,
 * drawn with common words from a Zipf-like vocabulary, so that index lists have the skew of real news.
 */
export function syntheticArticles(count: number, seed = 1): Article[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  const zipf = (n: number): number => Math.min(n - 1, Math.floor(n ** random()) - 1);
  const word = (): string => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join("");
  const vocabulary = Array.from({ length: 30_000 }, word);
  const names = Array.from({ length: 20_000 }, () => capitalise(word()));
  const outlets = Array.from({ length: 300 }, () => `${capitalise(word())} ${pick(["Times", "Post", "News", "Herald"])}`);
  const articles: Article[] = [];
  const start = Date.UTC(2026, 0, 1);
  while (articles.length < count) {
    const topic = Array.from({ length: 6 }, () => vocabulary[zipf(vocabulary.length)] ?? "news");
    const cast = Array.from({ length: 2 }, () => pick(names));
    const when = start + random() * 90 * 86_400_000;
    const size = 1 + Math.floor(random() * 16);
    for (let k = 0; k < size && articles.length < count; k++) {
      const words = (n: number): string =>
        Array.from({ length: n }, () => (random() < 0.35 ? pick(topic) : random() < 0.1 ? pick(cast) : (vocabulary[zipf(vocabulary.length)] ?? "the"))).join(" ");
      const id = `syn-${String(articles.length).padStart(6, "0")}`;
      articles.push(
        makeArticle({
          id,
          title: `${pick(cast)} ${words(7)}`,
          date: new Date(when + random() * 36 * 3_600_000).toISOString(),
          publisher: pick(outlets),
          url: `https://example.com/${id}`,
          text: `${capitalise(words(60))}.`,
        }),
      );
    }
  }
  return articles;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A small seeded PRNG, so that every run times the same articles. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
