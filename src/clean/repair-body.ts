/** Stage: repair the body's text (encoding, entities, spaces, controls) and report what changed. */
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { repairText } from "./repair-text.ts";

/** Repair `file.data.body` in place. */
export function repairBody(file: VFile): void {
  const bodyLine = file.data.frontMatter?.bodyLine ?? 1;
  // Note: HTML and markdown parsers decode entities themselves; decoding first would turn `&lt;b&gt;` into a tag.
  const entities = file.data.bodyFormat?.format === "text";
  const { text, repairs } = repairText(file.data.body ?? "", { entities });
  file.data.body = text;
  for (const repair of repairs) {
    const place = { line: bodyLine + repair.line - 1 };
    if (repair.kind === "mojibake") {
      report(file, "mojibake-repaired", `Text read with the wrong encoding was repaired (${repair.count} place(s), e.g. “${repair.sample}”).`, place);
    } else if (repair.kind === "control" || repair.kind === "zero-width") {
      report(file, "control-characters", `${repair.count} control or zero-width character(s) were removed.`, place);
    }
  }
}
