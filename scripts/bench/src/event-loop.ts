// How long serving one request keeps this process's event loop busy: one connection sends
// it again and again while a histogram records how late a 1 ms timer fires. The longest
// delay is the longest stretch of synchronous work (query results turned into objects,
// GraphQL execution, JSON serialisation; on PGlite also the query itself, which the
// embedded database runs in this process).
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { Target } from "./interleave.ts";
import { percentile } from "./interleave.ts";
import type { LoadGenerator } from "./load/generator.ts";
import { WARMUP_SECONDS } from "./settings.ts";

export interface EventLoopBlock {
  requests: number;
  errors: number;
  responseBytes: number;
  latencyP50Ms: number;
  /** CPU time of this process per request: the most a request can block, on an idle machine. */
  cpuMsPerRequest: number;
  /** Longest the event loop was blocked. */
  maxDelayMs: number;
  p99DelayMs: number;
}

export async function measureEventLoopBlock(
  load: LoadGenerator,
  target: Target,
  seconds: number,
): Promise<EventLoopBlock> {
  const request = target.requests[0]!;
  const response = await fetch(target.origin + request.path, {
    method: "POST",
    headers: { ...request.headers },
    body: request.body,
  });
  const responseBytes = (await response.arrayBuffer()).byteLength;
  const job = { ...target, connections: 1, latencies: true };
  await load.run({ ...job, seconds: WARMUP_SECONDS });
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const cpu = process.cpuUsage();
  const result = await load.run({ ...job, seconds });
  const used = process.cpuUsage(cpu);
  histogram.disable();
  return {
    requests: result.requests,
    errors: result.errors,
    responseBytes,
    latencyP50Ms: percentile(
      result.latenciesMs.sort((a, b) => a - b),
      0.5,
    ),
    cpuMsPerRequest: (used.user + used.system) / 1000 / result.requests,
    maxDelayMs: histogram.max / 1e6,
    p99DelayMs: histogram.percentile(99) / 1e6,
  };
}
