import { describe, expect, it } from "vitest";
import { type DuplicateCandidate, findNearDuplicates } from "../../src/near-duplicates/find-near-duplicates.ts";

const TEXT = [
  "The city council voted on Tuesday to turn the disused tram depot on Harbour Road into a covered market with forty stalls, a bakery school and a rooftop garden, ending a decade of arguments over the site.",
  "Councillors approved the plan by eleven votes to four after a four-hour meeting. Traders who lost their pitches when the old fish market closed will be offered stalls first, at half the usual rent for two years.",
].join("\n");
const item = (file: string, over: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
  file, title: "Old tram depot to become covered market", publisher: "Harbour Courier", text: TEXT, url: null, date: "2026-02-03", ...over,
});

describe("findNearDuplicates", () => {
  it("finds a copy with a sentence added, and keeps the fuller one", () => {
    const found = findNearDuplicates([item("a.md"), item("b.md", { text: `${TEXT}\nThis article was updated to add the date on which work begins.` })]);
    expect(found).toEqual([{ file: "a.md", of: "b.md", similarity: expect.any(Number) }]);
    expect(found[0]?.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it("keeps the newest version when two differ by a word", () => {
    const found = findNearDuplicates([item("new.md", { date: "2026-02-04", text: TEXT.replace("eleven", "twelve") }), item("old.md")]);
    expect(found.map((d) => [d.file, d.of])).toEqual([["old.md", "new.md"]]);
  });

  it("ignores case, quote and dash styles and closing punctuation in titles, not other punctuation", () => {
    expect(findNearDuplicates([item("a.md", { title: "Depot’s plan – approved" }), item("b.md", { title: "DEPOT'S PLAN - APPROVED!" })])).toHaveLength(1);
    expect(findNearDuplicates([item("a.md", { title: "<svg onload=x>" }), item("b.md", { title: "<svg/onload=x>" })])).toEqual([]);
  });

  it("keeps apart the same text from another outlet (syndication is coverage, not a copy)", () => {
    expect(findNearDuplicates([item("a.md"), item("b.md", { publisher: "Island Post" })])).toEqual([]);
  });

  it("keeps apart two different reports under one headline", () => {
    const other = "Market traders said on Wednesday they would ask the council to delay the depot plan until the fish market's future is settled, and a petition has gathered three thousand names.";
    expect(findNearDuplicates([item("a.md"), item("b.md", { text: other })])).toEqual([]);
  });

  it("compares short texts whole, and only when their links agree", () => {
    const short = { text: "Depot to become a market.", url: "https://example.org/1" };
    expect(findNearDuplicates([item("a.md", short), item("b.md", short)])).toHaveLength(1);
    expect(findNearDuplicates([item("a.md", short), item("b.md", { ...short, url: "https://example.org/2" })])).toEqual([]);
    expect(findNearDuplicates([item("a.md", { text: "", url: null }), item("b.md", { text: "", url: null })])).toHaveLength(1);
  });

  it("merges a group of three into one survivor", () => {
    const found = findNearDuplicates([item("a.md"), item("b.md"), item("c.md", { text: `${TEXT} Updated.` })]);
    expect(found.map((d) => d.of)).toEqual(["c.md", "c.md"]);
  });
});
