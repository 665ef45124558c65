/** Stage: a markdown body to (unsanitized) HTML with unified: remark-parse → remark-gfm → remark-rehype → rehype-stringify. */
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { VFile } from "vfile";

// Note: inline HTML in markdown is kept as raw HTML here and made safe by `sanitize`, the next stage.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** Convert `file.data.body` to `file.data.unsafeHtml`. */
export function markdownToHtml(file: VFile): void {
  file.data.unsafeHtml = String(processor.processSync(file.data.body ?? ""));
}
