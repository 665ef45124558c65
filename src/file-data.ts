/** The typed keys each stage writes to `file.data`; one key per stage, so stages never read each other's internals. */
import type { Root as HastRoot } from "hast";
import type { PageFields } from "./page/page-metadata.ts";
import type { BodyFormat, IsoDate, RelatedLink, SafeHtml } from "./types.ts";

/** What `parseFrontMatter` found. */
export interface FrontMatterData {
  present: boolean;
  language: string | null;
  data: Record<string, unknown>;
  /** 1-based line of the original file where the body starts. */
  bodyLine: number;
  /** 1-based line of each top-level key, for messages about its value. */
  keyLines: Record<string, number>;
}

/** Metadata that cleaning found in the text and moved out of the body. */
export interface TextFindings {
  title: string | null;
  titleInferred: boolean;
  standfirst: string | null;
  dates: Array<{ value: IsoDate; source: string }>;
  credit: string | null;
  photoCredits: string[];
  imageCredit: string | null;
  dateline: string | null;
  author: string | null;
}

declare module "vfile" {
  interface DataMap {
    /** Path relative to the content folder, forward slashes. */
    relativePath: string;
    contentHash: string;
    encoding: string;
    /** The decoded text of the whole file. */
    text: string;
    frontMatter: FrontMatterData;
    /** The body as it moves through the text stages (repair, furniture). */
    body: string;
    bodyFormat: { format: BodyFormat; reason: string };
    /** Whether an HTML body is a whole saved page (its main text is extracted) or a fragment, and why. */
    pageKind: { kind: "page" | "fragment"; reason: string };
    /** Metadata a saved page carries (JSON-LD, Open Graph, meta tags), each field with its source. */
    pageFields: PageFields;
    findings: TextFindings;
    /** HTML before sanitizing: never printed, only handed to `sanitize`. */
    unsafeHtml: string;
    /** Metadata an HTML document carries in its head (`<title>`, `<meta>`). */
    htmlMeta: Record<string, string>;
    /** The body as a tree: built from plain text, then replaced by the sanitized tree. */
    hast: HastRoot;
    html: SafeHtml;
    plainText: string;
    related: RelatedLink[];
  }
}

/** Empty findings, for stages that start a file's record. */
export function emptyFindings(): TextFindings {
  return {
    title: null,
    titleInferred: false,
    standfirst: null,
    dates: [],
    credit: null,
    photoCredits: [],
    imageCredit: null,
    dateline: null,
    author: null,
  };
}
