/**
 * Every disagreement a built site shows, and a random sample of them to read against their sentences (a fixed seed,
 * so that anyone draws the same sample): `npx tsx bench/sample-disagreements.ts OUTPUT_DIR [SAMPLE] [SEED]` prints
 * markdown with a blank verdict per sampled disagreement, to read (the sentences are the outlets' text: the verdicts
 * kept in `bench/disagreements-judged.md` give the values only).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { isRecord } from "../src/records.ts";
import { Random } from "./prng.ts";

const [output, sampleText = "50", seedText = "19"] = process.argv.slice(2);
if (!output) throw new Error("usage: tsx bench/sample-disagreements.ts OUTPUT_DIR [SAMPLE] [SEED]");
const data: unknown = JSON.parse(readFileSync(path.join(output, "data/stories.json"), "utf8"));
const stories = isRecord(data) && Array.isArray(data.stories) ? data.stories.filter(isRecord) : [];
const shown = stories.flatMap((story) => (Array.isArray(story.disagreements) ? story.disagreements.filter(isRecord).map((d) => ({ story: String(story.id), about: d.about, claims: d.claims })) : []));

// A partial Fisher–Yates shuffle: the first `size` of a seeded permutation, in the order shown.
const random = new Random(Number(seedText));
const order = shown.map((_, i) => i);
const size = Math.min(Number(sampleText), shown.length);
for (let i = 0; i < size; i += 1) {
  const j = random.int(i, order.length - 1);
  [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
}
const sample = order.slice(0, size).sort((a, b) => a - b);

const lines = [`${shown.length} disagreements shown; ${size} sampled (seed ${seedText}).`, ""];
for (const index of sample) {
  const item = shown[index];
  if (!item) continue;
  lines.push(`## ${index + 1}. ${String(item.about)} (story \`${item.story}\`)`, "");
  for (const claim of Array.isArray(item.claims) ? item.claims.filter(isRecord) : []) {
    const publishers = Array.isArray(claim.publishers) ? claim.publishers.join(", ") : "";
    lines.push(`- **${publishers}**: ${String(claim.value)} — “${String(claim.text)}”`);
  }
  lines.push("", "Verdict: ", "");
}
console.log(lines.join("\n"));
