import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds spawn Eleventy and a browser, two at a time on a 2-core machine: these limits catch hangs, they
    // measure nothing (speed is the benchmark's business).
    testTimeout: 300_000,
    hookTimeout: 900_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
