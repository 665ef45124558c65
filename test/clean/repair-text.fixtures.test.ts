/**
 * Golden fixtures for `repairText`: each folder of `test/fixtures/repair-text/` is one phenomenon, with
 * `input.txt`, the repaired `expected.txt`, the reported `repairs.txt` (line, kind, count, sample) and optionally
 * `options.json`. `UPDATE=1 npm test` rewrites the expected files, so changes show up as diffs in review.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Repair, type RepairOptions, repairText } from "../../src/clean/repair-text.ts";

const ROOT = fileURLToPath(new URL("../fixtures/repair-text", import.meta.url));
const UPDATE = process.env.UPDATE === "1";

function readOptions(folder: string): RepairOptions {
  const file = path.join(folder, "options.json");
  if (!existsSync(file)) return {};
  const data: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (typeof data !== "object" || data === null) throw new Error(`${file} is not an object`);
  const entities: unknown = Object.getOwnPropertyDescriptor(data, "entities")?.value;
  if (entities !== undefined && typeof entities !== "boolean") throw new Error(`${file}: entities must be boolean`);
  return entities === undefined ? {} : { entities };
}

function formatRepairs(repairs: readonly Repair[]): string {
  return repairs.map((r) => `${r.line}\t${r.kind}\t${r.count}\t${r.sample}\n`).join("");
}

/** Compare with the expected file, or write it under UPDATE=1. */
function expectFile(file: string, actual: string): void {
  if (UPDATE) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`${file} is missing; run UPDATE=1 npm test to create it`);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe("repairText fixtures", () => {
  const folders = readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  it("has fixtures", () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  for (const name of folders) {
    it(name, () => {
      const folder = path.join(ROOT, name);
      const result = repairText(readFileSync(path.join(folder, "input.txt"), "utf8"), readOptions(folder));
      expectFile(path.join(folder, "expected.txt"), result.text);
      expectFile(path.join(folder, "repairs.txt"), formatRepairs(result.repairs));
    });
  }
});
