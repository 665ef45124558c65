/** The preview's fast path: an added or changed article's own page is written at once, from that file alone. */
import { existsSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PreviewFastPath } from "../../src/preview/preview-fast-path.ts";
import { isArticlePath } from "../../src/preview/preview-paths.ts";
import { renderPreviewPage } from "../../src/preview/preview-page.ts";
import { siteSettingsFor } from "../../src/data-files/site-settings.ts";
import { ROOT, copyContent, runCli, tempDir } from "../helpers/run-cli.ts";

const NOW = Date.UTC(2026, 1, 1);
const ENV = { SOURCE_DATE_EPOCH: String(NOW / 1000) };
const SAMPLE = "001_e57608da54a4e3e6.txt";

describe("which paths the fast path previews", () => {
  it("takes the files the build reads as articles, and nothing else", () => {
    for (const file of ["a.md", "2026/01/a.markdown", "b.html", "c.HTM", "d.txt"]) expect(isArticlePath(file)).toBe(true);
    for (const file of ["_roundup.yml", "_stories.json", "_draft.md", "photo.jpg", ".hidden.md", "notes/.a.md", ".git/x.md", "a.md~", "node_modules/x/readme.md"]) {
      expect(isArticlePath(file)).toBe(false);
    }
  });
});

describe("one file's page, rendered alone", () => {
  const tmp = tempDir("roundup-preview-");
  let content = "";
  let built: { articles: Array<{ id: string; file: string; title: string }> };
  beforeAll(async () => {
    content = copyContent(path.join(ROOT, "content"), tmp.dir);
    const result = await runCli(["build", "--content", content, "--output", path.join(tmp.dir, "site"), "--no-cache"], { env: ENV });
    expect(result.code).toBe(0);
    built = JSON.parse(readFileSync(path.join(tmp.dir, "site/data/articles.json"), "utf8"));
  });
  afterAll(() => tmp.remove());

  it("writes nothing for a file that is not an article", async () => {
    const output = path.join(tmp.dir, "not-article");
    writeFileSync(path.join(content, "script.md"), "---js\n{ title: 'x' }\n---\nBody\n");
    expect(await renderPreviewPage({ contentDir: content, file: "script.md", outputDir: output, site: siteSettingsFor(content, {}), now: NOW })).toBeNull();
    expect(existsSync(path.join(output, "articles"))).toBe(false);
  });

  /**
   * Start a fast path on the content folder, make `change` (once it watches, or at once while its worker still
   * loads when `early`), and wait for the page it writes.
   */
  async function preview(output: string, change: () => void, early = false): Promise<{ id: string; written: string[]; lines: string[]; fastPath: PreviewFastPath }> {
    const lines: string[] = [];
    const written: string[] = [];
    let arrived: (id: string) => void = () => undefined;
    const first = new Promise<string>((resolve) => (arrived = resolve));
    const server = new MessageChannel();
    const reloads: unknown[] = [];
    server.port1.on("message", (message) => reloads.push(message));
    const fastPath = new PreviewFastPath({
      contentDir: content,
      outputDir: output,
      flags: {},
      pathPrefix: "/",
      serverPort: () => server.port2,
      written: (id) => {
        written.push(id);
        arrived(id);
      },
      log: (line) => lines.push(line),
    });
    if (early) change();
    // Note: the worker starts watching once it has loaded; a rebuild's wait for it says when it is idle.
    await fastPath.settled(60_000, 0);
    if (!early) change();
    const id = await Promise.race([first, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("the fast path wrote no page within 30 s")), 30_000).unref())]);
    await fastPath.settled(60_000, 0);
    server.port1.close();
    expect(reloads).toContainEqual({ type: "reload" });
    return { id, written, lines, fastPath };
  }

  it("renders a changed file's page where the full build writes it, with its title and text", async () => {
    const output = path.join(tmp.dir, "changed");
    const file = path.join(content, SAMPLE);
    const { id, fastPath } = await preview(output, () => writeFileSync(file, readFileSync(file)));
    try {
      expect(id).toBe(built.articles.find((article) => article.file === SAMPLE)?.id);
      const page = readFileSync(path.join(output, "articles", id, "index.html"), "utf8");
      expect(page).toContain("<h1>South Korea’s Lee Jae Myung in Beijing");
      expect(page).toContain("Xiaomi");
      // What needs the other files (the story, the other outlets) waits for the full rebuild.
      expect(page).not.toContain("story-box");
    } finally {
      await fastPath.close();
    }
  });

  it("renders an added file in a worker thread, skips other files, and forgets pages the full build did not make", async () => {
    const output = path.join(tmp.dir, "added");
    const { id, written, lines, fastPath } = await preview(output, () => {
      writeFileSync(path.join(content, "ignored.jpg"), "not an article");
      writeFileSync(path.join(content, "ferry.md"), "---\ntitle: Ferry crews walk out over winter rosters\ndate: 2026-01-06\npublisher: Harbour Courier\n---\nFerry crews began a two-day strike on Tuesday.\n");
    });
    try {
      expect(id).toMatch(/^ferry-crews-walk-out-over-winter-rosters-[0-9a-f]{6}$/);
      expect(readFileSync(path.join(output, "articles", id, "index.html"), "utf8")).toContain("Ferry crews began a two-day strike");
      expect(written).toEqual([id]);
      expect(lines).toEqual([]);
      fastPath.forget(["some-other-id"]);
      await fastPath.settled(60_000, 0);
      expect(existsSync(path.join(output, "articles", id))).toBe(false);
    } finally {
      await fastPath.close();
    }
  });

  it("renders a file written while its worker was still loading, and not the files written before it started", async () => {
    const output = path.join(tmp.dir, "early");
    const before = path.join(content, "before.md");
    writeFileSync(before, "---\ntitle: Harbour dredging resumes after storm\ndate: 2026-01-05\npublisher: Harbour Courier\n---\nDredging resumed on Monday.\n");
    // Note: a file time from before the fast path started (the full build has read that file already).
    utimesSync(before, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const { id, written, lines, fastPath } = await preview(
      output,
      () => writeFileSync(path.join(content, "early.md"), "---\ntitle: Tram drivers vote on new timetable\ndate: 2026-01-07\npublisher: Harbour Courier\n---\nTram drivers voted on Wednesday.\n"),
      true,
    );
    try {
      expect(id).toMatch(/^tram-drivers-vote-on-new-timetable-[0-9a-f]{6}$/);
      expect(readFileSync(path.join(output, "articles", id, "index.html"), "utf8")).toContain("Tram drivers voted on Wednesday");
      expect(written).toEqual([id]);
      expect(lines).toEqual([]);
    } finally {
      await fastPath.close();
    }
  });
});
