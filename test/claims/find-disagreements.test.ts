/** The claims a text makes, and the decisions of the matcher that matter most for precision. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract-claims.ts";
import { findDisagreements, sameValue } from "../../src/claims/find-disagreements.ts";
import { precisionOf } from "../../src/claims/read-numbers.ts";
import { splitSentences } from "../../src/claims/split-sentences.ts";
import { isRecord } from "../../src/records.ts";
import { ROOT } from "../helpers/run-cli.ts";

const report = (file: string, publisher: string, text: string): { articles: Array<{ file: string; publisher: string; text: string }> } => ({ articles: [{ file, publisher, text }] });
const summary = (text: string): string[] => extractClaims(text).map((c) => `${c.kind}:${c.unit}=${c.value}${c.hedge === "exact" ? "" : ` (${c.hedge})`}`);

describe("extractClaims", () => {
  it("reads counts with their noun, amounts with their currency, percentages, casualties and magnitudes", () => {
    expect(summary("The two countries signed fourteen memorandums of understanding.")).toEqual(["count:countri=2", "count:agreements=14"]);
    expect(summary("Congress passed a $1.9 trillion relief bill.")).toEqual(["amount:USD=1900000000000"]);
    expect(summary("The US will share up to 60m doses.")).toEqual(["count:dose=60000000 (atMost)"]);
    expect(summary("Inflation rose 5.4% in June.")).toEqual(["percent:%=5.4"]);
    expect(summary("The storm killed at least nine people and injured 40.")).toEqual(["casualties:killed:peopl=9 (atLeast)", "casualties:injured:peopl=40"]);
    expect(summary("A magnitude 6.1 earthquake struck the coast.")).toEqual(["magnitude:magnitude=6.1"]);
  });

  it("reads the date an event happened on", () => {
    expect(summary("The summit opened on Jan. 5, 2026, in Beijing.")).toEqual(["date:date=105"]);
    expect(summary("He died on 5th January.")).toEqual(["date:date=105"]);
    expect(summary("The deadline is Jan. 5.")).toEqual([]);
  });

  it("leaves out numbers that name rather than count", () => {
    expect(summary("In 2019, COVID-19 and Title 42 came up at 3 p.m. with the 73-year-old F-22 pilot.")).toEqual([]);
    expect(summary("Officials expected 845,000 jobs.").length).toBe(1);
    expect(extractClaims("Economists surveyed had expected 845,000 jobs.")[0]?.forecast).toBe(true);
    expect(extractClaims("Three fellow gymnasts testified.")[0]?.hedge).toBe("none");
    expect(extractClaims("Between 10 and 15 people were hurt.").every((c) => c.hedge === "none")).toBe(true);
  });

  it("keeps abbreviations inside sentences", () => {
    expect(splitSentences("Mr. Xi met the U.S. Senate on Jan. 5. Then he left.")).toEqual(["Mr. Xi met the U.S. Senate on Jan. 5.", "Then he left."]);
  });
});

describe("sameValue", () => {
  it("compares within what the coarser number tells apart", () => {
    const claim = (written: string, value: number): { value: number; precision: number } => ({ value, precision: precisionOf(written) });
    expect(sameValue(claim("14", 14), claim("14", 14))).toBe(true);
    expect(sameValue(claim("14", 14), claim("15", 15))).toBe(false);
    expect(sameValue(claim("5", 5), claim("5.4", 5.4))).toBe(true);
    expect(sameValue(claim("1,000", 1000), claim("1,500", 1500))).toBe(false);
  });
});

describe("findDisagreements", () => {
  const fifteen = "The two countries signed 15 agreements at the summit, according to broadcasters.";
  const fourteen = "The two countries signed 14 memorandums of understanding covering fine dust and food exports.";

  it("sets 15 agreements against 14 memorandums of understanding signed by the same two countries", () => {
    const found = findDisagreements([report("a.txt", "Reuters", fifteen), report("b.txt", "Bloomberg", fourteen)]);
    expect(found.map((d) => d.claims.map((c) => `${c.publishers.join()}: ${c.value}`))).toEqual([["Reuters: 15 agreements", "Bloomberg: 14 memorandums of understanding"]]);
  });

  it("is quiet when the values agree, and when one report gives both values", () => {
    expect(findDisagreements([report("a.txt", "Reuters", fifteen), report("b.txt", "Bloomberg", fifteen.replace("15", "fifteen"))])).toEqual([]);
    expect(findDisagreements([report("a.txt", "Reuters", `${fifteen} Officials later said 14 agreements were signed by the two countries.`), report("b.txt", "Bloomberg", fourteen)])).toEqual([]);
  });

  it("sets dates of one event against each other, only with much context in common", () => {
    const fifth = "The two leaders held their summit in Beijing on Jan. 5, state media said.";
    expect(findDisagreements([report("a", "A", fifth), report("b", "B", fifth.replace("Jan. 5", "Jan. 6"))])).toHaveLength(1);
    expect(findDisagreements([report("a", "A", fifth), report("b", "B", "Mr Lee flew home on Jan. 8.")])).toEqual([]);
  });

  it("would set a copy's changed toll against its original if the copy were an independent report", () => {
    const fixture = path.join(ROOT, "test/fixtures/claims/copy-does-not-disagree-with-its-original/input.json");
    const input: unknown = JSON.parse(readFileSync(fixture, "utf8"));
    const texts = isRecord(input) && Array.isArray(input.articles) ? input.articles.filter(isRecord).map((a) => String(a.text)) : [];
    expect(findDisagreements([report("original.md", "Courier", texts[0] ?? ""), report("copy.md", "Blog", texts[1] ?? "")])).toHaveLength(1);
  });

  it("keeps figures of different periods apart", () => {
    const year = "The couple's effective federal tax rate for 2014 was 35.7 percent, their returns show.";
    const span = "From 2007 through 2014 the couple's effective federal tax rate was 31.6 percent, their returns show.";
    expect(findDisagreements([report("a", "A", year), report("b", "B", year.replace("35.7", "31.6"))])).toHaveLength(1);
    expect(findDisagreements([report("a", "A", year), report("b", "B", span)])).toEqual([]);
  });

  it("compares only across reports: one report's articles never disagree with each other", () => {
    const one = { articles: [...report("a.txt", "Reuters", fifteen).articles, ...report("b.txt", "Bloomberg", fourteen).articles] };
    expect(findDisagreements([one])).toEqual([]);
  });

  it("keeps a bound against a different bound, and quiet when a value meets the bound", () => {
    const nine = "Flooding from the remnants of Hurricane Ida killed at least nine people in New York.";
    const eight = "The remnants of Hurricane Ida killed at least eight people in New York.";
    expect(findDisagreements([report("a", "A", nine), report("b", "B", eight)])).toHaveLength(1);
    expect(findDisagreements([report("a", "A", nine), report("b", "B", eight.replace("at least eight", "12"))])).toEqual([]);
  });

  it("matches claims of every pair of reports in a story of up to 49 reports, and of reports at most 48 apart beyond", () => {
    const quiet = (i: number): ReturnType<typeof report> => report(`q${i}.txt`, `Outlet ${i}`, "Officials gave no further details about the talks.");
    const story = (apart: number): ReturnType<typeof report>[] => [report("a.txt", "Reuters", fifteen), ...Array.from({ length: apart - 1 }, (_, i) => quiet(i)), report("b.txt", "Bloomberg", fourteen)];
    expect(findDisagreements(story(48))).toHaveLength(1);
    expect(findDisagreements(story(49))).toEqual([]);
  });
});
