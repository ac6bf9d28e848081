// SIGTERM (a supervisor, `docker stop`, `kill`) and SIGINT (Ctrl-C) stop the process gracefully;
// a second one, when the graceful stop takes too long for someone, stops it at once.
import { constants } from "node:os";

const STOP_SIGNALS = ["SIGTERM", "SIGINT"] as const;
type StopSignal = (typeof STOP_SIGNALS)[number];

/**
 * Ctrl-C under `npm start` reaches the server several times within milliseconds: from the
 * terminal (to the whole process group) and relayed again by each npm process above it. Those
 * copies are one request to stop; only a signal after this pause asks to force it.
 */
const RELAYED_COPIES_WINDOW_MS = 1_000;

/**
 * Runs `stop` on the first SIGTERM or SIGINT and then exits (0, or 1 if it failed). A second
 * signal exits at once with the conventional 128 + signal number.
 */
export function onStopSignals(
  stop: (signal: StopSignal) => Promise<void>,
  log: (line: string) => void = console.error,
): void {
  let firstAt: number | undefined;
  const handle = (signal: StopSignal) => {
    if (firstAt === undefined) {
      firstAt = Date.now();
      stop(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          log(`Stopping failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
    } else if (Date.now() - firstAt >= RELAYED_COPIES_WINDOW_MS) {
      log(`${signal} again: stopping now, without waiting.`);
      process.exit(128 + constants.signals[signal]);
    }
  };
  for (const signal of STOP_SIGNALS) process.on(signal, handle);
}
