/**
 * Progress of a long build on stderr (stdout stays the report): on a terminal, one line that updates in place;
 * in CI or a pipe, a plain line every 1000 items or every 5 seconds, and nothing at all for a small build.
 */

/** What a build tells about its progress. */
export interface BuildProgress {
  /** `done` of `total` content files are processed. */
  file(done: number, total: number): void;
  /** A step without a count (grouping, exports). */
  phase(name: string): void;
  /** One more page is rendered. */
  page(): void;
  /** The build ended, well or not: clear the line. */
  end(): void;
}

/** Progress that says nothing (tests, `roundup serve`). */
export const SILENT_PROGRESS: BuildProgress = { file() {}, phase() {}, page() {}, end() {} };

/** Where progress goes and how it decides its mode. */
export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

const EVERY_ITEMS = 1000;
const EVERY_MS = 5000;
const TTY_REDRAW_MS = 100;

/** Progress on `stream`: the updating line when it is a terminal and `CI` is not set, plain lines otherwise, none when `ROUNDUP_PROGRESS=0`. */
export function createProgress(stream: ProgressSink = process.stderr, env: NodeJS.ProcessEnv = process.env, clock: () => number = Date.now): BuildProgress {
  if (env.ROUNDUP_PROGRESS === "0") return SILENT_PROGRESS;
  const tty = stream.isTTY === true && !(env.CI && env.CI !== "false" && env.CI !== "0");
  const started = clock();
  let lastLine = started;
  let lastDraw = 0;
  let drawn = false;
  let pages = 0;
  const seconds = (): string => `${Math.round((clock() - started) / 1000)} s`;
  const draw = (text: string, force: boolean): void => {
    const now = clock();
    if (!force && now - lastDraw < TTY_REDRAW_MS) return;
    lastDraw = now;
    drawn = true;
    stream.write(`\r\x1b[2K${text}`);
  };
  const line = (text: string, count: number): void => {
    const now = clock();
    if (count % EVERY_ITEMS !== 0 && now - lastLine < EVERY_MS) return;
    lastLine = now;
    stream.write(`roundup: ${text} (${seconds()})\n`);
  };
  return {
    file(done, total) {
      if (tty) draw(`roundup: ${done}/${total} files read and processed`, done === total);
      else if (done > 0 && done < total) line(`${done}/${total} files read and processed`, done);
    },
    phase(name) {
      if (tty) draw(`roundup: ${name}…`, true);
    },
    page() {
      pages += 1;
      if (tty) draw(`roundup: ${pages} pages written`, false);
      else line(`${pages} pages written`, pages);
    },
    end() {
      if (tty && drawn) stream.write("\r\x1b[2K");
    },
  };
}
