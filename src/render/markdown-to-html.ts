/** Stage: a markdown body to (unsanitized) HTML with unified: remark-parse → remark-gfm → remark-rehype → rehype-stringify. */
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { VFile } from "vfile";
import { MAX_MARKDOWN_DEPTH, estimateMarkdownDepth } from "./limit-nesting.ts";

// Note: inline HTML in markdown is kept as raw HTML here and made safe by `sanitize`, the next stage.
const withGfm = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();
const commonMark = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true }).freeze();

// Note: every GFM construct needs one of these: a table a `|`, strikethrough a `~`, a footnote `[^`, a task list
// item `[ ]` or `[x]` (any white space inside), a literal autolink `www.`, `http(s)://` or an `@`. Without any of
// them GFM parses as plain CommonMark, and skipping its extensions (most of the parse time of a long article)
// changes nothing.
const GFM_TRIGGER = /[|~@]|\[\^|\[[\s xX]\]|www\.|https?:\/\//i;

/** Thrown when a body nests deeper than markdown can be converted in bounded time; the pipeline falls back to text. */
export class MarkdownTooDeep extends RangeError {}

/** Convert `file.data.body` to `file.data.unsafeHtml`. */
export function markdownToHtml(file: VFile): void {
  const body = file.data.body ?? "";
  if (estimateMarkdownDepth(body) > MAX_MARKDOWN_DEPTH) throw new MarkdownTooDeep(`markdown nested deeper than ${MAX_MARKDOWN_DEPTH} levels`);
  file.data.unsafeHtml = String((GFM_TRIGGER.test(body) ? withGfm : commonMark).processSync(body));
}
