import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { coverageTimeline } from "../../src/views/coverage-timeline.ts";

const parseSvg = (markup: string) => {
  const doc = new DOMParser({ onError: (level, message) => { if (level !== "warning") throw new Error(message); } }).parseFromString(markup, "image/svg+xml");
  const root = doc.documentElement;
  if (!root) throw new Error("no root");
  return root;
};

describe("coverageTimeline", () => {
  const items = [
    { date: "2026-01-05", publisher: "BBC" },
    { date: "2026-01-05T21:40", publisher: "Bloomberg" },
    { date: "2026-01-05T09:40:00+08:00", publisher: "<script>alert(1)</script>" },
    { date: "2026-01-07", publisher: "DW" },
    { date: null, publisher: "Reuters" },
  ];

  it("draws one bar a day with dated coverage, as well-formed SVG", () => {
    const view = coverageTimeline(items);
    const svg = parseSvg(view.svg ?? "");
    expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(svg.getElementsByTagName("rect").length).toBe(2);
    expect(svg.getAttribute("viewBox")).toBe("0 0 480 150");
    expect(svg.getAttribute("aria-hidden")).toBe("true");
  });

  it("gives the same numbers as table rows and says what is left out", () => {
    const view = coverageTimeline(items);
    expect(view.rows.map((row) => [row.day, row.count])).toEqual([["2026-01-05", 3], ["2026-01-07", 1]]);
    expect(view.rows[0]?.outlets).toBe("<script>alert(1)</script>, BBC, Bloomberg");
    expect(view.unit).toBe("day");
    expect(view.undated).toBe(1);
    expect(view.caption).toBe("4 articles from 5 January 2026 to 7 January 2026; 1 undated article not shown.");
  });

  it("puts no source text in the markup, and is the same for the same input", () => {
    const a = coverageTimeline(items).svg ?? "";
    expect(a).not.toContain("script");
    expect(coverageTimeline([...items]).svg).toBe(a);
  });

  it("counts by week when a story runs for months", () => {
    const long = Array.from({ length: 30 }, (_, i) => ({ date: `2026-${String(1 + Math.floor(i / 10)).padStart(2, "0")}-${String(1 + (i % 10) * 2).padStart(2, "0")}`, publisher: "AP" }));
    const view = coverageTimeline(long);
    expect(view.unit).toBe("week");
    expect(view.rows.reduce((sum, row) => sum + row.count, 0)).toBe(30);
    expect(view.rows[0]?.label).toMatch(/^week of /);
  });

  it("draws nothing when nothing is dated", () => {
    const view = coverageTimeline([{ date: null, publisher: "AP" }]);
    expect(view.svg).toBeNull();
    expect(view.caption).toBe("1 undated article not shown: there is nothing to chart.");
  });
});
