// The load generator's process (load/generator.ts): runs one job at a time on keep-alive
// connections and reports what it measured.
import http from "node:http";
import type { LoadJob, LoadResult } from "./generator.ts";

process.on("message", (job: LoadJob) => {
  void run(job).then((result) => process.send!(result));
});

interface Prepared {
  url: string;
  headers: Record<string, string | number>;
  body: Buffer;
}

async function run(job: LoadJob): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const prepared: Prepared[] = job.requests.map((request) => {
    const body = Buffer.from(request.body);
    return { url: job.origin + request.path, headers: { ...request.headers, "content-length": body.length }, body };
  });
  const latenciesMs: number[] = [];
  let requests = 0;
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  const deadline = started + job.seconds * 1000;

  async function connection() {
    while (performance.now() < deadline) {
      const request = prepared[next++ % prepared.length]!;
      const sent = performance.now();
      const answer = await post(agent, request).catch((error: Error) => ({ status: 0, body: error.message }));
      if (job.latencies) latenciesMs.push(performance.now() - sent);
      requests++;
      // A GraphQL error is answered with HTTP 200 too: the body tells.
      if (answer.status !== 200 || answer.body.includes('"errors"')) {
        errors++;
        firstError ??= `HTTP ${answer.status}: ${answer.body.slice(0, 300)}`;
      }
    }
  }

  await Promise.all(Array.from({ length: job.connections }, connection));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests, errors, firstError, seconds, latenciesMs };
}

function post(agent: http.Agent, request: Prepared): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(request.url, { method: "POST", agent, headers: request.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}
