/** Saved pages at the limits: a page of 200,000 elements and a 10 MB page finish within their time limit or are reported. */
import { describe, expect, it } from "vitest";
import { processContentFile, timeoutOutcome } from "../../src/orchestrate/process-content-file.ts";
import { timeLimitFor } from "../../src/orchestrate/process-files.ts";
import { withTimeLimit } from "../../src/workers/time-limit.ts";
import { DEFAULT_LIMITS, type FileOutcome } from "../../src/pipeline.ts";

const HEAD = '<!DOCTYPE html><html><head><title>Night buses | Harbour Times</title><meta property="og:site_name" content="Harbour Times"></head><body><nav><a href="/">Home</a></nav>';
const PROSE = "<p>The council voted on Tuesday to extend the night bus network to the eastern districts, after three years of debate.</p>";

function build(html: string): FileOutcome {
  const bytes = new TextEncoder().encode(html);
  const limit = timeLimitFor(bytes.length);
  const task = { relativePath: "page.html", absolutePath: "/nonexistent/page.html", bytes };
  const result = withTimeLimit(() => processContentFile(task, { contentDir: "/nonexistent", now: Date.UTC(2026, 0, 1), ...DEFAULT_LIMITS }), limit);
  return result ? result.value : timeoutOutcome("page.html", limit);
}

describe("saved pages at the limits", () => {
  it("reads a page of 200,000 elements without Readability, and says so", () => {
    const outcome = build(`${HEAD}<article>${PROSE.repeat(20)}</article><div>${"<div><span>x</span></div>".repeat(100_000)}</div></body></html>`);
    if (outcome.kind === "skipped") {
      expect(outcome.diagnostics.map((d) => d.ruleId)).toContain("processing-timeout");
      return;
    }
    expect(outcome.diagnostics.map((d) => d.ruleId)).toContain("page-too-large");
    expect(outcome.article.text).toContain("The council voted on Tuesday");
    expect(outcome.article.text).not.toContain("x\nx");
  }, 120_000);

  it("reads a 10 MB page or reports it with its reason", () => {
    const paragraph = `<p>${"The council voted on Tuesday to extend the night bus network. ".repeat(30)}</p>\n`;
    const outcome = build(`${HEAD}<article>${paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))}</article></body></html>`);
    if (outcome.kind === "skipped") {
      expect(outcome.reason).not.toBe("");
      expect(outcome.diagnostics.some((d) => d.severity === "error")).toBe(true);
      return;
    }
    expect(outcome.article.title).toBe("Night buses");
    expect(outcome.article.text.length).toBeGreaterThan(9_000_000);
  }, 180_000);
});
