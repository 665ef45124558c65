/**
 * `npx tsx bench/extraction.ts --content DIR [--eval evaldata.json] [--out articles.json]`: run the per-file
 * pipeline over a folder of saved pages in this thread and print the time per page (whole pipeline, and the page
 * extraction stage alone). With `--eval`, score the main text as `score-extraction.mjs` does (chunks each page's
 * text must and must not contain), overall and on two fixed halves: `dev` (even positions in the evaluation file,
 * the half that rules may be tuned on) and `held-out` (odd positions, looked at only to report).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { processFile } from "../src/pipeline.ts";
import { isRecord, stringList } from "../src/records.ts";

const { values } = parseArgs({ options: { content: { type: "string" }, eval: { type: "string" }, out: { type: "string" }, only: { type: "string" } } });
if (!values.content) throw new Error("usage: tsx bench/extraction.ts --content DIR [--eval evaldata.json] [--out articles.json]");
const content = path.resolve(values.content);
const options = { contentDir: content, maxFileSize: 16 * 1024 * 1024, maxFrontMatterSize: 64 * 1024, now: Date.UTC(2026, 1, 1) };
const names = readdirSync(content).filter((name) => /\.(?:html?|md|txt)$/i.test(name) && (!values.only || name.includes(values.only))).sort();

const texts = new Map<string, string>();
const total: number[] = [];
const extraction: number[] = [];
const skipped: string[] = [];
for (const name of names) {
  // The pipeline's clock sums each stage's time; page extraction runs as part of "to-html".
  const totals = { read: 0, parse: 0, clean: 0, "to-html": 0, sanitize: 0, extract: 0 };
  const clock = {
    totals,
    time<T>(stage: keyof typeof totals, work: () => T): T {
      const began = performance.now();
      try {
        return work();
      } finally {
        totals[stage] += performance.now() - began;
      }
    },
    add(): void {},
  };
  const start = performance.now();
  const outcome = processFile(name, path.join(content, name), readFileSync(path.join(content, name)), options, clock);
  total.push(performance.now() - start);
  extraction.push(totals["to-html"]);
  if (outcome.kind === "article") texts.set(name, `${outcome.article.title}\n${outcome.article.text}`);
  else skipped.push(`${name}: ${outcome.reason}`);
}
if (values.out) writeFileSync(values.out, JSON.stringify({ articles: [...texts].map(([file, text]) => ({ file, text })) }));

const quantile = (list: number[], q: number): number => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
const row = (label: string, list: number[]): string =>
  `${label.padEnd(22)} median ${quantile(list, 0.5).toFixed(1)} ms  p90 ${quantile(list, 0.9).toFixed(1)} ms  max ${quantile(list, 1).toFixed(0)} ms  total ${(list.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`;
console.log(`${names.length} files, ${texts.size} articles, ${skipped.length} skipped`);
for (const line of skipped) console.log(`  skipped ${line}`);
console.log(row("pipeline per page", total));
console.log(row("extraction per page", extraction));

if (values.eval) {
  const evaldata: unknown = JSON.parse(readFileSync(values.eval, "utf8"));
  if (!isRecord(evaldata)) throw new Error("the evaluation file is not an object");
  const entries = Object.entries(evaldata).sort(([a], [b]) => a.localeCompare(b));
  const fold = (s: string): string => s.replace(/\s+/g, " ").trim();
  const score = (part: Array<[string, unknown]>): string => {
    let tp = 0, fp = 0, fn = 0;
    for (const [file, item] of part) {
      if (!isRecord(item)) continue;
      const text = texts.has(file) ? fold(texts.get(file) ?? "") : null;
      const wanted = stringList(item.with), unwanted = stringList(item.without);
      const hits = text === null ? 0 : wanted.filter((w) => text.includes(fold(w))).length;
      tp += hits;
      fn += wanted.length - hits;
      fp += text === null ? 0 : unwanted.filter((w) => text.includes(fold(w))).length;
    }
    const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1), f = (2 * tp) / (2 * tp + fp + fn || 1);
    return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (${part.length} pages)`;
  };
  console.log(`all       ${score(entries)}`);
  console.log(`dev       ${score(entries.filter((_, i) => i % 2 === 0))}`);
  console.log(`held-out  ${score(entries.filter((_, i) => i % 2 === 1))}`);
}
