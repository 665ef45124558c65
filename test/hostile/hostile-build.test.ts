/**
 * A folder of hostile and broken files builds: nothing crashes or hangs, nothing is written outside the output,
 * nothing is evaluated, every file is accounted for, and ids and links stay safe.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dangers } from "../helpers/harmless.ts";
import { ROOT, runCli, tempDir } from "../helpers/run-cli.ts";
import { listFiles } from "../helpers/site-links.ts";
import { type HostileFile, escapeTargets, writeHostileCorpus } from "./hostile-corpus.ts";

describe("hostile content", () => {
  const tmp = tempDir("roundup-hostile-");
  // Note: content, output and working folder sit five levels down, so that a relative escape of up to five `../`
  // from any of them, or from a page folder in the output, still lands inside the folder this test lists.
  const deep = "a/b/c/d/e";
  const content = path.join(tmp.dir, deep, "content");
  const output = path.join(tmp.dir, deep, "out", "site");
  const cwd = path.join(tmp.dir, deep, "work");
  const cache = path.join(tmp.dir, "cache");
  const marker = path.join(tmp.dir, "pwned");
  // A name no other run uses, carried by every attempt to write outside the output.
  const escapeName = `escaped-${path.basename(tmp.dir)}`;
  const targets = escapeTargets(escapeName);
  let files: HostileFile[] = [];
  let before: string[] = [];
  let result: Awaited<ReturnType<typeof runCli>>;
  const NOW = Date.UTC(2026, 10, 1) / 1000;

  beforeAll(async () => {
    files = writeHostileCorpus(content, marker, escapeName);
    mkdirSync(cwd);
    before = listFiles(tmp.dir);
    result = await runCli(["build", "--content", content, "--output", output, "--cache-dir", cache], { cwd, env: { SOURCE_DATE_EPOCH: String(NOW) } });
  }, 600_000);
  afterAll(() => tmp.remove());

  it(`builds without crashing`, () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("lists every place a relative escape would land", () => {
    for (const from of [output, path.join(output, "articles", "x"), content, cwd]) {
      for (const target of targets.relative) expect(path.relative(tmp.dir, path.resolve(from, target))).not.toMatch(/^\.\.(?:\/|$)/);
    }
  });

  it("writes nothing outside the output folder and runs no payload", () => {
    // The build's writes outside the output are by design: the story id ledger it keeps in the content folder, and
    // the cache in the folder it was given.
    const after = listFiles(tmp.dir).filter((file) => !file.startsWith(`${deep}/out/site/`) && file !== `${deep}/content/_stories.json` && !file.startsWith("cache/"));
    expect(after).toEqual(before);
    expect(readdirSync(path.join(tmp.dir, deep, "out"))).toEqual(["site"]);
    expect(existsSync(marker)).toBe(false);
  });

  it("writes nothing where an absolute path asks, nor anywhere an escape could land outside this test's folder", () => {
    const absolute = [...new Set(targets.absolute.flatMap((target) => [target, path.join(tmpdir(), path.basename(target))]))];
    expect(absolute.filter((target) => existsSync(target))).toEqual([]);
    const places = [...new Set(["/", "/dev", "/dev/shm", "/tmp", tmpdir(), path.dirname(tmp.dir), ROOT, path.dirname(ROOT)])].filter((place) => existsSync(place));
    expect(places.flatMap((place) => readdirSync(place).filter((name) => name.includes(escapeName)).map((name) => path.join(place, name)))).toEqual([]);
  });

  it("accounts for every file, each skip with its reason", () => {
    const counts = /(\d+) files read: (\d+) rendered, (\d+) merged, (\d+) skipped/.exec(result.stdout);
    expect(counts).not.toBeNull();
    const [read = 0, rendered = 0, merged = 0, skipped = 0] = [1, 2, 3, 4].map((i) => Number(counts?.[i]));
    expect(read).toBe(files.length);
    expect(rendered + merged + skipped).toBe(read);
    for (const file of files) {
      if (file.fate === "rendered") continue;
      const line = result.stdout.split("\n").find((l) => l.includes(`${file.name}  ${file.fate}  `));
      expect(line, `${file.name} should be ${file.fate} with a reason`).toMatch(new RegExp(`${file.fate}  \\S`));
    }
    expect(rendered).toBe(files.filter((f) => f.fate === "rendered").length);
  });

  it("gives every article and story a unique, non-empty, URL-safe id of at most 80 characters", () => {
    const { articles } = JSON.parse(readFileSync(path.join(output, "data/articles.json"), "utf8"));
    const { stories } = JSON.parse(readFileSync(path.join(output, "data/stories.json"), "utf8"));
    const ids: string[] = [...articles.map((a: { id: string }) => a.id), ...stories.map((s: { id: string }) => s.id)];
    for (const id of ids) expect(id).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/);
    expect(new Set(articles.map((a: { id: string }) => a.id)).size).toBe(articles.length);
    expect(new Set(stories.map((s: { id: string }) => s.id)).size).toBe(stories.length);
  });

  it("links only to http(s), mailto or relative addresses", () => {
    const bad: string[] = [];
    for (const page of listFiles(output).filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(path.join(output, page), "utf8");
      for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const url = (match[1] ?? "").replace(/&amp;/g, "&").trim();
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^(?:https?|mailto):/i.test(url)) bad.push(`${page}: ${url.slice(0, 60)}`);
      }
      bad.push(...dangers(html, { document: true, allowPageChrome: true }).map((d) => `${page}: ${d}`));
    }
    expect(bad).toEqual([]);
  });

  it("evaluates no template syntax in any field", () => {
    const { articles } = JSON.parse(readFileSync(path.join(output, "data/articles.json"), "utf8"));
    const article = articles.find((a: { file: string }) => a.file === "template-in-every-field.md");
    const html = readFileSync(path.join(output, "articles", article.id, "index.html"), "utf8");
    expect(html.match(/\{\{ 7 \* 6 \}\}/g)?.length ?? 0).toBeGreaterThanOrEqual(4);
    expect(html).toContain("{% raw %}");
    expect(html).not.toMatch(/\b42\b/);
    expect(html).not.toContain("[object");
  });

  it("clamps a date in the future, with a warning", () => {
    expect(result.stdout).toMatch(/future-date\.md:\d+:\d+ {2}warning {2}.*2999-01-01.*date-in-future/);
    const { articles } = JSON.parse(readFileSync(path.join(output, "data/articles.json"), "utf8"));
    expect(articles.find((a: { file: string }) => a.file === "future-date.md").date).toBe("2026-11-01");
    expect(result.stdout).toMatch(/year-zero\.md:\d+:\d+ {2}warning .*date-invalid/);
    expect(result.stdout).toMatch(/invalid-date\.md:\d+:\d+ {2}warning .*date-invalid/);
  });

  it("decodes UTF-16 and Windows-1252 files", () => {
    const { articles } = JSON.parse(readFileSync(path.join(output, "data/articles.json"), "utf8"));
    const text = (file: string): string => articles.find((a: { file: string }) => a.file === file)?.text ?? "";
    expect(text("utf16-le-bom.txt")).toContain("café and naïve");
    expect(text("utf16-be-bom.txt")).toContain("café too");
    expect(text("utf16-le-no-bom.txt")).toContain("plain ASCII text");
    expect(text("windows-1252.txt")).toContain("café and “quoted” things, naïvely");
  });
});

describe("limits are configurable", () => {
  const tmp = tempDir("roundup-limits-");
  afterAll(() => tmp.remove());
  it("skips a file over --max-file-size and one over --max-front-matter-size, saying which limit", async () => {
    const content = path.join(tmp.dir, "content");
    writeHostileCorpus(path.join(tmp.dir, "unused"), path.join(tmp.dir, "m"));
    const { mkdirSync } = await import("node:fs");
    mkdirSync(content);
    writeFileSync(path.join(content, "big.md"), `---\ntitle: Big\n---\n${"x".repeat(5000)}\n`);
    writeFileSync(path.join(content, "big-front-matter.md"), `---\ntitle: Big front matter\nnote: "${"y".repeat(3000)}"\n---\nBody\n`);
    writeFileSync(path.join(content, "small.md"), "---\ntitle: Small\n---\nBody\n");
    const result = await runCli(["build", "--content", content, "--output", path.join(tmp.dir, "site"), "--max-file-size", "4000", "--max-front-matter-size", "2000"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/big\.md {2}error {2}The file is \d+ bytes, over the limit of 4000 bytes.*file-too-large/);
    expect(result.stdout).toMatch(/big-front-matter\.md:1:1 {2}error {2}Front matter is \d+ characters, over the limit of 2000.*front-matter-too-large/);
    expect(result.stdout).toMatch(/3 files read: 1 rendered, 0 merged, 2 skipped/);
  });
});
