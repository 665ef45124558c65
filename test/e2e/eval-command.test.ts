import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, SHARED, runCli, tempDir } from "../helpers/run-cli.ts";

const SCRIPT = path.join(SHARED, "tools/score-stories.mjs");
const present = existsSync(SCRIPT);
if (!present) console.warn(`skipping the eval agreement test: ${SCRIPT} is not there`);

describe.skipIf(!present)("npm run eval", () => {
  const tmp = tempDir("roundup-eval-");
  afterAll(() => tmp.remove());
  it("prints the same figures as score-stories.mjs on the same build's stories.json", async () => {
    const dataset = path.join(tmp.dir, "dataset");
    mkdirSync(dataset);
    cpSync(path.join(ROOT, "content"), path.join(dataset, "content"), { recursive: true, filter: (src) => !path.basename(src).startsWith("_") });
    // Gold labels that split the five samples, so that precision and recall are not both 1.
    const files = readdirSync(path.join(dataset, "content")).filter((f) => f.endsWith(".txt")).sort();
    writeFileSync(path.join(dataset, "labels.json"), JSON.stringify(Object.fromEntries(files.map((f, i) => [f, i < 3 ? "a" : "b"]))));
    const output = path.join(tmp.dir, "out");
    const result = await runCli(["eval", dataset, "--output", output]);
    expect(result.code, result.stderr).toBe(0);
    const script = execFileSync(process.execPath, [SCRIPT, path.join(dataset, "labels.json"), path.join(output, "data/stories.json")], { encoding: "utf8" });
    const figures = (text: string): string[] => text.split("\n").filter((line) => /^(files|pairwise|bcubed)\s/.test(line));
    expect(figures(script)).toHaveLength(3);
    expect(figures(result.stdout)).toEqual(figures(script));
    expect(script).toMatch(/bcubed\s+P 0\.\d{3}\s+R 1\.000/);
  });
});
