// Real child processes for fault tests (crashes, pauses, signals): started with node and tsx as
// an in-process loader, so the pid a test signals is the program itself, and killed by
// killTestProcesses() in afterAll whatever happened to the test.
import { spawn, type ChildProcess } from "node:child_process";

export interface TestProcess {
  child: ChildProcess;
  pid: number;
  /** Everything it wrote so far, stdout and stderr separately. */
  stdout(): string;
  stderr(): string;
  /**
   * Resolves with the first match in stdout; rejects, with the output, if the process exits
   * first or nothing matches within `timeoutMs` (a bound for a hung test, not a speed limit).
   */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

/** Runs `node --import tsx <args>`. */
export function startTestProcess(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): TestProcess {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let stdout = "";
  let stderr = "";
  let closed = false;
  const listeners = new Set<() => void>();
  child.stdout!.on("data", (chunk: Buffer) => {
    stdout += chunk;
    for (const listener of listeners) listener();
  });
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("close", (code, signal) => {
      running.delete(child);
      closed = true;
      resolve({ code, signal });
      for (const listener of listeners) listener();
    });
  });
  return {
    child,
    pid: child.pid!,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitFor(pattern, timeoutMs = 90_000) {
      return new Promise((resolve, reject) => {
        const fail = (why: string) => {
          listeners.delete(check);
          clearTimeout(timer);
          reject(new Error(`process ${child.pid} ${why} before printing ${pattern}:\n${stdout}\n${stderr}`));
        };
        const check = () => {
          const match = stdout.match(pattern);
          if (match) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve(match);
          } else if (closed) {
            fail(`exited (${child.exitCode ?? child.signalCode})`);
          }
        };
        const timer = setTimeout(() => fail(`ran ${timeoutMs / 1000} s`), timeoutMs);
        listeners.add(check);
        check();
      });
    },
  };
}

/** SIGKILLs every test process still running (paused ones included) and waits for them to go. */
export async function killTestProcesses(): Promise<void> {
  const exits = [...running].map((child) => new Promise((resolve) => child.once("close", resolve)));
  for (const child of running) child.kill("SIGKILL");
  await Promise.all(exits);
}
