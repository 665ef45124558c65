/**
 * The editors' overrides (`content/_roundup.yml`): site settings, headlines, merges, moves, hidden articles and
 * outlets, pinned stories. This module only reads and checks the file's shape; `apply-overrides` resolves the
 * references against the content and applies them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Node } from "yaml";
import type { Diagnostic } from "../types.ts";
import { type Located, type Problem, YamlReader } from "./yaml-reader.ts";

/** The override file, relative to the content folder. */
export const OVERRIDES_FILE = "_roundup.yml";

/** Site settings an editor may set; command-line flags take precedence. */
export interface SiteOverrides {
  title?: string;
  description?: string;
  baseUrl?: string;
}

/** A story's headline and place on the home page. `story` is a story id or a member article's file path. */
export interface StoryOverride {
  story: Located;
  headline: Located | null;
  pin: boolean;
}

/** Move an article out of its story: into its own (`to` null, written `to: new`) or into another story. */
export interface MoveOverride {
  article: Located;
  to: Located | null;
}

/** Everything the file asks for, in the order written. */
export interface Overrides {
  site: SiteOverrides;
  stories: StoryOverride[];
  /** Each group's stories become one. */
  merge: Located[][];
  move: MoveOverride[];
  hideArticles: Located[];
  hideOutlets: Located[];
}

const TOP = ["site", "stories", "merge", "move", "hide"] as const;

/** No overrides. */
export const NO_OVERRIDES: Overrides = { site: {}, stories: [], merge: [], move: [], hideArticles: [], hideOutlets: [] };

/** Read the content folder's override file, if any; each problem is an `override-invalid` error at its line. */
export function readOverrides(contentDir: string): { overrides: Overrides; diagnostics: Diagnostic[] } {
  const file = path.join(contentDir, OVERRIDES_FILE);
  if (!existsSync(file)) return { overrides: NO_OVERRIDES, diagnostics: [] };
  const { overrides, problems } = parseOverrides(readFileSync(file, "utf8"));
  return { overrides, diagnostics: problems.map((p) => overrideProblem(p)) };
}

/** An `override-invalid` diagnostic at a place of the override file. */
export function overrideProblem(problem: Problem, severity: Diagnostic["severity"] = "error"): Diagnostic {
  return { file: OVERRIDES_FILE, line: problem.line, column: problem.column, severity, ruleId: "override-invalid", message: `${problem.message}; the entry was ignored.` };
}

/** Parse the text of an override file. */
export function parseOverrides(source: string): { overrides: Overrides; problems: Problem[] } {
  const reader = new YamlReader(source);
  const overrides: Overrides = { site: {}, stories: [], merge: [], move: [], hideArticles: [], hideOutlets: [] };
  if (reader.root === null || (reader.root && "value" in reader.root && reader.root.value === null)) return { overrides, problems: reader.problems };
  for (const { key, at, value } of reader.entries(reader.root, "the override file", TOP) ?? []) {
    if (key === "site") overrides.site = readSite(reader, value, at);
    else if (key === "stories") for (const item of reader.items(value)) pushIf(overrides.stories, readStory(reader, item));
    else if (key === "merge") for (const item of reader.items(value)) pushIf(overrides.merge, readMerge(reader, item));
    else if (key === "move") for (const item of reader.items(value)) pushIf(overrides.move, readMove(reader, item));
    else readHide(reader, value, at, overrides);
  }
  return { overrides, problems: reader.problems };
}

function pushIf<T>(list: T[], item: T | null): void {
  if (item !== null) list.push(item);
}

function readSite(reader: YamlReader, node: Node | null, at: Located): SiteOverrides {
  const site: SiteOverrides = {};
  for (const entry of reader.entries(node, "`site`", ["title", "description", "baseUrl"], at) ?? []) {
    const value = reader.text(entry.value, `\`site.${entry.key}\``, entry.at);
    if (!value) continue;
    if (entry.key === "baseUrl") {
      if (/^https?:\/\/[^/\s]+(?:\/\S*)?$/.test(value.text) && URL.canParse(value.text)) site.baseUrl = value.text.endsWith("/") ? value.text : `${value.text}/`;
      else reader.fail(entry.value, `\`site.baseUrl\` must be an absolute http(s) URL such as https://example.org/news/, not “${value.text}”`);
    } else if (entry.key === "title") site.title = value.text;
    else site.description = value.text;
  }
  return site;
}

function readStory(reader: YamlReader, node: Node): StoryOverride | null {
  const entries = reader.entries(node, "an entry of `stories`", ["story", "headline", "pin"]);
  if (!entries) return null;
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const storyEntry = byKey.get("story");
  if (!storyEntry) {
    reader.fail(node, "An entry of `stories` needs `story:` (a story id or a member article's file path)");
    return null;
  }
  const story = reader.text(storyEntry.value, "`story`", storyEntry.at);
  const headlineEntry = byKey.get("headline");
  const headline = headlineEntry ? reader.text(headlineEntry.value, "`headline`", headlineEntry.at) : null;
  const pinEntry = byKey.get("pin");
  const pin = pinEntry ? reader.flag(pinEntry.value, "`pin`", pinEntry.at) : false;
  if (!story || (headlineEntry && !headline) || pin === null) return null;
  if (!headline && !pin) {
    reader.fail(node, "An entry of `stories` sets nothing: give it `headline:` or `pin: true`");
    return null;
  }
  return { story, headline, pin };
}

function readMerge(reader: YamlReader, node: Node): Located[] | null {
  const refs = reader.items(node).map((item) => reader.text(item, "each story of a merge"));
  if (refs.some((ref) => ref === null)) return null;
  const group = refs.filter((ref): ref is Located => ref !== null);
  if (group.length < 2) {
    reader.fail(node, "A merge lists at least two stories (ids or member articles' file paths), as `- [first, second]`");
    return null;
  }
  return group;
}

function readMove(reader: YamlReader, node: Node): MoveOverride | null {
  const entries = reader.entries(node, "an entry of `move`", ["article", "to"]);
  if (!entries) return null;
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const articleEntry = byKey.get("article");
  const toEntry = byKey.get("to");
  if (!articleEntry || !toEntry) {
    reader.fail(node, "An entry of `move` needs `article:` (a file path) and `to:` (`new`, a story id or a member article's file path)");
    return null;
  }
  const article = reader.text(articleEntry.value, "`article`", articleEntry.at);
  const to = reader.text(toEntry.value, "`to`", toEntry.at);
  if (!article || !to) return null;
  return { article, to: to.text === "new" ? null : to };
}

function readHide(reader: YamlReader, node: Node | null, at: Located, overrides: Overrides): void {
  for (const entry of reader.entries(node, "`hide`", ["articles", "outlets"], at) ?? []) {
    const target = entry.key === "articles" ? overrides.hideArticles : overrides.hideOutlets;
    for (const item of reader.items(entry.value)) pushIf(target, reader.text(item, `each of \`hide.${entry.key}\``));
  }
}
