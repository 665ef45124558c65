/** Filters templates may use: formatting only, never parsing or grouping. */
import type { EleventyConfig } from "@11ty/eleventy";

/** "1 outlet" / "3 outlets". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** JSON for `<script type="application/ld+json">`: `<` escaped so no string can close the element. */
export function jsonScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

/** Register the filters with Eleventy. */
export function filtersPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("plural", plural);
  eleventyConfig.addFilter("jsonScript", jsonScript);
}
