/**
 * `content/_stories.json`: the story ids of the last build, each with its member files, the redirects of merged
 * stories, and each file's article id with the redirects of renamed articles, so that URLs outlive regrouping and
 * corrected titles. Written by `roundup build`, committed with the content, read by every command.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SAFE_ID } from "../permalinks/article-ids.ts";
import { type ArticleUrls, NO_ARTICLE_URLS } from "../permalinks/track-article-ids.ts";
import { EMPTY_LEDGER, type StoryIdLedger } from "../permalinks/story-ids.ts";
import { isRecord } from "../records.ts";
import type { Diagnostic } from "../types.ts";

/** The ledger file, relative to the content folder. */
export const STORY_IDS_FILE = "_stories.json";

const invalid = (message: string): Diagnostic => ({ file: STORY_IDS_FILE, line: null, column: null, severity: "warning", ruleId: "story-ids-invalid", message });

/** What the file keeps. */
export interface SavedIds {
  ledger: StoryIdLedger;
  articles: ArticleUrls;
}

/** The saved ledger; a missing file is an empty ledger, a broken one is reported and read as far as it is sound. */
export function readStoryIds(contentDir: string): SavedIds & { diagnostics: Diagnostic[] } {
  const file = path.join(contentDir, STORY_IDS_FILE);
  const empty = { ledger: EMPTY_LEDGER, articles: NO_ARTICLE_URLS };
  if (!existsSync(file)) return { ...empty, diagnostics: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (cause) {
    return { ...empty, diagnostics: [invalid(`The story id file is not valid JSON (${cause instanceof Error ? cause.message : String(cause)}), so story ids start afresh.`)] };
  }
  if (!isRecord(data) || !isRecord(data.stories) || !isRecord(data.redirects)) {
    return { ...empty, diagnostics: [invalid("The story id file must hold `stories` and `redirects` objects, so story ids start afresh.")] };
  }
  const ledger: StoryIdLedger = { stories: {}, redirects: {} };
  let dropped = 0;
  for (const [id, members] of Object.entries(data.stories)) {
    if (SAFE_ID.test(id) && Array.isArray(members) && members.every((m) => typeof m === "string")) ledger.stories[id] = members.filter((m): m is string => typeof m === "string");
    else dropped += 1;
  }
  const idMap = (value: unknown, target: Record<string, string>, keyIsId: boolean): void => {
    if (!isRecord(value)) return;
    for (const [key, id] of Object.entries(value)) {
      if ((!keyIsId || SAFE_ID.test(key)) && typeof id === "string" && SAFE_ID.test(id)) target[key] = id;
      else dropped += 1;
    }
  };
  idMap(data.redirects, ledger.redirects, true);
  // Note: prototype-less records, since their keys come from a file anyone may edit (`"__proto__": …`).
  const ids: Record<string, string> = Object.create(null);
  const redirects: Record<string, string> = Object.create(null);
  const articles: ArticleUrls = { ids, redirects };
  idMap(data.articles, articles.ids, false);
  idMap(data.articleRedirects, articles.redirects, true);
  return { ledger, articles, diagnostics: dropped > 0 ? [invalid(`${dropped} entries of the story id file are malformed and were ignored.`)] : [] };
}

/** The file's text: stable key order, one entry per line, so that a change reads well in a diff. */
export function formatStoryIds(saved: SavedIds): string {
  const { ledger, articles } = saved;
  return `${JSON.stringify({ version: 1, stories: ledger.stories, redirects: ledger.redirects, articles: articles.ids, articleRedirects: articles.redirects }, null, 2)}\n`;
}

/** Save the ledger when it changed; a failure to write is reported, not thrown (the site is already built). */
export function writeStoryIds(contentDir: string, saved: SavedIds): Diagnostic[] {
  const file = path.join(contentDir, STORY_IDS_FILE);
  const text = formatStoryIds(saved);
  try {
    if (existsSync(file) && readFileSync(file, "utf8") === text) return [];
    // Note: written beside and renamed over, so an interrupted build never leaves half a file to be read.
    writeFileSync(`${file}.tmp-${process.pid}`, text);
    renameSync(`${file}.tmp-${process.pid}`, file);
    return [];
  } catch (cause) {
    return [{ file: STORY_IDS_FILE, line: null, column: null, severity: "warning", ruleId: "story-ids-unwritable", message: `The story ids could not be saved: ${cause instanceof Error ? cause.message : String(cause)}.` }];
  }
}
