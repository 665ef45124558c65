/**
 * The catalogue of diagnostics. A rule id is a permanent name: editors search for it, CI logs keep it.
 * Each has a default severity and a hint telling the editor what to do.
 */
import type { VFile } from "vfile";
import type { Diagnostic, Severity } from "./types.ts";

interface Rule {
  severity: Severity;
  hint: string;
}

/** Every rule roundup reports, by id. */
export const RULES = {
  // Reading files
  "unsupported-file-type": { severity: "info", hint: "Only .md, .markdown, .html, .htm and .txt files are articles; rename the file or move it out of the content folder." },
  "symbolic-link": { severity: "warning", hint: "roundup reads no file through a symbolic link (it could point anywhere on the machine); copy the file into the content folder instead." },
  "empty-file": { severity: "warning", hint: "The file has no text; add the article or delete the file." },
  "binary-file": { severity: "error", hint: "The file holds binary data (NUL bytes or undecodable bytes), not text; save the article as UTF-8 text." },
  "file-too-large": { severity: "error", hint: "Split the file, or raise the limit with --max-file-size." },
  "encoding-detected": { severity: "info", hint: "The file is not UTF-8; it was decoded as stated. Save it as UTF-8 to silence this." },
  "invalid-utf8": { severity: "warning", hint: "Some bytes are not valid in the file's encoding (UTF-8, or the one it declares) and were replaced; save the file as UTF-8." },
  "read-failed": { severity: "error", hint: "The file could not be read; check its permissions." },
  // Front matter
  "front-matter-invalid": { severity: "error", hint: "Fix the front matter syntax at the line given; the file is skipped until then." },
  "front-matter-unclosed": { severity: "error", hint: "Front matter opened with `---` has no closing `---`; add one after the last key, or remove the opening line." },
  "front-matter-not-mapping": { severity: "error", hint: "Front matter must be a mapping of keys to values (`title: …`), not a list, string or number." },
  "front-matter-executable": { severity: "error", hint: "Front matter in a programming language (`---js`, `---javascript`, `---coffee`) is never run; write it as YAML or JSON." },
  "front-matter-unknown-language": { severity: "error", hint: "Only YAML (`---`), `---yaml` and `---json` front matter is read." },
  "front-matter-too-large": { severity: "error", hint: "Front matter is larger than the limit; shorten it or raise --max-front-matter-size." },
  "front-matter-field-ignored": { severity: "info", hint: "This key is an instruction for other site generators; roundup keeps it as data only." },
  "front-matter-bad-value": { severity: "warning", hint: "The value has the wrong type for this key; it was ignored." },
  // Body format and text repair
  "body-format": { severity: "info", hint: "How the body was read; set `format: markdown|html|text` in front matter to choose." },
  "mojibake-repaired": { severity: "info", hint: "Text was UTF-8 read as Windows-1252 and has been repaired; fix the source file to silence this." },
  "control-characters": { severity: "info", hint: "Control or zero-width characters were removed." },
  "page-detected": { severity: "info", hint: "How an HTML body was read: a whole saved page gives up only its main text, a fragment is kept whole. Set `page: false` (or `true`) in front matter to choose." },
  "page-no-main-text": { severity: "warning", hint: "The saved page has no text that reads as an article; save the article's own page, or paste its text into a .md file." },
  "page-too-large": { severity: "warning", hint: "The saved page is larger than any article page needs; only its metadata and a simpler reading of its text were used. Save the page again without its scripts and embedded data." },
  "json-ld-malformed": { severity: "info", hint: "A JSON-LD block of the page is not valid JSON; the page's other metadata was used. Nothing to do unless a field is wrong." },
  "nesting-too-deep": { severity: "warning", hint: "The body nests elements deeper than any article needs; simplify its markup." },
  // Page furniture
  "furniture-removed": { severity: "info", hint: "A line of page furniture (promo, share prompt, photo credit) was cut from the body." },
  // Metadata
  "title-missing": { severity: "warning", hint: "No title was found; add `title:` to the front matter or put the title on the first line." },
  "title-inferred": { severity: "warning", hint: "The title was inferred from the first sentence; add a title line or `title:` to choose it." },
  "date-missing": { severity: "warning", hint: "No publication date was found; add `date: YYYY-MM-DD` to the front matter." },
  "date-invalid": { severity: "warning", hint: "The date could not be read; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM." },
  "date-in-future": { severity: "warning", hint: "The date is after the build; it was clamped to the build date. Check the year." },
  "image-missing": { severity: "warning", hint: "The image path does not resolve to a file in the content folder; it was dropped." },
  "url-rejected": { severity: "warning", hint: "Only http(s) URLs are linked; the value was dropped." },
  "slug-collision": { severity: "info", hint: "Two articles would share a URL; a suffix keeps them apart." },
  // Build
  "duplicate-article": { severity: "info", hint: "This file repeats another one; it is merged into that article." },
  "processing-timeout": { severity: "error", hint: "The file took longer than the time limit to process; it was skipped. Simplify it or raise --file-timeout." },
  "processing-failed": { severity: "error", hint: "roundup failed on this file; it was skipped. Please report it with the file." },
  "override-invalid": { severity: "error", hint: "Fix the override file at the line given; the bad entry was ignored." },
  "outlets-invalid": { severity: "error", hint: "Fix the outlet list (content/_outlets.yml) at the line given; the bad entry was ignored." },
  "story-ids-invalid": { severity: "warning", hint: "content/_stories.json is kept by roundup build; restore it from version control, or delete it to start story ids afresh (old story URLs then stop redirecting)." },
  "story-ids-unwritable": { severity: "warning", hint: "Story ids could not be saved to content/_stories.json; check that the content folder is writable, or story URLs may change on the next build." },
} as const satisfies Record<string, Rule>;

/** A rule id of the catalogue. */
export type RuleId = keyof typeof RULES;

interface Place {
  line: number;
  column?: number;
}

/** Attach a catalogued message to a file; the severity comes from the catalogue unless given. */
export function report(file: VFile, ruleId: RuleId, reason: string, place?: Place | null, severity?: Severity): void {
  const message = file.message(reason, {
    place: place ? { line: place.line, column: place.column ?? 1 } : undefined,
    ruleId,
    source: "roundup",
  });
  const level = severity ?? RULES[ruleId].severity;
  message.fatal = level === "error" ? true : level === "warning" ? false : undefined;
}

/** The file's messages as plain diagnostics, in the order of their place. */
export function diagnosticsOf(file: VFile, path: string): Diagnostic[] {
  return file.messages.map((m) => ({
    file: path,
    line: m.line ?? null,
    column: m.column ?? null,
    severity: m.fatal === true ? "error" : m.fatal === false ? "warning" : "info",
    message: m.reason,
    ruleId: m.ruleId ?? "unknown",
  }));
}

/** The hint for a rule id, or an empty string for ids not in the catalogue. */
export function hintFor(ruleId: string): string {
  return ruleId in RULES ? RULES[ruleId as RuleId].hint : "";
}
