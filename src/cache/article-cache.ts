/**
 * A cache of processed files keyed by what their processing depends on: the code version, the file's path
 * relative to the content folder (ids, messages and inferred titles use it), the size limits and the bytes.
 * Two dependencies are checked rather than keyed: the build clock (a date is clamped when it lies in the future)
 * and the file system (a local image path resolves or not). Results that depended on either are not stored.
 */
import { createHash } from "node:crypto";
import { existsSync, utimesSync } from "node:fs";
import { dateValue } from "../dates.ts";
import type { FileOutcome, PipelineOptions } from "../pipeline.ts";
import { appendEntries, cacheFileOf, type Entry, readEntries, writeEntries } from "./cache-file.ts";

export { cacheFileOf } from "./cache-file.ts";

// Note: outcomes that depend on more than the key: time limits and crashes (not properties of the file), a
// clamped future date (depends on the clock), local images (depend on other files).
const UNCACHEABLE_RULES = new Set(["processing-timeout", "processing-failed", "read-failed", "date-in-future", "image-missing"]);
// Note: below this share of entries no longer used, a save appends the new entries instead of rewriting the file.
const STALE_SHARE = 0.1;

// Note: a process that builds again (`roundup serve`) keeps what the file holds, and reads it only once.
const memory = new Map<string, { version: string; entries: Map<string, Entry> }>();

/** Processed files of one content folder, loaded at the start of a build and saved after processing. */
export class ArticleCache {
  hits = 0;
  misses = 0;
  /** Entries this build used or made: what a rewrite keeps. */
  private readonly kept = new Map<string, Entry>();
  /** Entries this build made. */
  private readonly fresh = new Map<string, Entry>();

  private constructor(
    private readonly file: string,
    /** The code and outlet registry the entries belong to. */
    readonly version: string,
    /** What the file holds. */
    private readonly stored: Map<string, Entry>,
  ) {}

  /** Open the cache of `contentDir` under `dir`; a missing, stale or unreadable cache is an empty one. */
  static open(dir: string, contentDir: string, version: string): ArticleCache {
    const file = cacheFileOf(dir, contentDir);
    const known = memory.get(file);
    if (known && known.version === version && existsSync(file)) return new ArticleCache(file, version, known.entries);
    const entries = readEntries(file, version);
    if (entries.size > 0) {
      // Note: marks the cache as used, so that pruning keeps it even when a build changed nothing (another build
      // may have pruned it a moment ago: then there is nothing to mark).
      const now = new Date();
      try {
        utimesSync(file, now, now);
      } catch {
        // The entries are already read.
      }
    }
    return new ArticleCache(file, version, entries);
  }

  /** The key of one file's processing. */
  key(relativePath: string, bytes: Uint8Array, options: PipelineOptions): string {
    return createHash("sha256").update(`${relativePath}\0${options.maxFileSize}\0${options.maxFrontMatterSize}\0`).update(bytes).digest("hex");
  }

  /** The stored outcome, when it is still what processing would produce under the clock `now`. */
  get(key: string, now: number): FileOutcome | null {
    const entry = this.fresh.get(key) ?? this.stored.get(key);
    if (!entry || (entry.date !== null && entry.date > now)) {
      this.misses += 1;
      return null;
    }
    this.hits += 1;
    this.kept.set(key, entry);
    return entry.outcome;
  }

  /** Store a fresh outcome, unless it depended on more than its key. */
  put(key: string, outcome: FileOutcome): void {
    if (outcome.diagnostics.some((d) => UNCACHEABLE_RULES.has(d.ruleId))) return;
    if (outcome.kind === "article" && outcome.article.image !== null && !/^https?:/.test(outcome.article.image)) return;
    const entry = { outcome, date: outcome.kind === "article" ? dateValue(outcome.article.date) : null };
    this.kept.set(key, entry);
    this.fresh.set(key, entry);
  }

  /**
   * Save: append this build's new entries when the file is mostly still in use (a rebuild after a few edits),
   * otherwise rewrite it with only the entries this build used or made.
   */
  save(): void {
    let stale = 0;
    for (const key of this.stored.keys()) if (!this.kept.has(key)) stale += 1;
    if (this.fresh.size === 0 && stale === 0) return;
    if (this.stored.size > 0 && stale <= STALE_SHARE * this.stored.size && existsSync(this.file)) {
      // Note: if the file is pruned between the check and the append, the next load finds no header and starts over.
      appendEntries(this.file, this.fresh);
      for (const [key, entry] of this.fresh) this.stored.set(key, entry);
      memory.set(this.file, { version: this.version, entries: this.stored });
    } else {
      writeEntries(this.file, this.version, this.kept);
      memory.set(this.file, { version: this.version, entries: new Map(this.kept) });
    }
    this.fresh.clear();
  }
}
