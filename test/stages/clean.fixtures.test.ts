/** Golden fixtures of the cleaning and structuring stages: page furniture, plain-text structure. */
import { toHtml } from "hast-util-to-html";
import { describe, it } from "vitest";
import { repairBody } from "../../src/clean/repair-body.ts";
import { stripFurniture } from "../../src/clean/strip-furniture.ts";
import { decodeText } from "../../src/ingest/decode-text.ts";
import { detectBodyFormat } from "../../src/ingest/detect-body-format.ts";
import { parseFrontMatter } from "../../src/ingest/parse-front-matter.ts";
import { structureText } from "../../src/render/structure-text.ts";
import { fixturesOf, matchGolden, stableJson } from "../helpers/golden.ts";
import { messageLines, stageFile } from "../helpers/stage-file.ts";

const LIMITS = { maxFileSize: 1 << 20, maxFrontMatterSize: 1 << 16 };

function prepared(dir: string, input: string) {
  const file = stageFile(dir, input);
  if (!decodeText(file, LIMITS) || !parseFrontMatter(file, LIMITS)) throw new Error(`fixture ${input} does not read`);
  detectBodyFormat(file);
  repairBody(file);
  stripFurniture(file);
  return file;
}

describe("page furniture", () => {
  for (const fixture of fixturesOf("furniture")) {
    it(fixture.name, () => {
      const file = prepared(fixture.dir, fixture.input);
      matchGolden(fixture, "expected.txt", file.data.body ?? "");
      matchGolden(fixture, "findings.json", stableJson(file.data.findings));
      matchGolden(fixture, "messages.txt", messageLines(file).split("\n").filter((l) => !l.includes("body-format")).join("\n"));
    });
  }
});

describe("plain-text structure", () => {
  for (const fixture of fixturesOf("structure-text")) {
    it(fixture.name, () => {
      const file = prepared(fixture.dir, fixture.input);
      structureText(file, { hasTitle: false });
      const html = file.data.hast ? toHtml(file.data.hast).replace(/(<\/(?:p|h2|ul|li)>)/g, "$1\n") : "";
      const { title, titleInferred, standfirst } = file.data.findings ?? {};
      matchGolden(fixture, "expected.html", html);
      matchGolden(fixture, "expected.json", stableJson({ title, titleInferred, standfirst }));
    });
  }
});
