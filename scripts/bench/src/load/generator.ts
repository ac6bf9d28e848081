// The load generator runs in a child process, so that making requests and reading answers
// does not take event-loop time from the API and the floor measured in this process.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface LoadRequest {
  /** Path on the target, e.g. "/graphql". */
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadJob {
  /** Origin, e.g. "http://127.0.0.1:4000". */
  origin: string;
  /** Sent in turn, so concurrent requests differ when there are several. */
  requests: LoadRequest[];
  /** Keep-alive connections, each sending its next request as soon as the last is answered. */
  connections: number;
  seconds: number;
  /** Return every request's latency (the soak leaves them out to keep its own heap quiet). */
  latencies: boolean;
}

export interface LoadResult {
  requests: number;
  /** Answers other than HTTP 200 without GraphQL errors, and failed connections. */
  errors: number;
  firstError?: string;
  seconds: number;
  latenciesMs: number[];
}

export class LoadGenerator {
  private constructor(private readonly child: ChildProcess) {}

  static start(): LoadGenerator {
    const worker = fileURLToPath(new URL("./worker.ts", import.meta.url));
    return new LoadGenerator(fork(worker, { execArgv: ["--import", "tsx"], stdio: "inherit" }));
  }

  run(job: LoadJob): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
      this.child.once("exit", onExit);
      this.child.once("message", (result) => {
        this.child.off("exit", onExit);
        resolve(result as LoadResult);
      });
      this.child.send(job);
    });
  }

  close(): void {
    this.child.disconnect();
  }
}
