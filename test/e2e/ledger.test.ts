import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../helpers/site-links.ts";
import { runCli, tempDir } from "../helpers/run-cli.ts";

// A content folder of everything an editor's folder ends up holding: copies, near-copies, other file types,
// empty and broken files, data files and an image.
const BODY = [
  "The city council voted on Tuesday to turn the disused tram depot on Harbour Road into a covered market with forty stalls, a bakery school and a rooftop garden, ending a decade of arguments over the site.",
  "Councillors approved the plan by eleven votes to four after a four-hour meeting. Traders who lost their pitches when the old fish market closed will be offered stalls first, at half the usual rent for two years.",
  "Work on the roof and the drains begins in March and the market is due to open in the spring of next year, the council said. The depot's iron columns and tiled facade are listed and will be kept.",
];
const article = (body: string[], extra = ""): string =>
  `---\ntitle: Old tram depot to become covered market\ndate: 2026-02-03\npublisher: Harbour Courier\n${extra}---\n${body.join("\n\n")}\n`;

describe("every file of the content folder is accounted for", () => {
  const tmp = tempDir();
  const content = path.join(tmp.dir, "content");
  const reportFile = path.join(tmp.dir, "out/report.json");
  let build: Awaited<ReturnType<typeof runCli>>;
  let check: Awaited<ReturnType<typeof runCli>>;
  let report: { counts: Record<string, number>; ledger: Array<{ file: string; status: string; reason: string | null; into: string | null }>; diagnostics: Array<{ file: string; line: number | null; ruleId: string }> };

  beforeAll(async () => {
    mkdirSync(path.join(content, "nested"), { recursive: true });
    mkdirSync(path.join(content, "img"), { recursive: true });
    const original = article(BODY, "image: img/depot.png\n");
    writeFileSync(path.join(content, "depot.md"), original);
    writeFileSync(path.join(content, "depot-copy.md"), original);
    // The same report saved again after the outlet added a paragraph: a near-exact copy.
    writeFileSync(path.join(content, "nested/depot-updated.md"), article([...BODY, "This article was updated to add the date on which work begins."]));
    writeFileSync(path.join(content, "img/depot.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    writeFileSync(path.join(content, "img/unused.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    writeFileSync(path.join(content, "img/ferry.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0b]));
    writeFileSync(path.join(content, "other.md"), "---\ntitle: Ferry timetable changes for the winter\ndate: 2026-02-01\nimage: img/ferry.png\n---\nFerries to the islands will run every ninety minutes from next week.\n");
    writeFileSync(path.join(content, "notes.docx"), "PK\u0003\u0004 not an article");
    writeFileSync(path.join(content, ".DS_Store"), "\u0000\u0000\u0001Bud1");
    writeFileSync(path.join(content, "empty.md"), "");
    writeFileSync(path.join(content, "broken.md"), "---\ntitle: [unclosed\ndate: 2026-02-02\n---\nBody.\n");
    writeFileSync(path.join(content, "_roundup.yml"), "site:\n  title: Harbour News\n");
    build = await runCli(["build", "--content", content, "--output", path.join(tmp.dir, "site"), "--report", reportFile]);
    report = JSON.parse(readFileSync(reportFile, "utf8"));
    check = await runCli(["check", "--content", content]);
  });
  afterAll(() => tmp.remove());

  it("lists each file once, and the counts add up to the number of files", () => {
    const files = listFiles(content).filter((f) => f !== "_stories.json");
    expect(build.code).toBe(0);
    expect(report.ledger.map((e) => e.file).filter((f) => f !== "_stories.json").sort()).toEqual(files);
    const { counts } = report;
    expect(counts.files).toBe(report.ledger.length);
    expect((counts.rendered ?? 0) + (counts.merged ?? 0) + (counts.skipped ?? 0) + (counts.data ?? 0) + (counts.asset ?? 0)).toBe(counts.files);
    expect(build.stdout).toContain(`${counts.files} files read: ${counts.rendered} rendered, ${counts.merged} merged, ${counts.skipped} skipped`);
  });

  it("gives every skipped file its reason", () => {
    const skipped = report.ledger.filter((e) => e.status === "skipped");
    expect(skipped.map((e) => e.file).sort()).toEqual([".DS_Store", "broken.md", "empty.md", "img/depot.png", "img/unused.jpg", "notes.docx"]);
    for (const entry of skipped) expect(entry.reason ?? "").not.toBe("");
    expect(report.diagnostics.find((d) => d.file === "broken.md")).toMatchObject({ line: expect.any(Number), ruleId: "front-matter-invalid" });
  });

  it("merges exact and near-exact copies into the newest, fullest version, naming it", () => {
    const byFile = new Map(report.ledger.map((e) => [e.file, e]));
    expect(byFile.get("nested/depot-updated.md")?.status).toBe("rendered");
    // Files are read in path order: `depot-copy.md` comes first, so `depot.md` is its byte-for-byte copy.
    expect(byFile.get("depot-copy.md")).toMatchObject({ status: "merged", into: "nested/depot-updated.md" });
    expect(byFile.get("depot-copy.md")?.reason).toMatch(/^a near-exact copy of nested\/depot-updated\.md \(\d+% of the text in common\)$/);
    expect(byFile.get("depot.md")).toMatchObject({ status: "merged", into: "nested/depot-updated.md" });
    expect(byFile.get("depot.md")?.reason).toBe("an exact copy of depot-copy.md");
    expect(build.stdout).toMatch(/depot-copy\.md {2}merged {2}a near-exact copy of nested\/depot-updated\.md/);
  });

  it("counts data files and images in use", () => {
    const byFile = new Map(report.ledger.map((e) => [e.file, e]));
    expect(byFile.get("_roundup.yml")?.status).toBe("data");
    expect(byFile.get("img/ferry.png")?.status).toBe("asset");
    expect(byFile.get("img/depot.png")?.status).toBe("skipped"); // its articles were merged into one without an image
  });

  it("`roundup check` prints the same messages without writing, and fails on errors", () => {
    const lines = (out: string): string[] => out.split("\n").filter((l) => / {2}(error|warning) {2}/.test(l));
    expect(check.code).toBe(1);
    expect(lines(check.stdout)).toEqual(lines(build.stdout));
    expect(lines(check.stdout).length).toBeGreaterThan(0);
  });
});
