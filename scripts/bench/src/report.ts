// The bench's printed results: each figure next to its target (printed, never asserted).
import type { BenchCase } from "./cases.ts";
import type { EventLoopBlock } from "./event-loop.ts";
import type { InProcessComparison } from "./in-process.ts";
import type { Throughput } from "./interleave.ts";
import { formatTable } from "./table.ts";

export interface CaseResult {
  benchCase: BenchCase;
  api: Throughput;
  floor: Throughput;
  /** The same requests by the town admin, when the case compares them. */
  town?: Throughput;
  statements: number;
  townStatements?: number;
  sameAnswer: boolean;
}

const MAX_TOWN_OVER_CITY = 1.2;
const MAX_EVENT_LOOP_BLOCK_MS = 50;

const target = (label: string, met: boolean) => `${label} ${met ? "ok" : "MISS"}`;
const rps = (value: number) => value.toFixed(value < 100 ? 1 : 0);
const ms = (value: number) => value.toFixed(1);
const percent = (value: number) => `${Math.round(value * 100)}%`;

export function floorTable(title: string, results: CaseResult[]): string {
  const rows = results.map(({ benchCase, api, floor, statements, sameAnswer }) => {
    const share = api.requestsPerSecond / floor.requestsPerSecond;
    const latency = benchCase.latency;
    return [
      benchCase.title,
      rps(api.requestsPerSecond),
      rps(floor.requestsPerSecond),
      percent(share),
      target(`≥ ${percent(benchCase.minShareOfFloor)}`, share >= benchCase.minShareOfFloor),
      ms(api.p50Ms),
      ms(api.p99Ms),
      latency
        ? `${target(`p50 < ${latency.maxP50Ms} ms`, api.p50Ms < latency.maxP50Ms)}, ${target(`p99 < ${latency.maxP99OverP50}×p50`, api.p99Ms < latency.maxP99OverP50 * api.p50Ms)}`
        : "",
      ms(api.cpuMsPerRequest),
      ms(floor.cpuMsPerRequest),
      String(statements),
      sameAnswer ? "yes" : "NO",
      `${api.errors}/${floor.errors}`,
    ];
  });
  return [
    formatTable(
      title,
      ["<case", "api req/s", "floor req/s", "api/floor", "<target", "api p50 ms", "api p99 ms", "<latency target", "api cpu ms/req", "floor cpu ms/req", "api sql/req", "same json", "errors api/floor"],
      rows,
    ),
    ...errorLines(results.flatMap((r) => [["api", r.benchCase.name, r.api] as const, ["floor", r.benchCase.name, r.floor] as const])),
  ].join("\n");
}

export function townTable(title: string, results: CaseResult[]): string {
  const rows = results.flatMap(({ benchCase, api, town, statements, townStatements }) => {
    if (!town) return [];
    // Time per request, town admin over city admin, from the throughput of each.
    const ratio = api.requestsPerSecond / town.requestsPerSecond;
    return [[benchCase.title, rps(town.requestsPerSecond), rps(api.requestsPerSecond), `${ratio.toFixed(2)}×`, target(`≤ ${MAX_TOWN_OVER_CITY}×`, ratio <= MAX_TOWN_OVER_CITY), ms(town.p50Ms), ms(api.p50Ms), ms(town.cpuMsPerRequest), ms(api.cpuMsPerRequest), `${townStatements}/${statements}`, String(town.errors)]];
  });
  return [
    formatTable(title, ["<case", "town req/s", "city req/s", "town/city", "<target", "town p50 ms", "city p50 ms", "town cpu ms/req", "city cpu ms/req", "sql/req town/city", "town errors"], rows),
    ...errorLines(results.flatMap((r) => (r.town ? [["town admin", r.benchCase.name, r.town] as const] : []))),
  ].join("\n");
}

export function eventLoopTable(title: string, block: EventLoopBlock): string {
  return formatTable(
    title,
    ["<request", "response KB", "requests", "latency p50 ms", "cpu ms/req", "event loop max block ms", "delay p99 ms", "<target", "errors"],
    [
      [
        "500 members + organisation, town, zone",
        (block.responseBytes / 1024).toFixed(0),
        String(block.requests),
        ms(block.latencyP50Ms),
        ms(block.cpuMsPerRequest),
        ms(block.maxDelayMs),
        ms(block.p99DelayMs),
        target(`max < ${MAX_EVENT_LOOP_BLOCK_MS} ms`, block.maxDelayMs < MAX_EVENT_LOOP_BLOCK_MS),
        String(block.errors),
      ],
    ],
  );
}

export function inProcessTable(title: string, comparisons: InProcessComparison[]): string {
  return formatTable(
    title,
    ["<comparison", "<candidate", "ms", "<baseline", "ms", "ratio"],
    comparisons.map((c) => [c.title, c.candidate, ms(c.candidateMs), c.baseline, ms(c.baselineMs), `${(c.candidateMs / c.baselineMs).toFixed(2)}×`]),
  );
}

function errorLines(measured: (readonly [string, string, Throughput])[]): string[] {
  return measured.filter(([, , t]) => t.errors > 0).map(([who, name, t]) => `  ${who} ${name}: ${t.errors} of ${t.requests} failed, first: ${t.firstError}`);
}
