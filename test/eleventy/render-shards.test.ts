/**
 * Article pages rendered in runs (chunks) and in worker threads must be the very pages a single Eleventy run writes,
 * search index included.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { listFiles } from "../helpers/site-links.ts";
import { runCli, tempDir } from "../helpers/run-cli.ts";

const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 1, 1) / 1000) };

describe("rendering article pages in runs and in worker threads", () => {
  const tmp = tempDir("roundup-shards-");
  const site = (name: string): string => path.join(tmp.dir, name);
  const variants = {
    single: ["--render-workers", "0", "--render-chunk", "100000"],
    "in runs of 40": ["--render-workers", "0", "--render-chunk", "40"],
    "in two workers, runs of 40": ["--render-workers", "2", "--render-chunk", "40"],
  };
  beforeAll(async () => {
    const content = generateCorpus(path.join(tmp.dir, "corpus"), 120, 11).contentDir;
    for (const [name, flags] of Object.entries(variants)) {
      const result = await runCli(["build", "--content", content, "--output", site(name), "--cache-dir", path.join(tmp.dir, "cache"), ...flags], { env: ENV });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
    }
  });
  afterAll(() => tmp.remove());

  it.each(["in runs of 40", "in two workers, runs of 40"])("writes the same files with the same bytes %s", (name) => {
    const files = listFiles(site("single"));
    expect(files.filter((file) => file.startsWith("articles/")).length).toBeGreaterThan(100);
    expect(listFiles(site(name))).toEqual(files);
    for (const file of files) expect(readFileSync(path.join(site(name), file), "utf8"), file).toBe(readFileSync(path.join(site("single"), file), "utf8"));
  });

  it("leaves no worker folder behind", () => {
    expect(listFiles(tmp.dir).filter((file) => /\.articles-\d/.test(file))).toEqual([]);
  });
});
