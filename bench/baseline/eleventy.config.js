// The floor roundup is measured against: plain Eleventy 3 rendering the benchmark corpus's bodies as markdown
// pages with one layout. No grouping, no cleaning, Eleventy's defaults otherwise (markdown-it, Nunjucks layouts).
// bench/run.ts copies `_layouts/page.njk` into the input folder it generates.
export default function configure(eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  eleventyConfig.addGlobalData("layout", "page.njk");
  return {
    dir: { layouts: "_layouts" },
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
