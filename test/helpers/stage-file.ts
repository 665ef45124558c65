/** A VFile as the pipeline makes it, for driving single stages in tests. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { VFile } from "vfile";
import { diagnosticsOf } from "../../src/diagnostics.ts";
import "../../src/file-data.ts";

/** A file whose value is the bytes of `input` in a fixture folder. */
export function stageFile(dir: string, input: string): VFile {
  const file = new VFile({ path: path.join(dir, input), value: readFileSync(path.join(dir, input)) });
  file.data.relativePath = input;
  return file;
}

/** The file's messages, one line each, as the build report prints them. */
export function messageLines(file: VFile): string {
  return diagnosticsOf(file, file.basename ?? "input")
    .map((d) => `${d.file}:${d.line ?? "-"}:${d.column ?? "-"}  ${d.severity}  ${d.message}  ${d.ruleId}`)
    .join("\n")
    .concat("\n");
}
