// Several clients loading the same annual targets at once (two identical imports, a retry
// after a timeout, different files sharing keys): every upsert succeeds, nothing deadlocks,
// and the rows end up as one of the clients wrote them, once each. Clients changing the same
// rows in opposite orders do deadlock in PostgreSQL; the server retries the loser.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { buildFixture } from "../../testing/fixture.ts";
import { execute } from "../../testing/graphql.ts";
import { cityAdmin } from "../../testing/viewers.ts";
import { createApp, type App } from "../../yoga.ts";

const CLIENTS = 20;
const KEYS = 40;
const UPSERT = `mutation($data: [AnnualTargetCreateInput!]!) { upsertManyAnnualTargets(data: $data) { count ids } }`;

function targets(firstYear: number, value: number) {
  return Array.from({ length: KEYS }, (_, i) => ({
    plan: "ZONE_PARTY_BUILDING",
    year: firstYear + i,
    scopeLevel: "CITY",
    scopeCode: "CITY",
    metric: "SERVICE_CENTRES",
    value,
  }));
}

/** A different order per client, the same for every run. */
function shuffled<T>(rows: T[], seed: number): T[] {
  const copy = [...rows];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe.each(backendsUnderTest())("concurrent writes on %s", (backend) => {
  let db: TestDatabase;
  let app: App;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    const fixture = await buildFixture(db.prisma);
    // The clients queue for a few connections while each import waits for the previous one:
    // this is about idempotency, not about shedding load, so they may wait as long as it takes.
    app = createApp({
      prisma: db.prisma,
      development: false,
      actAs: cityAdmin(fixture.users.admin),
      database: { maxWaitMs: 120_000 },
    });
  });
  afterAll(() => db?.drop());

  async function rowsFrom(firstYear: number) {
    return db.prisma.annualTarget.findMany({
      where: { year: { gte: firstYear, lt: firstYear + KEYS } },
      orderBy: { year: "asc" },
    });
  }

  it(`${CLIENTS} identical imports of ${KEYS} new keys at once all succeed, creating each row once`, async () => {
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, () => execute(app, UPSERT, { data: targets(3000, 7) })),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const rows = await rowsFrom(3000);
    expect(rows).toHaveLength(KEYS);
    const ids = rows.map((row) => row.id).sort();
    for (const answer of answers) expect([...answer.data.upsertManyAnnualTargets.ids].sort()).toEqual(ids);
  });

  it(`${CLIENTS} clients upserting the same ${KEYS} keys in different orders neither deadlock nor fail`, async () => {
    await execute(app, UPSERT, { data: targets(4000, 1) });
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, (_, client) =>
        execute(app, UPSERT, { data: shuffled(targets(4000, 100 + client), client + 1) }),
      ),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const rows = await rowsFrom(4000);
    expect(rows).toHaveLength(KEYS);
    // Each client's import is all-or-nothing and they ran one after another on shared keys:
    // the rows hold one client's values, all from the same client.
    const values = new Set(rows.map((row) => Number(row.value)));
    expect(values.size).toBe(1);
    expect([...values][0]).toBeGreaterThanOrEqual(100);
  });

  it.runIf(backend === "postgres")(
    "two clients updating the same rows in opposite orders may deadlock; the loser is retried and both succeed",
    async () => {
      await execute(app, UPSERT, { data: targets(5000, 1) });
      const rows = (await rowsFrom(5000)).slice(0, 5);
      const deadlocks = async () =>
        Number(
          (
            await db.prisma.$queryRawUnsafe<[{ n: number }]>(
              "SELECT deadlocks::int AS n FROM pg_stat_database WHERE datname = current_database()",
            )
          )[0].n,
        );
      const UPDATE_EACH = `mutation($data: [AnnualTargetRowUpdate!]!) { updateEachAnnualTargets(data: $data) { count } }`;
      const before = await deadlocks();
      // Rounds until PostgreSQL has detected a deadlock, so the retry is known to have run.
      for (let round = 0; round < 30 && (await deadlocks()) === before; round++) {
        const answers = await Promise.all(
          [rows, [...rows].reverse()].map((ordered, client) =>
            execute(app, UPDATE_EACH, {
              data: ordered.map((row) => ({ id: row.id, data: { note: `round ${round} client ${client}` } })),
            }),
          ),
        );
        for (const answer of answers) expect(answer.errors).toBeUndefined();
      }
      expect(await deadlocks()).toBeGreaterThan(before);
    },
  );
});
