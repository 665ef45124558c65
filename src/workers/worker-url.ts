/**
 * Where a worker thread starts. The installed package runs compiled JavaScript, and a worker starts from the
 * compiled module beside its caller. In this repository the sources run under tsx, whose module hooks worker threads
 * do not inherit on Node 20, so a worker starts from a `.mjs` shim that registers tsx and then loads the TypeScript.
 */
export function workerUrl(name: string, callerUrl: string): URL {
  return new URL(callerUrl.endsWith(".ts") ? `./${name}.mjs` : `./${name}.js`, callerUrl);
}
