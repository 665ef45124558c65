import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dangers } from "../helpers/harmless.ts";
import { runCli, tempDir } from "../helpers/run-cli.ts";
import { listFiles } from "../helpers/site-links.ts";
import { XSS_CORPUS, writeXssContent, xssPayloads } from "../helpers/xss-content.ts";

const present = xssPayloads().length > 0;
if (!present) console.warn(`skipping the XSS carriers build: ${XSS_CORPUS} is not there`);

describe.skipIf(!present)("every XSS payload in every carrier builds to harmless pages", () => {
  const tmp = tempDir();
  const output = path.join(tmp.dir, "site");
  let files = 0;
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    files = writeXssContent(path.join(tmp.dir, "content"), ["title", "author", "publisher", "summary", "url", "image", "tags"]);
    result = await runCli(["build", "--content", path.join(tmp.dir, "content"), "--output", output]);
  });
  afterAll(() => tmp.remove());

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
