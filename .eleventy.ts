// Eleventy's table of contents: where templates live, which plugins and filters they use, what to watch.
// The pages' data (`roundup`) is added by src/eleventy/eleventy-adapter.ts from the pipeline's output;
// Eleventy never reads content/.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type EleventyConfig, HtmlBasePlugin } from "@11ty/eleventy";
import { filtersPlugin } from "./src/eleventy/template-filters.ts";
import { nunjucksCompileCache } from "./src/eleventy/nunjucks-compile-cache.ts";

const root = path.dirname(fileURLToPath(import.meta.url));
const fromCwd = (folder: string): string => path.relative(process.cwd(), path.join(root, folder)) || ".";

export default function configure(eleventyConfig: EleventyConfig) {
  // Note: article text is data; autoescape keeps every field printed as text unless it is SafeHtml.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.setTemplateFormats(["njk"]);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(nunjucksCompileCache);
  eleventyConfig.addPassthroughCopy({ [`${fromCwd("templates")}/assets`]: "assets" });
  eleventyConfig.setQuietMode(true);
  return {
    dir: { input: fromCwd("templates"), includes: "_includes", layouts: "_layouts", data: "_data" },
    htmlTemplateEngine: false,
    markdownTemplateEngine: false,
  };
}
