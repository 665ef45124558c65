/**
 * The vocabulary of the search index's parts (src/search/search-index.ts): every word of the indexed pages' main
 * content, lowercased and each once, as one text per part that Pagefind indexes as a record of the primary bundle.
 * Pagefind splits and stems this text as it does the pages, so the primary then knows the words of the whole site,
 * and which part holds each. The words are whitespace-separated tokens without the punctuation around them. The
 * parts of a page that Pagefind ignores (`data-pagefind-ignore`) are left out: their words are not searched.
 */
import { decodeHTML } from "entities";

/** The filter that marks the vocabulary record; the search page leaves it out of results. */
export const VOCABULARY_FILTER = "roundup-vocabulary";
/** The record's address: the search page itself, should a result ever show it. */
export const VOCABULARY_URL = "/search/";

const TAG = /<[^>]*>/g;
// Note: Pagefind drops the punctuation around a word ("name." and "(name" are both "name"), so the vocabulary keeps
// the word only: it is smaller, and an edit in words the site already has leaves it as it was (the parts of the
// index it did not reach are then reused). Punctuation inside a word ("u.s.", "co-op") stays, as Pagefind reads it.
const EDGE_PUNCTUATION = /^\p{P}+|\p{P}+$/gu;
// Note: Pagefind indexes an image's alternative text with the page's words.
const ALT = /\salt="([^"]*)"/g;

const IGNORED_OPENING = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/g;

/**
 * The markup with every element marked `data-pagefind-ignore` (the site's own templates: well-formed, not content)
 * replaced by what `replace` makes of it: a space, by default.
 */
export function withoutIgnored(html: string, replace: (element: string) => string = () => " "): string {
  let out = "";
  let from = 0;
  IGNORED_OPENING.lastIndex = 0;
  for (let match = IGNORED_OPENING.exec(html); match; match = IGNORED_OPENING.exec(html)) {
    const tag = match[1] ?? "";
    const nested = new RegExp(`<(/?)${tag}\\b[^>]*>`, "g");
    nested.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = html.length;
    for (let next = nested.exec(html); next; next = nested.exec(html)) {
      depth += next[1] ? -1 : 1;
      if (depth === 0) {
        end = next.index + next[0].length;
        break;
      }
    }
    out += html.slice(from, match.index) + replace(html.slice(match.index, end));
    from = end;
    IGNORED_OPENING.lastIndex = end;
  }
  return out + html.slice(from);
}

/** The words of one rendered page (its `<main>` element, where Pagefind's indexed content is), each once. */
export function pageWords(html: string): string[] {
  const start = html.indexOf("<main");
  const end = html.indexOf("</main>", start);
  if (start < 0 || end < 0) return [];
  const main = withoutIgnored(html.slice(start, end));
  const alts = [...main.matchAll(ALT)].map((match) => match[1] ?? "").join(" ");
  const words = new Set<string>();
  for (const token of decodeHTML(`${main.replace(TAG, " ")} ${alts}`).split(/\s+/)) {
    const word = token.replace(EDGE_PUNCTUATION, "");
    if (word) words.add(word.toLowerCase());
  }
  return [...words];
}

/** Collects the words of pages, then gives them sorted, so that the same pages give the same list. */
export class VocabularyBuilder {
  private readonly words = new Set<string>();

  /** Add words of pages ({@link pageWords}). */
  add(words: Iterable<string>): void {
    for (const word of words) this.words.add(word);
  }

  /** Every word, once, in code-point order. */
  list(): string[] {
    return [...this.words].sort();
  }
}
