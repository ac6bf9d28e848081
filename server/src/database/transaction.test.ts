// The operation's transaction as PostgreSQL serves it: a statement over its time is
// cancelled, a client that goes away has its statement cancelled, and one user cannot run
// more than a few expensive requests at once across processes. Row locks and advisory
// locks need a second session, so these run on the PostgreSQL server only (PGlite is one).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { buildFixture, type Fixture } from "../testing/fixture.ts";
import { cityAdmin } from "../testing/viewers.ts";
import { createApp } from "../yoga.ts";

const onServer = backendsUnderTest().includes("postgres");

describe.runIf(onServer)("request transactions on postgres", () => {
  let db: TestDatabase;
  let fixture: Fixture;
  let other: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    fixture = await buildFixture(db.prisma);
    other = new pg.Client({ connectionString: db.url });
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await db?.drop();
  });

  const rename = (signal?: AbortSignal) =>
    new Request("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { updateZone(id: ${fixture.zones.west}, data: { name: "改名" }) { name } }`,
      }),
      signal,
    });

  async function waitingOnLocks(): Promise<number> {
    const { rows } = await other.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    return rows[0]!.n;
  }

  it("cancels a statement that runs longer than the statement timeout, and keeps nothing of it", async () => {
    const app = createApp({
      prisma: db.prisma,
      development: false,
      actAs: cityAdmin(fixture.users.admin),
      database: { statementTimeoutMs: 300 },
    });
    await other.query("BEGIN");
    await other.query(`SELECT 1 FROM "Zone" WHERE id = $1 FOR UPDATE`, [fixture.zones.west]);
    try {
      const answer = (await (await app.fetch(rename())).json()) as { errors?: { extensions: { code: string } }[] };
      expect(answer.errors?.[0]?.extensions.code).toBe("TIMEOUT");
    } finally {
      await other.query("ROLLBACK");
    }
    expect((await db.prisma.zone.findUniqueOrThrow({ where: { id: fixture.zones.west } })).name).toBe("西村");
  });

  it("cancels the running statement when the client goes away", async () => {
    const app = createApp({
      prisma: db.prisma,
      development: false,
      actAs: cityAdmin(fixture.users.admin),
      database: { cancelOnDisconnect: true },
    });
    await other.query("BEGIN");
    await other.query(`SELECT 1 FROM "Zone" WHERE id = $1 FOR UPDATE`, [fixture.zones.west]);
    try {
      const client = new AbortController();
      const pending = Promise.resolve(app.fetch(rename(client.signal))).catch(() => null);
      await expect.poll(waitingOnLocks, { timeout: 5_000 }).toBe(1);
      client.abort();
      await expect.poll(waitingOnLocks, { timeout: 5_000 }).toBe(0);
      await pending;
    } finally {
      await other.query("ROLLBACK");
    }
    expect((await db.prisma.zone.findUniqueOrThrow({ where: { id: fixture.zones.west } })).name).toBe("西村");
  });

  it("lets one user run only a few expensive requests at once, whatever the process", async () => {
    const app = createApp({
      prisma: db.prisma,
      development: false,
      actAs: cityAdmin(fixture.users.admin),
      database: { expensivePerUser: 2 },
    });
    const report = () =>
      app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ partyMembersAggregate { count } }" }),
      });
    const holders = [new pg.Client({ connectionString: db.url }), new pg.Client({ connectionString: db.url })];
    for (const [slot, holder] of holders.entries()) {
      await holder.connect();
      await holder.query("BEGIN");
      await holder.query("SELECT pg_advisory_xact_lock(1810, $1::int * 16 + $2::int)", [fixture.users.admin, slot]);
    }
    try {
      const refused = await report();
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe("5");
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("TOO_MANY_REQUESTS");
      const cheap = await app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ towns { totalCount } }" }),
      });
      expect(((await cheap.json()) as { data: unknown }).data).toEqual({ towns: { totalCount: 2 } });
      await holders[0]!.query("COMMIT");
      const allowed = (await (await report()).json()) as { data: { partyMembersAggregate: { count: number } } };
      expect(allowed.data.partyMembersAggregate.count).toBe(5);
    } finally {
      for (const holder of holders) await holder.end();
    }
  });
});
