/**
 * A cache of processed files keyed by what their processing depends on: the code version, the file's path
 * relative to the content folder (ids, messages and inferred titles use it), the size limits and the bytes.
 * Two dependencies are checked rather than keyed: the build clock (a date is clamped when it lies in the future)
 * and the file system (a local image path resolves or not). Results that depended on either are not stored.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, utimesSync, writeSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { dateValue } from "../dates.ts";
import type { FileOutcome, PipelineOptions } from "../pipeline.ts";

interface Entry {
  outcome: FileOutcome;
  /** The article's date (ms), to check it is still not in the future under the current build clock. */
  date: number | null;
}

// Note: outcomes that depend on more than the key: time limits and crashes (not properties of the file), a
// clamped future date (depends on the clock), local images (depend on other files).
const UNCACHEABLE_RULES = new Set(["processing-timeout", "processing-failed", "read-failed", "date-in-future", "image-missing"]);

/** Processed files of one content folder, loaded at the start of a build and saved after processing. */
export class ArticleCache {
  hits = 0;
  misses = 0;
  private readonly kept = new Map<string, Entry>();
  private readonly file: string;
  private changed = false;

  private constructor(
    dir: string,
    contentDir: string,
    private readonly version: string,
    private readonly previous: Map<string, Entry>,
  ) {
    this.file = cacheFileOf(dir, contentDir);
  }

  /** Open the cache of `contentDir` under `dir`; a missing, stale or unreadable cache is an empty one. */
  static open(dir: string, contentDir: string, version: string): ArticleCache {
    return new ArticleCache(dir, contentDir, version, load(cacheFileOf(dir, contentDir), version));
  }

  /** The key of one file's processing. */
  key(relativePath: string, bytes: Uint8Array, options: PipelineOptions): string {
    return createHash("sha256").update(`${relativePath}\0${options.maxFileSize}\0${options.maxFrontMatterSize}\0`).update(bytes).digest("hex");
  }

  /** The stored outcome, when it is still what processing would produce under the clock `now`. */
  get(key: string, now: number): FileOutcome | null {
    const entry = this.previous.get(key) ?? this.kept.get(key);
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
    this.kept.set(key, { outcome, date: outcome.kind === "article" ? dateValue(outcome.article.date) : null });
    this.changed = true;
  }

  /** Write the entries this build used or made, when they differ from what was loaded; entries not used are dropped. */
  save(): void {
    if (!this.changed && this.kept.size === this.previous.size) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const fd = openSync(temporary, "w");
    try {
      writeRecord(fd, serialize({ version: this.version }));
      for (const [key, entry] of [...this.kept].sort((a, b) => (a[0] < b[0] ? -1 : 1))) writeRecord(fd, serialize([key, entry]));
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.file);
    this.previous.clear();
  }
}

/** The file holding the cache of `contentDir` in the cache folder `dir`. */
export function cacheFileOf(dir: string, contentDir: string): string {
  return path.join(dir, `articles-${createHash("sha256").update(path.resolve(contentDir)).digest("hex").slice(0, 16)}.bin`);
}

/** Length-prefixed records, so that neither saving nor loading needs the whole cache as one string. */
function writeRecord(fd: number, record: Buffer): void {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(record.length);
  writeSync(fd, length);
  writeSync(fd, record);
}

function load(file: string, version: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  if (!existsSync(file)) return entries;
  try {
    const bytes = readFileSync(file);
    let offset = 0;
    const next = (): unknown => {
      const length = bytes.readUInt32LE(offset);
      const value: unknown = deserialize(bytes.subarray(offset + 4, offset + 4 + length));
      offset += 4 + length;
      return value;
    };
    const header = next();
    if (!isHeader(header) || header.version !== version) return entries;
    while (offset < bytes.length) {
      const record = next();
      if (isRecordOf(record)) entries.set(record[0], record[1]);
    }
    // Note: marks the cache as used, so that pruning keeps it even when a build changed nothing.
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Note: a cache cut short (disk full, killed build) is only a slower build: start empty and rewrite it.
    rmSync(file, { force: true });
    entries.clear();
  }
  return entries;
}

function isHeader(value: unknown): value is { version: string } {
  return typeof value === "object" && value !== null && "version" in value && typeof value.version === "string";
}

// Note: the file is written by this module only (with the same code version, checked above), so a record that has
// the outer shape has the inner one.
function isRecordOf(value: unknown): value is [string, Entry] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "object" && value[1] !== null && "outcome" in value[1];
}
