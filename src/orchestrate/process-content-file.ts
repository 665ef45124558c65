/**
 * One content file through the pipeline, in whichever thread runs it; a crash becomes a diagnostic, not a failed
 * build. Test hook: `ROUNDUP_TEST_HANG_FILE=<file name>` makes processing loop forever on a file of that name, so
 * tests can check that the time limit stops it; nothing else reads this variable.
 */
import { RULES } from "../diagnostics.ts";
import { type FileOutcome, type PipelineOptions, processFile } from "../pipeline.ts";
import type { StageClock } from "./stage-timer.ts";

/** A file to process: its place and its bytes. */
export interface FileTask {
  relativePath: string;
  absolutePath: string;
  bytes: Uint8Array;
}

/** Run the pipeline over one file; an exception thrown by a stage skips the file with `processing-failed`. */
export function processContentFile(task: FileTask, options: PipelineOptions, clock?: StageClock): FileOutcome {
  const hangOn = process.env.ROUNDUP_TEST_HANG_FILE;
  if (hangOn && task.relativePath.split("/").pop() === hangOn) for (;;);
  try {
    return processFile(task.relativePath, task.absolutePath, task.bytes, options, clock);
  } catch (cause) {
    // One file must never stop the build: the failure is reported against the file, which is skipped.
    const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    return failedOutcome(task.relativePath, "processing-failed", `roundup failed on this file (${reason.slice(0, 200)}), so it was skipped.`, "processing failed");
  }
}

/** The outcome of a file the pipeline could not finish: skipped, with one diagnostic saying why. */
export function failedOutcome(file: string, ruleId: "processing-failed" | "processing-timeout" | "read-failed", message: string, reason: string): FileOutcome {
  return { kind: "skipped", reason, diagnostics: [{ file, line: null, column: null, severity: RULES[ruleId].severity, message, ruleId }] };
}

/** The outcome of a file stopped at the time limit. */
export function timeoutOutcome(file: string, ms: number): FileOutcome {
  return failedOutcome(file, "processing-timeout", `Processing the file took longer than ${ms} ms, so it was stopped and the file skipped.`, `took longer than ${ms} ms to process`);
}
