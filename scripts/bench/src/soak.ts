// `npm run bench:soak`: a mixed read load on the API over HTTP for SOAK_MINUTES (default
// 10), printing this process's memory (the API's, and on PGlite the embedded database's)
// at the start, after every minute and at the end. Memory that keeps growing from minute
// to minute, rather than levelling off, is a leak.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { benchCases, LARGE_PAGE_QUERY } from "./cases.ts";
import { graphqlRequest, startEnvironment, type BenchEnvironment } from "./environment.ts";
import type { LoadRequest } from "./load/generator.ts";
import { memoryAfterGc, type MemorySample } from "./memory.ts";
import { backendFromEnv, CONNECTIONS, SOAK_MINUTES } from "./settings.ts";
import { streamTable } from "./table.ts";

/** Variants of each request in the mix (different ids for the by-id read). */
const VARIANTS = 5;

const env = await startEnvironment(backendFromEnv());
try {
  await soak(env);
} finally {
  await env.close();
}

async function soak(env: BenchEnvironment) {
  const reads = benchCases(env.params).filter((benchCase) => !benchCase.writes);
  const perCase: LoadRequest[][] = [
    ...reads.map((benchCase) =>
      benchCase.variables.slice(0, VARIANTS).map((v) => graphqlRequest(env.city, benchCase.query, v)),
    ),
    [graphqlRequest(env.city, LARGE_PAGE_QUERY)],
  ];
  // Consecutive requests, hence concurrent ones, are of different kinds.
  const mix = Array.from({ length: VARIANTS }, (_, i) =>
    perCase.map((requests) => requests[i % requests.length]!),
  ).flat();

  const table = streamTable(
    `Soak on ${env.databaseVersion}: ${perCase.length} kinds of read, ${CONNECTIONS} keep-alive connections, ${SOAK_MINUTES} min; memory after a full GC`,
    [
      "<when",
      "requests",
      "req/s",
      "errors",
      "rss MB",
      "heap used MB",
      "heap total MB",
      "external MB",
      "event loop max ms",
    ],
    [9, 8, 6, 6, 7, 12, 13, 11, 17],
  );
  const start = memoryAfterGc();
  table.row(["start", "", "", "", ...memoryCells(start), ""]);
  const samples: MemorySample[] = [];
  let total = { requests: 0, errors: 0, seconds: 0 };
  let firstError: string | undefined;
  const delay = monitorEventLoopDelay({ resolution: 1 });
  for (let minute = 1; minute <= Math.ceil(SOAK_MINUTES); minute++) {
    const seconds = Math.min(60, (SOAK_MINUTES - (minute - 1)) * 60);
    delay.reset();
    delay.enable();
    const result = await env.load.run({
      origin: env.api.origin,
      requests: mix,
      connections: CONNECTIONS,
      seconds,
      latencies: false,
    });
    delay.disable();
    total = {
      requests: total.requests + result.requests,
      errors: total.errors + result.errors,
      seconds: total.seconds + result.seconds,
    };
    firstError ??= result.firstError;
    const sample = memoryAfterGc();
    samples.push(sample);
    table.row([
      `minute ${minute}`,
      String(result.requests),
      (result.requests / result.seconds).toFixed(1),
      String(result.errors),
      ...memoryCells(sample),
      mb(delay.max / 1e6),
    ]);
  }
  const end = memoryAfterGc();
  table.row([
    "end",
    String(total.requests),
    (total.requests / total.seconds).toFixed(1),
    String(total.errors),
    ...memoryCells(end),
    "",
  ]);
  table.end();
  console.log(`  growth from the start: ${growth(start, end)}`);
  // The first minute includes warming up (compiled code, caches, connections).
  if (samples.length > 1) console.log(`  growth after minute 1: ${growth(samples[0]!, end)}`);
  if (firstError) console.log(`  first error: ${firstError}`);
}

function memoryCells(m: MemorySample): string[] {
  return [mb(m.rssMb), mb(m.heapUsedMb), mb(m.heapTotalMb), mb(m.externalMb)];
}

function mb(value: number): string {
  return value.toFixed(1);
}

function growth(from: MemorySample, to: MemorySample): string {
  const signed = (value: number) => `${value >= 0 ? "+" : ""}${value.toFixed(1)}`;
  return `rss ${signed(to.rssMb - from.rssMb)} MB, heap used ${signed(to.heapUsedMb - from.heapUsedMb)} MB, external ${signed(to.externalMb - from.externalMb)} MB`;
}
