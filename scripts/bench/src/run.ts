// `npm run bench`: the API over real HTTP against its floor (the same answers from one
// hand-written SQL statement each), a town admin against the city admin, the event-loop
// block of a large page, and the GraphQL layer against plain Prisma; on a freshly seeded
// database (embedded PGlite, or the PostgreSQL server with BENCH_BACKEND=postgres).
// Figures measured in the same run, interleaved: compare ratios, not absolute figures.
import { LARGE_PAGE_QUERY } from "./cases.ts";
import { graphqlRequest, startEnvironment } from "./environment.ts";
import { measureEventLoopBlock } from "./event-loop.ts";
import { compareWithFloor } from "./floor-comparison.ts";
import { inProcessComparisons } from "./in-process.ts";
import { progress } from "./progress.ts";
import { formatReport } from "./report.ts";
import { backendFromEnv, SECONDS } from "./settings.ts";

const env = await startEnvironment(backendFromEnv());
try {
  const cases = await compareWithFloor(env);
  progress("Measuring the event-loop block of a 500-row page…");
  const largePage = { origin: env.api.origin, requests: [graphqlRequest(env.city, LARGE_PAGE_QUERY)] };
  const eventLoop = await measureEventLoopBlock(env.load, largePage, Math.max(2, SECONDS / 2));
  progress("Measuring in process…");
  const inProcess = await inProcessComparisons(env);
  console.log(
    formatReport({
      backend: env.backend,
      databaseVersion: env.databaseVersion,
      poolSize: env.api.poolSize,
      cases,
      eventLoop,
      inProcess,
    }),
  );
} finally {
  await env.close();
}
