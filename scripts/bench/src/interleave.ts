// Targets measured in alternating rounds under the same load, so that whatever else the
// shared machine does at the time affects each of them alike: ratios stay meaningful
// when absolute figures wander.
import type { LoadGenerator, LoadRequest, LoadResult } from "./load/generator.ts";
import { CONNECTIONS, ROUNDS, SECONDS, WARMUP_SECONDS } from "./settings.ts";

export interface Target {
  origin: string;
  requests: LoadRequest[];
}

export interface Throughput {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU time of this process (the server measured, not the load generator) per request. */
  cpuMsPerRequest: number;
  requests: number;
  errors: number;
  firstError?: string;
}

interface Round extends LoadResult {
  cpuMs: number;
}

export async function interleave(load: LoadGenerator, targets: Target[]): Promise<Throughput[]> {
  const run = async (target: Target, seconds: number): Promise<Round> => {
    const cpu = process.cpuUsage();
    const result = await load.run({ ...target, connections: CONNECTIONS, seconds, latencies: true });
    const used = process.cpuUsage(cpu);
    return { ...result, cpuMs: (used.user + used.system) / 1000 };
  };
  for (const target of targets) await run(target, WARMUP_SECONDS);
  const results: Round[][] = targets.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    const order = targets.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) results[i]!.push(await run(targets[i]!, SECONDS / ROUNDS));
  }
  return results.map(summarise);
}

function summarise(rounds: Round[]): Throughput {
  const requests = rounds.reduce((sum, r) => sum + r.requests, 0);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const latencies = rounds.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  return {
    requestsPerSecond: requests / seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    cpuMsPerRequest: rounds.reduce((sum, r) => sum + r.cpuMs, 0) / requests,
    requests,
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    firstError: rounds.find((r) => r.firstError)?.firstError,
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
