// In process, without HTTP or authentication (actAs): what the GraphQL layer adds to the
// plain Prisma calls doing the same reads (as the table owner, no transaction), and a report
// the HTTP cases do not cover, for a town admin against the city admin.
import { createApp } from "@p181/server";
import { productionAppOptions } from "./api-server.ts";
import type { BenchEnvironment, Viewer } from "./environment.ts";
import { measurePair } from "./measure.ts";

export interface InProcessComparison {
  title: string;
  candidate: string;
  baseline: string;
  candidateMs: number;
  baselineMs: number;
}

const LIST = `{ partyMembers(take: 50, orderBy: [{ name: ASC }]) { totalCount items { id name organisation { id name town { id name } } } } }`;
const PLAN_PROGRESS = `{ planProgress(year: 2013, level: TOWN) { plan metric townName target actual } }`;

export async function inProcessComparisons(env: BenchEnvironment): Promise<InProcessComparison[]> {
  const prisma = env.api.prisma;
  const graphql = (viewer: Viewer, query: string) => {
    const app = createApp({ ...productionAppOptions(prisma, env.backend), actAs: viewer });
    return async () => {
      const response = await app.fetch("http://bench/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
  };
  const prismaList = () =>
    Promise.all([
      prisma.partyMember.findMany({
        where: { deletedAt: null },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: 50,
        select: {
          id: true,
          name: true,
          organisation: { select: { id: true, name: true, town: { select: { id: true, name: true } } } },
        },
      }),
      prisma.partyMember.count({ where: { deletedAt: null } }),
    ]);
  const list = await measurePair(graphql(env.city.viewer, LIST), prismaList);
  const report = await measurePair(graphql(env.town.viewer, PLAN_PROGRESS), graphql(env.city.viewer, PLAN_PROGRESS));
  return [
    { title: "50 members → organisation → town + totalCount", candidate: "API", baseline: "plain Prisma", ...list },
    { title: "plan progress by town, 2013", candidate: "town admin", baseline: "city admin", ...report },
  ];
}
