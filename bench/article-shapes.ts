/**
 * The shapes editors drop into `content/`, written out for the benchmark corpus: front-mattered markdown, aggregator
 * items listing other outlets' coverage, plain text copied from a web page with its furniture, and plain text with
 * no title line. Each returns the file's text and the body a plain markdown page would show.
 */
import type { Random } from "./prng.ts";
import { PROMOS, WIRE_CREDITS } from "./vocabulary.ts";

/** One article before it is given a shape. */
export interface ArticleText {
  headline: string;
  standfirst: string;
  paragraphs: string[];
  headings: string[];
  outlet: { name: string; domain: string };
  author: string;
  /** ISO date and time, `2026-01-05T21:40:00`. */
  date: string;
  dateline: string;
  caption: string;
  tags: string[];
  /** Other outlets' headlines about the same event, for aggregator items. */
  coverage: Array<{ title: string; outlet: string }>;
}

/** A written file: its text and, for the baseline site, its title and body. */
export interface ShapedFile {
  extension: ".md" | ".txt" | ".html";
  text: string;
  title: string;
  body: string;
}

/** The shapes, with how often each occurs. */
export const SHAPES = [
  { weight: 35, write: markdownArticle },
  { weight: 15, write: aggregatorItem },
  { weight: 35, write: copiedPage },
  { weight: 15, write: untitledText },
] as const;

const quote = (value: string): string => JSON.stringify(value);
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function published(date: string): string {
  const d = new Date(`${date}Z`);
  const hours = d.getUTCHours();
  const clock = `${String(hours % 12 || 12).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")} ${hours < 12 ? "AM" : "PM"}`;
  return `${DAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} · ${clock}`;
}

function withHeadings(random: Random, paragraphs: readonly string[], headings: readonly string[], mark: (h: string) => string): string[] {
  const out: string[] = [];
  paragraphs.forEach((paragraph, i) => {
    if (i > 1 && i % 4 === 2 && headings.length > 0) out.push(mark(random.pick(headings)));
    out.push(paragraph);
  });
  return out;
}

/** Jekyll/Hugo-style front matter over a markdown body; now and then mojibake, as CMS exports have it. */
function markdownArticle(random: Random, a: ArticleText): ShapedFile {
  const blocks = withHeadings(random, a.paragraphs, a.headings, (h) => `## ${h}`);
  if (random.chance(0.3)) blocks.splice(2, 0, a.paragraphs.slice(0, 3).map((p) => `- ${p.split(". ")[0]}.`).join("\n"));
  let body = blocks.join("\n\n");
  if (random.chance(0.08)) body = body.replace(/'/g, "\u00e2\u20ac\u2122");
  const image = random.chance(0.4) ? `https://images.${a.outlet.domain}/${random.hex(24)}.jpg` : "";
  const text = [
    "---",
    "layout: post",
    `title: ${quote(a.headline)}`,
    `date: ${a.date}`,
    `author: ${quote(a.author)}`,
    `publisher: ${quote(a.outlet.name)}`,
    "categories: [News]",
    `tags: [${a.tags.join(", ")}]`,
    `excerpt: ${quote(a.standfirst)}`,
    `image: ${image}`,
    `url: https://www.${a.outlet.domain}/news/${random.hex(10)}`,
    "---",
    "",
    body,
    "",
  ].join("\n");
  return { extension: random.chance(0.5) ? ".md" : ".txt", text, title: a.headline, body };
}

/** A news aggregator's RSS item: front matter, and an HTML list of other outlets' headlines. */
function aggregatorItem(random: Random, a: ArticleText): ShapedFile {
  const link = (): string => `https://news.aggregator.example/rss/articles/${random.hex(180)}?oc=5`;
  const items = [{ title: a.headline, outlet: a.outlet.name }, ...a.coverage];
  const body = `<ol>${items.map((item) => `<li><a href="${link()}" target="_blank">${item.title}</a>&nbsp;&nbsp;<font color="#6f6f6f">${item.outlet}</font></li>`).join("")}</ol>`;
  const glued = items.map((item) => `${item.title}&nbsp;&nbsp;${item.outlet}`).join("");
  const text = [
    "---",
    `title: ${quote(`${a.headline} - ${a.outlet.name}`)}`,
    `date: ${a.date.slice(0, 10)}`,
    `description: ${quote(glued)}`,
    `summary: ${quote(glued)}`,
    "image: ''",
    `link: '${link()}'`,
    `source: 'https://news.aggregator.example/rss/topics/${random.hex(40)}?hl=en-US'`,
    "categories:",
    "- 'news.aggregator.example'",
    "tags:",
    ...a.tags.map((tag) => `- '${tag}'`),
    "",
    "draft: false",
    "---",
    body,
    "",
  ].join("\n");
  return { extension: random.chance(0.7) ? ".txt" : ".html", text, title: a.headline, body };
}

/** Plain text copied from a news page: title, sign-up prompts, a caption and its credit, dateline, wire credit. */
function copiedPage(random: Random, a: ArticleText): ShapedFile {
  const wire = random.pick(WIRE_CREDITS);
  const curly = (s: string): string => s.replace(/'/g, "\u2019");
  const paragraphs = a.paragraphs.map(curly);
  const indent = random.chance(0.4) ? "    " : "";
  const lines: string[] = [a.headline];
  if (indent) {
    lines.push("", a.standfirst, "", `${indent}• ${a.caption}`, `${indent}• ${a.caption} PHOTO: ${wire}`, `${indent}Published ${published(a.date)}`, "");
    lines.push(`${indent}[${a.dateline.toUpperCase()}] ${paragraphs[0] ?? ""}`, "");
    for (const p of paragraphs.slice(1)) lines.push(`${indent}${p}`, "");
    lines.push(`${indent}${wire}`, "", `${indent}${random.pick(PROMOS)}`, "");
  } else {
    lines.push(random.pick(PROMOS), a.caption, `PHOTO: ${wire}`, "Follow topic:");
    lines.push(`${a.dateline.toUpperCase()} – ${paragraphs[0] ?? ""}`, ...paragraphs.slice(1, -1));
    lines.push(`${paragraphs.at(-1) ?? ""} ${wire}`);
  }
  const text = `${lines.join("\n")}\n`;
  return { extension: ".txt", text, title: a.headline, body: lines.slice(1).join("\n\n") };
}

/** Plain text with no title line, opening with a date, section headings as bare lines. */
function untitledText(random: Random, a: ArticleText): ShapedFile {
  const blocks = withHeadings(random, a.paragraphs, a.headings, (h) => h);
  const text = ` date ${a.date.slice(0, 10)} ${blocks.join("\n\n")}\n`;
  return { extension: ".txt", text, title: a.paragraphs[0]?.split(". ")[0] ?? a.headline, body: blocks.join("\n\n") };
}
