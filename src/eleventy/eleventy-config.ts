/**
 * Eleventy's table of contents: where templates live, which plugins and filters they use. The pages' data
 * (`roundup`) is added by eleventy-adapter.ts from the pipeline's output; Eleventy never reads content/. Applied
 * through the Eleventy constructor's `config` callback rather than a configuration file, so that the installed
 * package needs no file Eleventy would compile, and a site's own `eleventy.config.js`, if any, is never picked up.
 */
import path from "node:path";
import { type EleventyConfig, HtmlBasePlugin } from "@11ty/eleventy";
import type { Environment } from "nunjucks";
import { filtersPlugin } from "./template-filters.ts";
import { nunjucksCompileCache } from "./nunjucks-compile-cache.ts";

/** Configure Eleventy to render the template folder `templates` (the shipped one, or one merged with a site's). */
export function configureEleventy(eleventyConfig: EleventyConfig, templates: string): void {
  // Note: article text is data; autoescape keeps every field printed as text unless it is SafeHtml.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.setTemplateFormats(["njk"]);
  eleventyConfig.setIncludesDirectory("_includes");
  eleventyConfig.setLayoutsDirectory("_layouts");
  eleventyConfig.setDataDirectory("_data");
  // Note: an installed roundup's templates are under node_modules/, which Eleventy ignores by default, as it does
  // what the working folder's .gitignore lists (node_modules/ in every site). The input is only ever a template
  // folder, so neither rule has anything else to keep out.
  eleventyConfig.ignores.delete("**/node_modules/**");
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(nunjucksCompileCache);
  // Note: Eleventy takes passthrough paths relative to the working folder.
  eleventyConfig.addPassthroughCopy({ [`${path.relative(process.cwd(), templates) || "."}/assets`]: "assets" });
  eleventyConfig.setQuietMode(true);
  // Note: Eleventy makes its "Configuration" benchmarks before it learns that it is to be quiet, so a filter that
  // takes over 50 ms of a run (a busy machine is enough) printed a "Benchmark" warning into the build's output.
  eleventyConfig.benchmarkManager?.get("Configuration").setIsVerbose(false);
  // Note: on an edit in a watch run, Eleventy drops the edited include from Nunjucks' cache by its path under the
  // working folder, which misses a template folder outside it (a site's merged templates, in the temporary
  // folder); so each rebuild of the preview starts with an empty include cache (a dozen small files to compile).
  let nunjucks: Environment | null = null;
  eleventyConfig.amendLibrary("njk", (library: Environment) => {
    nunjucks = library;
  });
  eleventyConfig.on("eleventy.beforeWatch", () => nunjucks?.invalidateCache());
}
