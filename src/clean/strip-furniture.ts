/**
 * Stage: cut page furniture out of a markdown or plain-text body, moving what it holds (dates, credits) into
 * `file.data.findings`. Every cut is reported, so an editor sees what went.
 */
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { emptyFindings } from "../file-data.ts";
import { parseDate } from "../extract/parse-date.ts";
import { CAPTION_BULLET, CAPTION_WITH_CREDIT, FURNITURE_RULES, LEADING_DATE } from "./furniture-patterns.ts";
import { DATELINE, TRAILING_WIRE_CREDIT, wireName } from "./wire-patterns.ts";

const MAX_CAPTION = 320;
const sample = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
const captionKey = (text: string): string => text.trim().replace(CAPTION_BULLET, "").replace(/\s+/g, " ").trim();

/** Strip furniture from `file.data.body`; HTML bodies are left to the sanitizer. */
export function stripFurniture(file: VFile): void {
  const findings = emptyFindings();
  file.data.findings = findings;
  if (file.data.bodyFormat?.format === "html") return;
  const bodyLine = file.data.frontMatter?.bodyLine ?? 1;
  const lines = (file.data.body ?? "").split("\n");
  const cut = (i: number, what: string): void => {
    report(file, "furniture-removed", `Cut ${what} from the body: “${sample((lines[i] ?? "").trim())}”.`, { line: bodyLine + i });
    lines[i] = "";
  };
  const first = lines.findIndex((line) => line.trim() !== "");
  const leading = first >= 0 ? LEADING_DATE.exec(lines[first] ?? "") : null;
  if (leading?.[1]) {
    const date = parseDate(leading[1]);
    if (date) findings.dates.push({ value: date, source: "date at the start of the text" });
    report(file, "furniture-removed", `Moved the date “${leading[1]}” at the start of the text into the article's date.`, { line: bodyLine + first });
    lines[first] = (lines[first] ?? "").slice(leading[0].length);
  }
  const captions = new Set<string>();
  lines.forEach((line, i) => {
    const text = line.trim();
    if (text === "") return;
    const rule = FURNITURE_RULES.find((r) => r.pattern.test(text));
    if (rule) {
      const captured = rule.pattern.exec(text)?.[1]?.trim() ?? "";
      if (rule.capture === "date") {
        const date = parseDate(captured);
        if (date) findings.dates.push({ value: date, source: rule.label });
      } else if (rule.capture === "photo-credit") {
        findings.photoCredits.push(captured);
        const previous = i - 1;
        const caption = (lines[previous] ?? "").trim();
        if (previous > first && caption !== "" && caption.length <= MAX_CAPTION) {
          captions.add(captionKey(caption));
          cut(previous, "the caption of a photo that is not in the text");
        }
      } else if (rule.capture === "image-credit") {
        findings.imageCredit = captured;
      }
      cut(i, `a ${rule.label}`);
      return;
    }
    const captioned = CAPTION_WITH_CREDIT.exec(text);
    if (captioned?.[1] && captioned[2] && text.length <= MAX_CAPTION + 40) {
      findings.photoCredits.push(captioned[2].trim());
      captions.add(captionKey(captioned[1]));
      cut(i, "a photo caption and its credit");
    }
  });
  // A caption shown twice (once bare, once with its credit) loses both copies.
  lines.forEach((line, i) => {
    if (line.trim() !== "" && captions.has(captionKey(line))) cut(i, "a repeated photo caption");
  });
  takeWireCredit(file, lines, findings, bodyLine);
  const dateline = lines.slice(Math.max(first, 0), Math.max(first, 0) + 12).map((l) => DATELINE.exec(l.trim())).find((m) => m !== null);
  if (dateline) findings.dateline = (dateline[1] ?? dateline[2] ?? "").trim() || null;
  file.data.body = lines.join("\n");
}

function takeWireCredit(file: VFile, lines: string[], findings: ReturnType<typeof emptyFindings>, bodyLine: number): void {
  let last = lines.length - 1;
  while (last >= 0 && (lines[last] ?? "").trim() === "") last -= 1;
  if (last < 0) return;
  const line = lines[last] ?? "";
  const match = TRAILING_WIRE_CREDIT.exec(line.trimEnd());
  if (!match?.[1]) return;
  const name = wireName(match[1]);
  if (!name) return;
  findings.credit = name;
  report(file, "furniture-removed", `Moved the wire credit “${match[0].trim()}” at the end of the text into the article's credit.`, { line: bodyLine + last });
  lines[last] = line.trimEnd().slice(0, match.index).trimEnd();
}
