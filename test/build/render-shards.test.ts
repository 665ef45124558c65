/** Article pages rendered in worker threads must be the very pages a single Eleventy run writes. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { listFiles } from "../helpers/site-links.ts";
import { runCli, tempDir } from "../helpers/run-cli.ts";

const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 1, 1) / 1000) };

describe("rendering article pages in worker threads", () => {
  const tmp = tempDir("roundup-shards-");
  const single = path.join(tmp.dir, "single");
  const sharded = path.join(tmp.dir, "sharded");
  beforeAll(async () => {
    const content = generateCorpus(path.join(tmp.dir, "corpus"), 120, 11).contentDir;
    const cache = ["--cache-dir", path.join(tmp.dir, "cache")];
    const one = await runCli(["build", "--content", content, "--output", single, "--render-workers", "0", ...cache], { env: ENV });
    expect(one.code).toBe(0);
    const two = await runCli(["build", "--content", content, "--output", sharded, "--render-workers", "2", ...cache], { env: ENV });
    expect(two.stderr).toBe("");
    expect(two.code).toBe(0);
  });
  afterAll(() => tmp.remove());

  it("writes the same files with the same bytes", () => {
    const files = listFiles(single);
    expect(files.filter((file) => file.startsWith("articles/")).length).toBeGreaterThan(100);
    expect(listFiles(sharded)).toEqual(files);
    for (const file of files) expect(readFileSync(path.join(sharded, file), "utf8"), file).toBe(readFileSync(path.join(single, file), "utf8"));
  });

  it("leaves no shard folder behind", () => {
    expect(listFiles(tmp.dir).filter((file) => /\.articles-\d/.test(file))).toEqual([]);
  });
});
