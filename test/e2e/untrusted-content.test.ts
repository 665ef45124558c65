import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../helpers/site-links.ts";
import { runCli, tempDir } from "../helpers/run-cli.ts";

describe("content is data, never code", () => {
  const tmp = tempDir();
  const content = path.join(tmp.dir, "content");
  const output = path.join(tmp.dir, "site");
  const marker = path.join(tmp.dir, "pwned.txt");
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    mkdirSync(content, { recursive: true });
    const payload = `require("fs").writeFileSync(${JSON.stringify(marker)}, "ran"); globalThis.PWNED = true; module.exports = { title: "ran" };`;
    for (const [name, fence] of [["js.md", "---js"], ["javascript.md", "---javascript"], ["js-upper.md", "---JS"], ["javascript-mixed.md", "---JavaScript"]] as const) {
      writeFileSync(path.join(content, name), `${fence}\n{ title: (function(){ ${payload} return "x"; })() }\n---\nBody\n`);
    }
    writeFileSync(
      path.join(content, "templating.md"),
      "---\ntitle: \"Template syntax {{ 7 * 6 }} in a title\"\n---\nThe sum {{ 7 * 6 }} and the tag {% raw %} stay as written.\n\n<script>alert(1)</script>\n\nEnd.\n",
    );
    result = await runCli(["build", "--content", content, "--output", output]);
  });
  afterAll(() => tmp.remove());

  it("reports and skips every executable front-matter file without running it", () => {
    expect(result.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
    for (const name of ["js.md", "javascript.md", "js-upper.md", "javascript-mixed.md"]) {
      expect(result.stdout).toMatch(new RegExp(`${name.replace(".", "\\.")}:1:1  error  .*front-matter-executable`));
    }
    expect(result.stdout).toMatch(/5 files read: 1 rendered, 0 merged, 4 skipped/);
  });

  it("shows template syntax verbatim and no script", () => {
    const page = listFiles(output).find((f) => f.startsWith("articles/")) ?? "";
    const html = readFileSync(path.join(output, page), "utf8");
    expect(html).toContain("{{ 7 * 6 }}");
    expect(html).toContain("{% raw %}");
    expect(html).not.toContain("42");
    // Structured data is the only script element, and it is JSON, not code.
    expect(html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, "")).not.toMatch(/<script/i);
    expect(html).toContain("<title>Template syntax {{ 7 * 6 }} in a title");
  });
});
