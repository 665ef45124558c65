/** Golden fixtures of the ingest stages: decoding, front matter, body format. */
import { describe, it } from "vitest";
import { decodeText } from "../../src/ingest/decode-text.ts";
import { detectBodyFormat } from "../../src/ingest/detect-body-format.ts";
import { parseFrontMatter } from "../../src/ingest/parse-front-matter.ts";
import { fixturesOf, matchGolden, stableJson } from "../helpers/golden.ts";
import { messageLines, stageFile } from "../helpers/stage-file.ts";

const LIMITS = { maxFileSize: 1 << 20, maxFrontMatterSize: 1 << 16 };

describe("front matter", () => {
  for (const fixture of fixturesOf("front-matter")) {
    it(fixture.name, () => {
      const file = stageFile(fixture.dir, fixture.input);
      const read = decodeText(file, LIMITS) && parseFrontMatter(file, LIMITS);
      const result = read ? { read, frontMatter: file.data.frontMatter, body: file.data.body } : { read };
      matchGolden(fixture, "expected.json", stableJson(result));
      matchGolden(fixture, "messages.txt", messageLines(file));
    });
  }
});

describe("body format", () => {
  for (const fixture of fixturesOf("body-format")) {
    it(fixture.name, () => {
      const file = stageFile(fixture.dir, fixture.input);
      if (decodeText(file, LIMITS) && parseFrontMatter(file, LIMITS)) detectBodyFormat(file);
      matchGolden(fixture, "expected.json", stableJson(file.data.bodyFormat ?? null));
    });
  }
});
