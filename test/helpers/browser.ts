/** Debian's Chromium driven by playwright-core (no downloaded browsers), and axe-core injected into pages. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, type Page, chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Launch the system Chromium, headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** One axe violation, flattened for readable assertion failures. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

// Runs in the page; flattens axe's result to plain data.
const RUN_AXE = `axe.run(document, { resultTypes: ["violations"] }).then((result) => result.violations.map((v) => ({
  id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")),
})))`;

const isViolation = (value: unknown): value is AxeViolation =>
  typeof value === "object" && value !== null && "id" in value && typeof value.id === "string" && "targets" in value && Array.isArray(value.targets);

/** Run axe-core on the page as loaded: WCAG 2.x A and AA rules and best practices. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result: unknown = await page.evaluate(RUN_AXE);
  if (!Array.isArray(result) || !result.every(isViolation)) throw new Error(`unexpected axe result: ${JSON.stringify(result)}`);
  return result;
}
