// Worker threads do not inherit tsx's module hooks on Node 20 (neither from the parent nor from execArgv):
// register them in the worker itself, then load the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./file-worker.ts");
