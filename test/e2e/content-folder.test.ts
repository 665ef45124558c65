/** The content folder itself: symbolic links are accounted for but never followed; a missing folder gets a sentence. */
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/run-cli.ts";

describe("the content folder", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("lists symbolic links as skipped, unfollowed, and the counts still add up", async () => {
    const content = path.join(tmp.dir, "links/content");
    mkdirSync(path.join(content, "nested"), { recursive: true });
    writeFileSync(path.join(content, "depot.md"), "---\ntitle: Old tram depot to become covered market\ndate: 2026-02-03\n---\nThe council voted to turn the depot into a market.\n");
    writeFileSync(path.join(tmp.dir, "links/secret.txt"), "---\ntitle: Not for publication\n---\nA file outside the content folder.\n");
    symlinkSync("/etc/passwd", path.join(content, "leak.txt"));
    symlinkSync("../../secret.txt", path.join(content, "nested/secret.txt"));
    symlinkSync("..", path.join(content, "nested/up"));
    const reportFile = path.join(tmp.dir, "links/report.json");
    const check = await runCli(["check", "--content", content, "--report", reportFile]);
    expect(check.code, check.stderr).toBe(0);
    const report: { counts: Record<string, number>; ledger: Array<{ file: string; status: string; reason: string | null }> } = JSON.parse(readFileSync(reportFile, "utf8"));
    expect(report.ledger.filter((entry) => entry.reason === "a symbolic link, not followed").map((entry) => [entry.file, entry.status])).toEqual([
      ["leak.txt", "skipped"],
      ["nested/secret.txt", "skipped"],
      ["nested/up", "skipped"],
    ]);
    expect(report.counts).toMatchObject({ files: 4, rendered: 1, skipped: 3 });
    const { files, ...statuses } = report.counts;
    const sum = ["rendered", "merged", "skipped", "data", "asset"].reduce((total, status) => total + (statuses[status] ?? 0), 0);
    expect(sum).toBe(files);
    expect(check.stdout).toContain("leak.txt  skipped  a symbolic link, not followed");
    expect(check.stdout).not.toContain("Not for publication");
  });

  it("names a missing content folder and says what to do, instead of ENOENT", async () => {
    const missing = path.join(tmp.dir, "no-such-folder");
    const build = await runCli(["build", "--content", missing, "--output", path.join(tmp.dir, "out")]);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(`The content folder ${missing} does not exist.`);
    expect(build.stderr).toContain("--content DIR");
    expect(build.stderr).not.toMatch(/ENOENT|scandir/);
  });

  it.skipIf(process.getuid?.() === 0)("names an unreadable content folder", async () => {
    const locked = path.join(tmp.dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    try {
      const check = await runCli(["check", "--content", locked]);
      expect(check.code).toBe(1);
      expect(check.stderr).toContain(`The content folder ${locked} could not be read: permission denied.`);
      expect(check.stderr).not.toMatch(/EACCES/);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});
