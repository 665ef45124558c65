/**
 * Where a worker thread starts. Compiled JavaScript (the installed package's lib/, or the copy of src/ that
 * bin/roundup.js compiles in this repository) starts a worker from the compiled module beside its caller. TypeScript
 * run directly (the tests, the fitting script) runs under tsx, whose module hooks worker threads do not inherit on Node 20,
 * so a worker starts from a `.mjs` shim that registers tsx and then loads the TypeScript.
 */
export function workerUrl(name: string, callerUrl: string): URL {
  return new URL(callerUrl.endsWith(".ts") ? `./${name}.mjs` : `./${name}.js`, callerUrl);
}
