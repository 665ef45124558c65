/** YAML front matter parsed once: the repeated keys read from gray-matter's parse are those of a parse of the block. */
import { describe, expect, it } from "vitest";
import { YamlFrontMatter, duplicateYamlKeys } from "../../src/ingest/front-matter-engines.ts";

const block = ["title: First", "date: 2026-01-05", "tags: [a]", "title: Second", "date: 2026-01-06"].join("\n");

describe("YamlFrontMatter", () => {
  it("reads the repeated keys from the engine's own parse, at the block's lines", () => {
    const yaml = new YamlFrontMatter();
    expect(yaml.parse(`\n${block}`)).toEqual({ title: "Second", date: "2026-01-06", tags: ["a"] });
    expect(yaml.duplicateKeys(block)).toEqual([
      { key: "title", line: 4 },
      { key: "date", line: 5 },
    ]);
    expect(yaml.duplicateKeys(block)).toEqual(duplicateYamlKeys(block));
  });

  it("parses the block itself when the engine was handed other text, or nothing", () => {
    const yaml = new YamlFrontMatter();
    expect(yaml.duplicateKeys(block)).toEqual(duplicateYamlKeys(block));
    yaml.parse("\ntitle: Only");
    expect(yaml.duplicateKeys(block)).toEqual([
      { key: "title", line: 4 },
      { key: "date", line: 5 },
    ]);
  });
});
