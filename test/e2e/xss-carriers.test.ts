import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dangers } from "../helpers/harmless.ts";
import { runCli, tempDir } from "../helpers/run-cli.ts";
import { listFiles } from "../helpers/site-links.ts";
import { FRONT_MATTER_CARRIERS, MIN_XSS_PAYLOADS, XSS_CORPUS, writeXssContent, xssCorpusPresent, xssPayloads } from "../helpers/xss-content.ts";

if (!xssCorpusPresent) console.warn(`skipping the XSS carriers build: ${XSS_CORPUS} is not there`);

describe.skipIf(!xssCorpusPresent)("every XSS payload in every carrier builds to harmless pages", () => {
  const tmp = tempDir();
  const content = path.join(tmp.dir, "content");
  const output = path.join(tmp.dir, "site");
  let payloads = 0;
  let files = 0;
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    // A corpus that is there but unreadable throws here, failing every test below.
    payloads = xssPayloads().length;
    writeXssContent(content, FRONT_MATTER_CARRIERS);
    files = listFiles(content).length;
    result = await runCli(["build", "--content", content, "--output", output]);
  });
  afterAll(() => tmp.remove());

  it("has the corpus's payloads, each in every carrier", () => {
    expect(payloads).toBeGreaterThan(MIN_XSS_PAYLOADS);
    expect(files).toBe(payloads * (2 + FRONT_MATTER_CARRIERS.length));
  });

  it("builds every file", () => {
    expect(result.code, result.stderr).toBe(0);
    // The corpus repeats a few payloads, so some front-matter carriers are byte-identical and merge.
    const counts = /(\d+) files read: (\d+) rendered, (\d+) merged, 0 skipped/.exec(result.stdout);
    expect(counts, result.stdout.slice(-400)).not.toBeNull();
    expect(Number(counts?.[1])).toBe(files);
    expect(Number(counts?.[2]) + Number(counts?.[3])).toBe(files);
  });

  it("writes no page with a script, handler or script URL from content", () => {
    const pages = listFiles(output).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(files);
    const found = pages.flatMap((page) => dangers(readFileSync(path.join(output, page), "utf8"), { document: true, allowPageChrome: true }).map((d) => `${page}: ${d}`));
    expect(found).toEqual([]);
  });
});
