// The PostgreSQL server goes away and comes back, or freezes and thaws, under a running API
// (through a loopback proxy that can refuse, drop and hold connections): every caller gets
// UNAVAILABLE with HTTP 503 and Retry-After, promptly and with one log line per failure, /ready
// says 503, and the API serves again by itself once the database is back.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type PrismaClient } from "@p181/db";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { createApiToken } from "../auth/tokens.ts";
import { buildFixture } from "../testing/fixture.ts";
import { startTcpProxy, type TcpProxy } from "../testing/tcp-proxy.ts";
import { cityAdmin } from "../testing/viewers.ts";
import { createApp, type App } from "../yoga.ts";

const MEMBERS = "{ partyMembers(take: 5) { totalCount items { id name } } }";
const LOGIN = `mutation { login(username: "admin", password: "wrong password") { id } }`;

interface Reply {
  status: number;
  retryAfter: string | null;
  codes: string[];
}

async function ask(app: App, query: string, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await app.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    codes: (body.errors ?? []).map((e) => e.extensions?.code ?? ""),
  };
}

describe.skipIf(!backendsUnderTest().includes("postgres"))("a PostgreSQL outage", () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let prisma: PrismaClient;
  let asAdmin: App;
  let asAnyone: App;
  let logged: string[];
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    const fixture = await buildFixture(db.prisma);
    ({ token } = await createApiToken(db.prisma, fixture.users.officer, {
      name: "BI",
      access: "READ_ONLY",
      expiresAt: null,
    }));
    const url = new URL(db.url);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port) });
    url.port = String(proxy.port);
    prisma = createPrismaClient(url.toString(), { poolSize: 4 });
    const database = { answerTimeoutMs: 1_000, maxWaitMs: 2_000 };
    asAdmin = createApp({ prisma, development: false, actAs: cityAdmin(fixture.users.admin), database });
    asAnyone = createApp({ prisma, development: false, database });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    // The proxy first: connections the frozen test abandoned end with their sockets.
    await proxy?.close();
    await prisma?.$disconnect();
    await db?.drop();
  });

  function captureLog() {
    logged = [];
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
        logged.push(String(chunk));
        return true;
      });
    }
  }

  /** A city admin's session (no authentication SQL), a BI tool's API token, an anonymous sign-in. */
  async function everyCaller(): Promise<Reply[]> {
    return [
      await ask(asAdmin, MEMBERS),
      await ask(asAnyone, MEMBERS, { authorization: `Bearer ${token}` }),
      await ask(asAnyone, LOGIN),
    ];
  }

  /** States of the API's sessions on the server that are not idle (the test's own client excluded). */
  async function sessionStates(): Promise<string[]> {
    const rows = await db.prisma.$queryRawUnsafe<{ state: string }[]>(
      "SELECT state FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'",
    );
    return rows.map((row) => row.state);
  }

  async function ready(): Promise<number> {
    return (await asAdmin.fetch("http://yoga/ready")).status;
  }

  it("serves normally through the proxy", async () => {
    expect(await ask(asAdmin, MEMBERS)).toEqual({ status: 200, retryAfter: null, codes: [] });
    expect(await ready()).toBe(200);
  });

  it("answers UNAVAILABLE to every caller while the server is down, and recovers without a restart", async () => {
    await proxy.stop();
    captureLog();
    const replies = await everyCaller();
    const readiness = await ready();
    vi.restoreAllMocks();
    for (const reply of replies) expect(reply).toEqual({ status: 503, retryAfter: "5", codes: ["UNAVAILABLE"] });
    expect(readiness).toBe(503);
    // One short line per failed request (the readiness probe logs none), no stack traces.
    expect(logged.filter((line) => line.includes("database unavailable"))).toHaveLength(replies.length);
    expect(logged.join("")).not.toMatch(/\n\s+at /);

    await proxy.start();
    await expect
      .poll(() => ask(asAdmin, MEMBERS), { timeout: 10_000 })
      .toEqual({ status: 200, retryAfter: null, codes: [] });
    expect(await ready()).toBe(200);
  });

  it("answers UNAVAILABLE within its deadline while the server is frozen, and recovers when it thaws", async () => {
    proxy.freeze();
    try {
      expect(await ready()).toBe(503);
      for (const reply of await everyCaller())
        expect(reply).toEqual({ status: 503, retryAfter: "5", codes: ["UNAVAILABLE"] });
    } finally {
      proxy.thaw();
    }
    await expect
      .poll(() => ask(asAdmin, MEMBERS), { timeout: 10_000 })
      .toEqual({ status: 200, retryAfter: null, codes: [] });
    // The requests given up on while it was frozen finish or roll back once it thaws: no
    // connection is left inside a transaction.
    await expect.poll(() => sessionStates(), { timeout: 10_000 }).toEqual([]);
  }, 30_000);
});
