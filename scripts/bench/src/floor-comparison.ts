// Each case against its floor, and against the same requests by the town admin where the
// case compares them: answers checked, statements counted, then measured interleaved.
import { benchCases } from "./cases.ts";
import { graphqlRequest, type BenchEnvironment } from "./environment.ts";
import { apiClaims } from "./floor/claims.ts";
import { startFloor } from "./floor/server.ts";
import { interleave, type Target } from "./interleave.ts";
import { progress } from "./progress.ts";
import type { CaseResult } from "./report.ts";
import { sameAnswer } from "./same-answer.ts";
import { statementCounting } from "./statements.ts";

export async function compareWithFloor(env: BenchEnvironment): Promise<CaseResult[]> {
  const cases = benchCases(env.params);
  const floor = await startFloor(
    env.db.url,
    env.api.poolSize,
    apiClaims(env.city.viewer),
    Object.fromEntries(cases.map((c) => [c.name, c.floor])),
  );
  const countStatements = statementCounting(env.db.prisma, env.backend, env.statements, env.countingCredentials.cache);
  try {
    const results: CaseResult[] = [];
    for (const benchCase of cases) {
      progress(`Measuring ${benchCase.name}…`);
      const api: Target = {
        origin: env.api.origin,
        requests: benchCase.variables.map((v) => graphqlRequest(env.city, benchCase.query, v)),
      };
      const floorTarget: Target = {
        origin: floor.origin,
        requests: api.requests.map((request) => ({ ...request, path: `/floor/${benchCase.name}` })),
      };
      const town: Target = {
        origin: env.api.origin,
        requests: benchCase.variables.map((v) => graphqlRequest(env.town, benchCase.query, v)),
      };
      const same = await sameAnswer(benchCase.name, api, floorTarget);
      const statements = await countStatements(api.requests[0]!);
      const townStatements = benchCase.townAdmin ? await countStatements(town.requests[0]!) : undefined;
      const [apiResult, floorResult, townResult] = await interleave(
        env.load,
        benchCase.townAdmin ? [api, floorTarget, town] : [api, floorTarget],
      );
      results.push({
        benchCase,
        api: apiResult!,
        floor: floorResult!,
        town: townResult,
        statements,
        townStatements,
        sameAnswer: same,
      });
    }
    return results;
  } finally {
    await floor.close();
  }
}
