/**
 * A time limit for synchronous work in this thread, for builds too small to be worth worker threads. Node's `vm`
 * watchdog interrupts a script that runs too long, and everything the script calls: here, one file's pipeline.
 */
import vm from "node:vm";

const context = vm.createContext({ task: (): unknown => undefined });
const script = new vm.Script("task()");

/** Run `work`; null when it ran past `ms` milliseconds and was stopped. */
export function withTimeLimit<T>(work: () => T, ms: number): { value: T } | null {
  const box: Array<{ value: T }> = [];
  context.task = (): void => {
    box.push({ value: work() });
  };
  try {
    script.runInContext(context, { timeout: ms });
  } catch (error) {
    // Note: the error comes from the script's context, whose Error is not this realm's: test its code, not its class.
    if (typeof error === "object" && error !== null && "code" in error && error.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return null;
    throw error;
  } finally {
    context.task = (): unknown => undefined;
  }
  const result = box[0];
  if (!result) throw new Error("the time-limited task returned without a result");
  return result;
}
