import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/report/progress.ts";

function sink(isTTY: boolean): { write(text: string): void; isTTY: boolean; text: string } {
  return { isTTY, text: "", write(text) { this.text += text; } };
}

describe("build progress", () => {
  it("updates one line in place on a terminal and clears it at the end", () => {
    const out = sink(true);
    let now = 0;
    const progress = createProgress(out, {}, () => (now += 200));
    for (let i = 0; i <= 3; i += 1) progress.file(i, 3);
    progress.phase("rendering pages");
    progress.page();
    progress.end();
    expect(out.text).not.toContain("\n");
    expect(out.text).toContain("\r\x1b[2Kroundup: 3/3 files read and processed");
    expect(out.text).toContain("roundup: 1 pages written");
    expect(out.text.endsWith("\r\x1b[2K")).toBe(true);
  });

  it("prints plain lines every 1000 files in CI, even on a terminal, and nothing to clear", () => {
    const out = sink(true);
    const progress = createProgress(out, { CI: "true" }, () => 0);
    for (let i = 0; i <= 2500; i += 1) progress.file(i, 2500);
    progress.end();
    expect(out.text.split("\n").filter(Boolean)).toEqual(["roundup: 1000/2500 files read and processed (0 s)", "roundup: 2000/2500 files read and processed (0 s)"]);
  });

  it("prints a line after 5 seconds without one when piped", () => {
    const out = sink(false);
    let now = 0;
    const progress = createProgress(out, {}, () => now);
    progress.file(1, 50);
    now = 6000;
    progress.file(2, 50);
    progress.file(3, 50);
    expect(out.text).toBe("roundup: 2/50 files read and processed (6 s)\n");
  });

  it("says nothing for a small build when piped", () => {
    const out = sink(false);
    const progress = createProgress(out, {}, () => 0);
    for (let i = 0; i <= 5; i += 1) progress.file(i, 5);
    progress.phase("grouping");
    for (let i = 0; i < 8; i += 1) progress.page();
    progress.end();
    expect(out.text).toBe("");
  });
});

describe("progress switched off", () => {
  it("says nothing with ROUNDUP_PROGRESS=0, even on a terminal", () => {
    const out = sink(true);
    const progress = createProgress(out, { ROUNDUP_PROGRESS: "0" }, () => 0);
    for (let i = 0; i <= 2000; i += 1) progress.file(i, 2000);
    progress.end();
    expect(out.text).toBe("");
  });
});
