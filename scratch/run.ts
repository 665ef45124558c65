import { readFileSync, readdirSync } from "node:fs";
import { processFile, DEFAULT_LIMITS } from "../src/pipeline.ts";
for (const name of readdirSync("content").sort()) {
  const out = processFile(name, `content/${name}`, readFileSync(`content/${name}`), { contentDir: "content", now: Date.now(), ...DEFAULT_LIMITS });
  if (out.kind === "skipped") { console.log(name, "SKIPPED", out.reason); continue; }
  const { html, text, ...rest } = out.article;
  console.log("=====", name, JSON.stringify({ ...rest, contentHash: undefined }, null, 1));
  console.log(html.slice(0, 1500));
  for (const d of out.diagnostics) console.log(`  ${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.ruleId}`);
}
