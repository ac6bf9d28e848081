// `npm run bench`: the API over real HTTP against its floor (the same answers from one
// hand-written SQL statement each), a town admin against the city admin, the event-loop
// block of a large page, and the GraphQL layer against plain Prisma; on a freshly seeded
// database (embedded PGlite, or the PostgreSQL server with BENCH_BACKEND=postgres).
// Figures measured in the same run, interleaved: compare ratios, not absolute figures.
import { benchCases, LARGE_PAGE_QUERY } from "./cases.ts";
import { graphqlRequest, startEnvironment } from "./environment.ts";
import { measureEventLoopBlock } from "./event-loop.ts";
import { apiClaims } from "./floor/claims.ts";
import { startFloor } from "./floor/server.ts";
import { inProcessComparisons } from "./in-process.ts";
import { interleave, type Target } from "./interleave.ts";
import { progress } from "./progress.ts";
import { eventLoopTable, floorTable, inProcessTable, townTable, type CaseResult } from "./report.ts";
import { sameAnswer } from "./same-answer.ts";
import { backendFromEnv, CONNECTIONS, ROUNDS, SECONDS } from "./settings.ts";
import { statementCounting } from "./statements.ts";

const env = await startEnvironment(backendFromEnv());
const cases = benchCases(env.params);
const floor = await startFloor(env.db.url, env.api.poolSize, apiClaims(env.city.viewer), Object.fromEntries(cases.map((c) => [c.name, c.floor])));
const countStatements = statementCounting(env.db.prisma, env.backend, env.statements);

const results: CaseResult[] = [];
for (const benchCase of cases) {
  progress(`Measuring ${benchCase.name}…`);
  const api: Target = { origin: env.api.origin, requests: benchCase.variables.map((v) => graphqlRequest(env.city, benchCase.query, v)) };
  const floorTarget: Target = { origin: floor.origin, requests: api.requests.map((request) => ({ ...request, path: `/floor/${benchCase.name}` })) };
  const town: Target = { origin: env.api.origin, requests: benchCase.variables.map((v) => graphqlRequest(env.town, benchCase.query, v)) };
  const same = await sameAnswer(benchCase.name, api, floorTarget);
  const statements = await countStatements(api.requests[0]!);
  const townStatements = benchCase.townAdmin ? await countStatements(town.requests[0]!) : undefined;
  const [apiResult, floorResult, townResult] = await interleave(env.load, benchCase.townAdmin ? [api, floorTarget, town] : [api, floorTarget]);
  results.push({ benchCase, api: apiResult!, floor: floorResult!, town: townResult, statements, townStatements, sameAnswer: same });
}

progress("Measuring the event-loop block of a 500-row page…");
const largePage: Target = { origin: env.api.origin, requests: [graphqlRequest(env.city, LARGE_PAGE_QUERY)] };
const block = await measureEventLoopBlock(env.load, largePage, Math.max(2, SECONDS / 2));

progress("Measuring in process…");
const inProcess = await inProcessComparisons(env);

const on = `on ${env.databaseVersion}`;
const load = `${CONNECTIONS} keep-alive connections, ${ROUNDS} interleaved rounds of ${(SECONDS / ROUNDS).toFixed(1)} s per target`;
console.log(`
${floorTable(`API vs floor over HTTP ${on} (${load})`, results)}
  floor: BEGIN, the API's claims statement (SET LOCAL ROLE + settings), one hand-written statement building the JSON, COMMIT;
         same role and row-level security as the API's city admin; pool of ${env.api.poolSize} like the API's.
  cpu ms/req: CPU time of this process (the server, not the load generator${env.backend === "pglite" ? "; the embedded database included" : ""}) per request; steadier than req/s on a busy machine.
  api sql/req: statements the API sent for one request (BEGIN/COMMIT and the token lookup included); the floor sends 4.

${townTable(`Town admin vs city admin, same requests over HTTP ${on} (${load})`, results)}
  town/city: time per request of the town admin over the city admin's (city req/s ÷ town req/s).

${eventLoopTable(`Event loop while one connection fetches a 500-row page ${on}`, block)}
${env.backend === "pglite" ? "  On PGlite the block includes the query itself: the embedded database runs in the API's process.\n" : ""}
${inProcessTable(`In process (no HTTP, no token lookup) ${on}, medians of 15 interleaved runs`, inProcess)}
`);

await floor.close();
await env.close();
