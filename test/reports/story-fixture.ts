/**
 * The fixtures of `reports` and `claims`: a story's member articles (input.json, the fields that matter, the rest
 * defaulted) assessed as the build does, and what a reader of the export would see of it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { shippedRegistry } from "../../src/extract/outlet-registry.ts";
import { isRecord } from "../../src/records.ts";
import { assessReports } from "../../src/reports/assess-reports.ts";
import type { Fixture } from "../helpers/golden.ts";
import { sourcesOf } from "../../src/stories/build-stories.ts";
import type { Article, SafeHtml } from "../../src/types.ts";

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** An article with the given fields; `id` is the file. */
export function fixtureArticle(fields: Record<string, unknown>): Article {
  const file = text(fields.file) ?? "article.md";
  return {
    id: file, file, title: text(fields.title) ?? file, date: text(fields.date), publisher: text(fields.publisher), author: text(fields.author),
    url: text(fields.url), summary: null, credit: text(fields.credit), dateline: null, image: null, tags: [], bodyFormat: "text", frontMatter: false,
    html: "" as SafeHtml, text: text(fields.text) ?? "", related: [], contentHash: "", updated: null,
  };
}

/** The assessment of a fixture's story, as JSON for its expected file. */
export function assessFixture(fixture: Fixture): unknown {
  const input: unknown = JSON.parse(readFileSync(path.join(fixture.dir, fixture.input), "utf8"));
  const list = isRecord(input) && Array.isArray(input.articles) ? input.articles.filter(isRecord) : [];
  const members = list.map(fixtureArticle);
  const sources = sourcesOf(members);
  const reports = assessReports(members, sources, shippedRegistry());
  return {
    independentReports: reports.groups.length,
    reports: reports.groups.map((group) => ({ by: group.by, wire: group.wire, sources: group.sources.map((s) => ({ file: s.source.file ?? null, copy: s.copy, carrier: s.carrier })) })),
    copyOf: Object.fromEntries(Object.entries(reports.copyOf).map(([id, copy]) => [id, "wire" in copy ? copy.wire : copy.file])),
    disagreements: reports.disagreements,
  };
}
