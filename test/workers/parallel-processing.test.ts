/** Worker threads must change nothing but the speed: the same outcomes, in the same order, as one thread. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { processFiles } from "../../src/orchestrate/process-files.ts";
import { listContentFiles } from "../../src/ingest/list-content-files.ts";
import { DEFAULT_LIMITS, type PipelineOptions } from "../../src/pipeline.ts";
import { ROOT, tempDir } from "../helpers/run-cli.ts";

const NOW = Date.UTC(2026, 1, 1);
const optionsFor = (contentDir: string): PipelineOptions => ({ contentDir, now: NOW, ...DEFAULT_LIMITS });

describe("processing files in worker threads", () => {
  const tmp = tempDir("roundup-workers-");
  let corpus = "";
  beforeAll(() => {
    corpus = generateCorpus(path.join(tmp.dir, "corpus"), 300, 7).contentDir;
  });
  afterAll(() => tmp.remove());

  it("gives the sample content the same outcomes as one thread", async () => {
    const dir = path.join(ROOT, "content");
    const files = listContentFiles(dir);
    const single = await processFiles(files, optionsFor(dir), { workers: 0 });
    const pooled = await processFiles(files, optionsFor(dir), { workers: 2 });
    expect(pooled).toEqual(single);
    expect(single.filter((outcome) => outcome.kind === "article")).toHaveLength(files.length);
  });

  it("gives a generated corpus of 300 files the same outcomes, in file order", async () => {
    const files = listContentFiles(corpus);
    expect(files).toHaveLength(300);
    const single = await processFiles(files, optionsFor(corpus), { workers: 0 });
    const pooled = await processFiles(files, optionsFor(corpus), { workers: 2 });
    expect(pooled).toEqual(single);
    const articles = pooled.flatMap((outcome) => (outcome.kind === "article" ? [outcome.article.file] : []));
    expect(articles).toEqual(files.map((file) => file.relativePath));
  }, 600_000);

  it("reports a file that cannot be read, and goes on", async () => {
    const dir = path.join(tmp.dir, "unreadable");
    const files = [...listContentFiles(path.join(ROOT, "content")).slice(0, 1), { relativePath: "gone.md", absolutePath: path.join(dir, "gone.md") }];
    const outcomes = await processFiles(files, optionsFor(dir), { workers: 1 });
    expect(outcomes[0]?.kind).toBe("article");
    expect(outcomes[1]).toMatchObject({ kind: "skipped", reason: "could not be read", diagnostics: [{ ruleId: "read-failed", file: "gone.md" }] });
  });

  it.each([
    ["in a worker thread", 1],
    ["in this thread", 0],
  ])("stops a file that runs past the time limit %s, reports it, and processes the rest", async (_where, workers) => {
    const source = listContentFiles(path.join(ROOT, "content"));
    writeFileSync(path.join(tmp.dir, "stuck.md"), "---\ntitle: Stuck\n---\nA body.\n");
    const files = [...source.slice(0, 2), { relativePath: "stuck.md", absolutePath: path.join(tmp.dir, "stuck.md") }, ...source.slice(2)];
    // Test hook of src/orchestrate/process-content-file.ts: processing loops forever on this file name.
    process.env.ROUNDUP_TEST_HANG_FILE = "stuck.md";
    try {
      const outcomes = await processFiles(files, optionsFor(tmp.dir), { workers, fileTimeout: 4000 });
      expect(outcomes[2]).toMatchObject({ kind: "skipped", diagnostics: [{ ruleId: "processing-timeout", file: "stuck.md", severity: "error" }] });
      expect(outcomes.filter((outcome) => outcome.kind === "article")).toHaveLength(source.length);
    } finally {
      delete process.env.ROUNDUP_TEST_HANG_FILE;
    }
  });
});
