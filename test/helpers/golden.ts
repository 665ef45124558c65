/**
 * Golden fixtures: `test/fixtures/<stage>/<phenomenon>/` holds an input and the expected output. `UPDATE=1 npm test`
 * rewrites the expected files so that a change shows up as a diff in review.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { ROOT } from "./run-cli.ts";

/** One fixture folder. */
export interface Fixture {
  name: string;
  dir: string;
  /** The `input.*` file's name. */
  input: string;
}

/** The fixture folders of a stage, sorted. */
export function fixturesOf(stage: string): Fixture[] {
  const base = path.join(ROOT, "test/fixtures", stage);
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = path.join(base, name);
      const input = readdirSync(dir).find((file) => file.startsWith("input."));
      if (!input) throw new Error(`fixture ${stage}/${name} has no input.* file`);
      return { name, dir, input };
    });
}

/** Compare `actual` with the fixture's expected file, or write it when UPDATE=1 or the file is new. */
export function matchGolden(fixture: Fixture, file: string, actual: string): void {
  const target = path.join(fixture.dir, file);
  if (process.env.UPDATE === "1" || !existsSync(target)) {
    writeFileSync(target, actual);
    if (process.env.UPDATE !== "1") throw new Error(`${target} did not exist and was written; check it and commit it`);
    return;
  }
  expect(actual).toBe(readFileSync(target, "utf8"));
}

/** Stable JSON for golden files. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
