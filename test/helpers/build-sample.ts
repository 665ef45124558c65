/** Build a content folder into a temporary site with the real command line, once per test file. */
import path from "node:path";
import { type CliResult, ROOT, copyContent, runCli, tempDir } from "./run-cli.ts";

/** A built site and how its build went. */
export interface BuiltSite {
  output: string;
  result: CliResult;
  remove: () => void;
}

/** Build `content` (default: the project's sample content) with extra build arguments. */
export async function buildSite(args: string[] = [], content = path.join(ROOT, "content")): Promise<BuiltSite> {
  const tmp = tempDir();
  const copied = copyContent(content, tmp.dir);
  const output = path.join(tmp.dir, "site");
  const result = await runCli(["build", "--content", copied, "--output", output, ...args]);
  if (result.code !== 0) throw new Error(`build failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  return { output, result, remove: tmp.remove };
}
