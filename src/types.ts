/** Shared data shapes of the pipeline: what `src/` hands to grouping, to the site and to the JSON export. */

/** HTML that went through `sanitize`; the only string templates may print unescaped. */
export type SafeHtml = string & { readonly __brand: "SafeHtml" };

/** How an article's body is written, as detected by `detectBodyFormat`. */
export type BodyFormat = "markdown" | "html" | "text";

/** One link of an aggregator item's list of coverage (Google News RSS and its kind). */
export interface RelatedLink {
  title: string;
  publisher: string | null;
  url: string;
}

/**
 * A date as the source gave it, kept at its precision: `2026-01-05`, `2026-01-05T21:40`, `2026-01-05T00:13:58`,
 * or with a zone (`2026-01-05T09:40:00+08:00`, `…Z`). Compare through `dateValue` in `src/dates.ts`.
 */
export type IsoDate = string;

/** One article after cleaning and extraction: everything grouping and the site need, nothing they must re-parse. */
export interface Article {
  /** Unique, URL-safe, stable for the same file: used in URLs (`/articles/<id>/`) and the JSON export. */
  id: string;
  /** Path relative to the content folder, forward slashes. */
  file: string;
  title: string;
  date: IsoDate | null;
  /** When the article says it was last changed (a saved page's `dateModified`), only when later than `date`. */
  updated: IsoDate | null;
  publisher: string | null;
  author: string | null;
  /** Link to the original article (http/https only). */
  url: string | null;
  summary: string | null;
  /** Wire service or photo agency named in the text (`Reuters`, `Bloomberg`). */
  credit: string | null;
  /** Place the report was filed from (`SEOUL`, `BEIJING`). */
  dateline: string | null;
  /** Image URL that resolves (absolute http(s), or a site path of a copied asset). */
  image: string | null;
  tags: string[];
  bodyFormat: BodyFormat;
  frontMatter: boolean;
  /** The cleaned body, sanitized. */
  html: SafeHtml;
  /** The cleaned body as plain text, block elements separated by newlines. */
  text: string;
  /** Aggregator items: the coverage they list, in order. */
  related: RelatedLink[];
  /** sha256 of the file's bytes, hex. */
  contentHash: string;
}

/** Severity of a diagnostic, as in the build report. */
export type Severity = "error" | "warning" | "info";

/** One problem or decision about one file, with its place in the original file. */
export interface Diagnostic {
  file: string;
  line: number | null;
  column: number | null;
  severity: Severity;
  message: string;
  ruleId: string;
}

/** One entry of a story's source list. */
export interface Source {
  publisher: string;
  title: string;
  url: string | null;
  date: IsoDate | null;
  /** Our article page when the source is one of our articles. */
  articleId: string | null;
  /** Our article's file, which names the source when its outlet is unknown. */
  file?: string;
  /** Labels a reader can use: `wire`, `aggregator`, `related` (listed by an aggregator item). */
  labels: string[];
}

/** Why a story's articles belong together, for the "why grouped" disclosure. */
export interface StoryEvidence {
  sharedEntities: string[];
  sharedTerms: string[];
  /** Explicit links: same canonical URL, aggregator listing, republished wire copy. */
  links: string[];
  span: { from: IsoDate | null; to: IsoDate | null };
  /** Figures with what they count (`14 memorandum`, `$568 billion`) that at least two members give. */
  sharedNumbers?: string[];
  /** A day at least two members mention in their text (`March 5`, `2015-03-05`). */
  eventDate?: string | null;
  /** How much each feature of the grouping model weighed in joining the members (log-odds), largest first. */
  featureWeights?: Array<{ feature: string; weight: number }>;
}

/** One news event and every article about it. */
export interface Story {
  /** Stable id; the story URL is `/stories/<id>/`. */
  id: string;
  headline: string;
  summary: string | null;
  firstSeen: IsoDate | null;
  lastUpdated: IsoDate | null;
  /** Member articles, oldest first (undated last), ties by id. */
  articleIds: string[];
  sources: Source[];
  evidence: StoryEvidence;
  /** Set by an editor: pinned stories lead the home page, rank 1 first. */
  pin?: number;
  /** Independent reports, copies and the numbers reports disagree on (`src/reports/`, `src/claims/`). */
  reports?: StoryReports;
}

/** Whose report an article carries when it is not its own: a wire service, or another member article's text. */
export type CopyOf = { wire: string } | { file: string };

/** One independent report and the sources that carry it. */
export interface ReportGroup {
  /** Who reported: the wire service, the outlet, or for an unknown outlet its site or file. */
  by: string;
  /** A wire service's report. */
  wire: boolean;
  /** Its original first when the story has it, then the copies. */
  sources: Array<{ source: Source; copy: boolean; carrier: string }>;
}

/** One value claimed for a thing, and who claims it. */
export interface ClaimedValue {
  /** The number as written, with what it counts: `15 agreements`. */
  value: string;
  /** The sentence that claims it. */
  text: string;
  /** Files of the articles that claim it. */
  articles: string[];
  publishers: string[];
}

/** Independent reports that give different values for one thing. */
export interface Disagreement {
  /** What the number is about: `agreements signed (two countries)`. */
  about: string;
  claims: ClaimedValue[];
}

/** A story's coverage as reports: copies folded under their originals, and where independent reports differ. */
export interface StoryReports {
  groups: ReportGroup[];
  /** Article id → whose report it carries; articles of their own reporting are absent. */
  copyOf: Record<string, CopyOf>;
  disagreements: Disagreement[];
}

/** What became of one file of the content folder. */
export interface LedgerEntry {
  file: string;
  status: "rendered" | "merged" | "skipped" | "data" | "asset";
  reason: string | null;
  /** For merged files: the file they repeat. */
  into: string | null;
  articleId: string | null;
}
