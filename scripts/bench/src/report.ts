// The bench's printed results: each figure next to its target (printed, never asserted).
import type { BenchCase } from "./cases.ts";
import type { EventLoopBlock } from "./event-loop.ts";
import type { InProcessComparison } from "./in-process.ts";
import type { Throughput } from "./interleave.ts";
import type { Backend } from "@p181/db/testing";
import { CONNECTIONS, ROUNDS, SECONDS } from "./settings.ts";
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

export interface Report {
  backend: Backend;
  databaseVersion: string;
  poolSize: number;
  cases: CaseResult[];
  eventLoop: EventLoopBlock;
  inProcess: InProcessComparison[];
}

export function formatReport(report: Report): string {
  const on = `on ${report.databaseVersion}`;
  const load = `${CONNECTIONS} keep-alive connections, ${ROUNDS} interleaved rounds of ${(SECONDS / ROUNDS).toFixed(1)} s per target`;
  const embedded = report.backend === "pglite";
  return `
${floorTable(`API vs floor over HTTP ${on} (${load})`, report.cases)}
  floor: BEGIN, the API's claims statement (SET LOCAL ROLE + settings), one hand-written statement building the JSON, COMMIT;
         same role and row-level security as the API's city admin; pool of ${report.poolSize} like the API's.
  cpu ms/req: CPU time of this process (the server, not the load generator${embedded ? "; the embedded database included" : ""}) per request; steadier than req/s on a busy machine.
  api sql/req: statements the API sent for one request (BEGIN/COMMIT included; the API token comes from the credential cache, as in production); the floor sends 4.

${townTable(`Town admin vs city admin, same requests over HTTP ${on} (${load})`, report.cases)}
  town/city: time per request of the town admin over the city admin's (city req/s ÷ town req/s).

${eventLoopTable(`Event loop while one connection fetches a 500-row page ${on}`, report.eventLoop)}
${embedded ? "  On PGlite the block includes the query itself: the embedded database runs in the API's process.\n" : ""}
${inProcessTable(`In process (no HTTP, no token lookup) ${on}, medians of 15 interleaved runs`, report.inProcess)}
`;
}

const MAX_TOWN_OVER_CITY = 1.2;
const MAX_EVENT_LOOP_BLOCK_MS = 50;

const target = (label: string, met: boolean) => `${label} ${met ? "ok" : "MISS"}`;
const rps = (value: number) => value.toFixed(value < 100 ? 1 : 0);
const ms = (value: number) => value.toFixed(1);
const percent = (value: number) => `${Math.round(value * 100)}%`;

function floorTable(title: string, results: CaseResult[]): string {
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
      [
        "<case",
        "api req/s",
        "floor req/s",
        "api/floor",
        "<target",
        "api p50 ms",
        "api p99 ms",
        "<latency target",
        "api cpu ms/req",
        "floor cpu ms/req",
        "api sql/req",
        "same json",
        "errors api/floor",
      ],
      rows,
    ),
    ...errorLines(
      results.flatMap((r) => [
        ["api", r.benchCase.name, r.api] as const,
        ["floor", r.benchCase.name, r.floor] as const,
      ]),
    ),
  ].join("\n");
}

function townTable(title: string, results: CaseResult[]): string {
  const rows = results.flatMap(({ benchCase, api, town, statements, townStatements }) => {
    if (!town) return [];
    // Time per request, town admin over city admin, from the throughput of each.
    const ratio = api.requestsPerSecond / town.requestsPerSecond;
    return [
      [
        benchCase.title,
        rps(town.requestsPerSecond),
        rps(api.requestsPerSecond),
        `${ratio.toFixed(2)}×`,
        target(`≤ ${MAX_TOWN_OVER_CITY}×`, ratio <= MAX_TOWN_OVER_CITY),
        ms(town.p50Ms),
        ms(api.p50Ms),
        ms(town.cpuMsPerRequest),
        ms(api.cpuMsPerRequest),
        `${townStatements}/${statements}`,
        String(town.errors),
      ],
    ];
  });
  return [
    formatTable(
      title,
      [
        "<case",
        "town req/s",
        "city req/s",
        "town/city",
        "<target",
        "town p50 ms",
        "city p50 ms",
        "town cpu ms/req",
        "city cpu ms/req",
        "sql/req town/city",
        "town errors",
      ],
      rows,
    ),
    ...errorLines(results.flatMap((r) => (r.town ? [["town admin", r.benchCase.name, r.town] as const] : []))),
  ].join("\n");
}

function eventLoopTable(title: string, block: EventLoopBlock): string {
  return formatTable(
    title,
    [
      "<request",
      "response KB",
      "requests",
      "latency p50 ms",
      "cpu ms/req",
      "event loop max block ms",
      "delay p99 ms",
      "<target",
      "errors",
    ],
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

function inProcessTable(title: string, comparisons: InProcessComparison[]): string {
  return formatTable(
    title,
    ["<comparison", "<candidate", "ms", "<baseline", "ms", "ratio"],
    comparisons.map((c) => [
      c.title,
      c.candidate,
      ms(c.candidateMs),
      c.baseline,
      ms(c.baselineMs),
      `${(c.candidateMs / c.baselineMs).toFixed(2)}×`,
    ]),
  );
}

function errorLines(measured: (readonly [string, string, Throughput])[]): string[] {
  return measured
    .filter(([, , t]) => t.errors > 0)
    .map(([who, name, t]) => `  ${who} ${name}: ${t.errors} of ${t.requests} failed, first: ${t.firstError}`);
}
