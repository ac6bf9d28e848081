// What every bench run starts from: a freshly seeded database, API tokens for the city
// admin and a town admin (requests authenticate as a real client does), the API served
// over HTTP, and the load generator.
import { createTestDatabase, type Backend, type TestDatabase } from "@p181/db/testing";
import { seedDemoData } from "@p181/scripts/seed";
import { createApiToken, toViewer, watchCredentialChanges, type CredentialWatch } from "@p181/server";
import { startApi, type ApiServer } from "./api-server.ts";
import type { CaseParams } from "./cases.ts";
import { LoadGenerator, type LoadRequest } from "./load/generator.ts";
import { progress } from "./progress.ts";
import { StatementCounter } from "./statements.ts";

export type Viewer = ReturnType<typeof toViewer>;

export interface Caller {
  viewer: Viewer;
  /** What a client sends with each request: JSON and its API token. */
  headers: Record<string, string>;
}

export interface BenchEnvironment {
  backend: Backend;
  /** e.g. "PostgreSQL 15.14" */
  databaseVersion: string;
  db: TestDatabase;
  statements: StatementCounter;
  /** The credential cache of the app that counts statements (on the test database's client), as main.ts has one. */
  countingCredentials: CredentialWatch;
  api: ApiServer;
  city: Caller;
  town: Caller;
  params: CaseParams;
  load: LoadGenerator;
  close(): Promise<void>;
}

export async function startEnvironment(backend: Backend): Promise<BenchEnvironment> {
  progress(`Seeding a fresh ${backend} database…`);
  const statements = new StatementCounter();
  const db = await createTestDatabase(backend, { onQuery: statements.onQuery });
  // Ctrl-C must not leave a test database behind on the server.
  const dropOnInterrupt = () => void db.drop().finally(() => process.exit(130));
  process.once("SIGINT", dropOnInterrupt);
  try {
    await seedDemoData(db.prisma);
    const city = await callerFor(db, "admin");
    const townAdmin = await db.prisma.user.findFirstOrThrow({ where: { role: "TOWN_ADMIN" }, orderBy: { id: "asc" } });
    const town = await callerFor(db, townAdmin.username);
    const params = await caseParams(db, townAdmin.townId!, city.viewer.userId);
    const [{ version }] = await db.prisma.$queryRawUnsafe<[{ version: string }]>(
      "SELECT 'PostgreSQL ' || current_setting('server_version') AS version",
    );
    const api = await startApi(db.url, backend);
    const countingCredentials = await watchCredentialChanges({
      url: db.url,
      embedded: backend === "pglite",
      prisma: db.prisma,
    });
    const load = LoadGenerator.start();
    return {
      backend,
      databaseVersion: backend === "pglite" ? `PGlite (${version})` : version,
      db,
      statements,
      countingCredentials,
      api,
      city,
      town,
      params,
      load,
      async close() {
        process.off("SIGINT", dropOnInterrupt);
        load.close();
        await countingCredentials.close();
        await api.close();
        await db.drop();
      },
    };
  } catch (error) {
    process.off("SIGINT", dropOnInterrupt);
    await db.drop();
    throw error;
  }
}

async function callerFor(db: TestDatabase, username: string): Promise<Caller> {
  const user = await db.prisma.user.findUniqueOrThrow({ where: { username } });
  const { token } = await createApiToken(db.prisma, user.id, { name: "bench", access: "READ_WRITE", expiresAt: null });
  return {
    viewer: toViewer(user, "token", "READ_WRITE"),
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      authorization: `Bearer ${token}`,
    },
  };
}

async function caseParams(db: TestDatabase, townId: number, userId: number): Promise<CaseParams> {
  const [{ initial }] = await db.prisma.$queryRawUnsafe<[{ initial: string }]>(
    `SELECT left(m.name, 1) AS initial FROM "PartyMember" m JOIN "PartyOrganisation" o ON o.id = m."organisationId"
      WHERE o."townId" = $1 AND m."deletedAt" IS NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    townId,
  );
  const members = await db.prisma.partyMember.findMany({
    where: { areaTownId: townId, deletedAt: null },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 500,
  });
  return { townId, initial, memberIds: members.map((member) => member.id), userId };
}

/** A GraphQL request as the load generator sends it. */
export function graphqlRequest(caller: Caller, query: string, variables: Record<string, unknown> = {}): LoadRequest {
  return { path: "/graphql", headers: { ...caller.headers }, body: JSON.stringify({ query, variables }) };
}
