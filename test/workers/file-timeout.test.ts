/** One file that never finishes must not hang the build: it is stopped, reported and skipped. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listFiles } from "../helpers/site-links.ts";
import { ROOT, copyContent, runCli, tempDir } from "../helpers/run-cli.ts";

describe("a file that runs past the time limit", () => {
  const tmp = tempDir("roundup-timeout-");
  afterAll(() => tmp.remove());

  it("is reported as processing-timeout while the rest of the site is built", async () => {
    const content = copyContent(path.join(ROOT, "content"), tmp.dir);
    writeFileSync(path.join(content, "stuck.md"), "---\ntitle: A file that never finishes\n---\nIts body.\n");
    const output = path.join(tmp.dir, "site");
    // Test hook of src/orchestrate/process-content-file.ts: processing loops forever on a file of this name.
    const result = await runCli(["build", "--content", content, "--output", output, "--file-timeout", "4000", "--no-cache"], { env: { ROUNDUP_TEST_HANG_FILE: "stuck.md" } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/stuck\.md\s+error\s+Processing the file took longer than 4000 ms.*processing-timeout/);
    expect(result.stdout).toMatch(/files read: 5 rendered, 0 merged, 1 skipped/);
    expect(listFiles(output).filter((file) => file.startsWith("articles/"))).toHaveLength(5);
  });
});
