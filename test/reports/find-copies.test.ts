/** Which articles are copies, in the cases a fixture does not show on its own. */
import { describe, expect, it } from "vitest";
import { shippedRegistry } from "../../src/extract/outlet-registry.ts";
import { findCopies, wireService } from "../../src/reports/find-copies.ts";
import { fixtureArticle } from "./story-fixture.ts";

const text = "Heavy rains flooded the coastal province of Harbour on Tuesday, forcing thousands of residents from their homes as rivers burst their banks and roads were washed away by the water, officials said.";

describe("findCopies", () => {
  it("names wire services by the registry, whatever the byline's decoration", () => {
    const outlets = shippedRegistry();
    expect(["By The Associated Press", "REUTERS", "AFP staff", "Reuters Staff"].map((name) => wireService(name, outlets))).toEqual(["AP News", "Reuters", "AFP", "Reuters"]);
    expect(wireService("By Jane Doe", outlets)).toBeNull();
    expect(wireService("The Guardian", outlets)).toBeNull();
  });

  it("keeps a wire service's own article the original of the copies that carry its text", () => {
    const own = fixtureArticle({ file: "own.md", publisher: "Reuters", url: "https://www.reuters.com/world/harbour", date: "2026-02-03", text });
    const copy = fixtureArticle({ file: "copy.md", publisher: "Harbour Courier", credit: "Reuters", date: "2026-02-04", text: `${text} REUTERS` });
    const plain = fixtureArticle({ file: "plain.md", publisher: "Daily Blog", date: "2026-02-05", text });
    expect(Object.fromEntries(findCopies([own, copy, plain], shippedRegistry()))).toEqual({ "copy.md": { wire: "Reuters" }, "plain.md": { wire: "Reuters" } });
  });

  it("reads a wire dateline", () => {
    const dated = fixtureArticle({ file: "dated.md", publisher: "Harbour Courier", date: "2026-02-03", text: `HARBOUR (Reuters) - ${text}` });
    expect(Object.fromEntries(findCopies([dated], shippedRegistry()))).toEqual({ "dated.md": { wire: "Reuters" } });
  });

  // Texts that share no shingle with one another or with `text`.
  const filler = (i: number): string => Array.from({ length: 20 }, (_, k) => `w${i}x${k}`).join(" ");
  const day = (i: number): string => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
  const story = (size: number, copyAt: number) => [
    fixtureArticle({ file: "original.md", publisher: "Harbour Courier", date: day(0), text }),
    ...Array.from({ length: size - 2 }, (_, i) => fixtureArticle({ file: `f${String(i).padStart(3, "0")}.md`, publisher: `Outlet ${i}`, date: day(i + 1), text: filler(i) })),
    fixtureArticle({ file: "copy.md", publisher: "Daily Blog", date: day(copyAt), text: `${text} Updated.` }),
  ];

  it("compares every pair of a story of up to 49 members with text, however far apart their dates", () => {
    expect(Object.fromEntries(findCopies(story(49, 400), shippedRegistry()))).toEqual({ "copy.md": { file: "original.md" } });
  });

  it("still finds a copy published far from its original in a story of hundreds, by the texts' shared shingles", () => {
    expect(Object.fromEntries(findCopies(story(300, 400), shippedRegistry()))).toEqual({ "copy.md": { file: "original.md" } });
  });
});
