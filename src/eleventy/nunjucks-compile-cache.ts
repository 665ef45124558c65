/**
 * Eleventy 3.1 compiles a Nunjucks template again for every page it renders (its compile cache leaves Nunjucks
 * out), so a template paginated over 16,000 articles is compiled 16,000 times, and so is its permalink. This plugin
 * renders `.njk` with Eleventy's own Nunjucks environment (same filters, same autoescape) and compiles each
 * template text, and each permalink, once per build.
 */
import nunjucks, { type Environment } from "nunjucks";
import type { EleventyConfig } from "@11ty/eleventy";

type Render = (data: object) => Promise<string>;

// Note: the same test Eleventy's Nunjucks engine uses to leave plain permalinks uncompiled.
const HAS_TAGS = /\{\{|\{%|\{#/;

/** Register the cached `.njk` engine. */
export function nunjucksCompileCache(eleventyConfig: EleventyConfig): void {
  let environment: Environment | null = null;
  const permalinks = new Map<string, Render>();
  eleventyConfig.amendLibrary("njk", (library: Environment) => {
    environment = library;
    permalinks.clear();
  });
  const compile = (text: string, inputPath: string): Render => {
    if (!environment) throw new Error("Eleventy's Nunjucks environment was not set up before the first compile");
    const template = new nunjucks.Template(text, environment, inputPath, true);
    return (data) =>
      new Promise((resolve, reject) => {
        template.render(data, (error, result) => (error ? reject(error) : resolve(result ?? "")));
      });
  };
  eleventyConfig.addExtension("njk", {
    compileOptions: {
      // Note: Eleventy keys this cache by input path and template text, and clears it when a file changes.
      cache: true,
      permalink: (value: unknown, inputPath: string) => {
        if (typeof value !== "string" || !HAS_TAGS.test(value)) return () => value;
        const key = `${inputPath}\0${value}`;
        const render = permalinks.get(key) ?? compile(value, inputPath);
        permalinks.set(key, render);
        return render;
      },
    },
    compile,
  });
}
