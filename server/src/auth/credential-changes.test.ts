// Sessions and API tokens served from each process's memory, and every change to them seen
// by every process on its very next request. On a PostgreSQL server: two API instances (each
// its own pool, cache and listening connection) on one database. On the embedded PGlite, which
// serves one process: that process.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type PrismaClient } from "@p181/db";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { startTcpProxy } from "../testing/tcp-proxy.ts";
import { createApp, type App } from "../yoga.ts";
import { watchCredentialChanges, LISTENER_NAME, type CredentialWatch } from "./credential-changes.ts";
import { SESSION_COOKIE, findSession } from "./sessions.ts";
import { authenticateToken, createApiToken } from "./tokens.ts";
import { sessionFor, TestClient } from "../testing/auth-client.ts";
import { toViewer } from "./viewer-user.ts";

const ME = "{ me { username role canWrite } }";
const REVOKE = "mutation Revoke($id: Int!) { revokeApiToken(id: $id) { id live } }";
const UPDATE_USER = "mutation Update($id: Int!, $data: UserUpdateInput!) { updateUser(id: $id, data: $data) { id } }";

/** Statements that read or write credentials, as opposed to the request's own work. */
const isAuthentication = (sql: string) => /"(ApiToken|Session|User)"/.test(sql);
const isBookkeeping = (sql: string) => /^(BEGIN|COMMIT|ROLLBACK|DEALLOCATE)/i.test(sql.trim());

interface Instance {
  app: App;
  watch: CredentialWatch;
  /** Every statement this instance's pool has sent. */
  statements: string[];
  close(): Promise<void>;
}

describe.each(backendsUnderTest())("cached credentials on %s", (backend) => {
  let db: TestDatabase;
  const statements: string[] = [];
  /** The instance changes are made through, and the one that must see them (the same one on PGlite). */
  let a: Instance;
  let b: Instance;
  const users: Record<"admin" | "bi" | "officer" | "clerk", number> = { admin: 0, bi: 0, officer: 0, clerk: 0 };

  async function startInstance(
    prisma: PrismaClient,
    log: string[],
    url = db.url,
    listenOptions = {},
  ): Promise<Instance> {
    const watch = await watchCredentialChanges(
      { url, embedded: backend === "pglite", prisma },
      undefined,
      listenOptions,
    );
    await vi.waitFor(() => expect(watch.cache.live).toBe(true));
    return {
      app: createApp({ prisma, development: false, credentials: watch.cache }),
      watch,
      statements: log,
      close: () => watch.close(),
    };
  }

  beforeAll(async () => {
    db = await createTestDatabase(backend, { onQuery: (sql) => statements.push(sql) });
    for (const [username, role] of [
      ["admin", "CITY_ADMIN"],
      ["bi", "VIEWER"],
      ["officer", "PLAN_OFFICER"],
      ["clerk", "PLAN_OFFICER"],
    ] as const) {
      users[username] = (
        await db.prisma.user.create({
          data: { username, displayName: username, role, plans: role === "PLAN_OFFICER" ? ["TRAINING"] : [] },
        })
      ).id;
    }
    a = await startInstance(db.prisma, statements);
    if (backend === "pglite") b = a;
    else {
      const log: string[] = [];
      const prisma = createPrismaClient(db.url, { poolSize: 2, onQuery: (sql) => log.push(sql) });
      const instance = await startInstance(prisma, log);
      b = {
        ...instance,
        close: async () => {
          await instance.close();
          await prisma.$disconnect();
        },
      };
    }
  });
  afterAll(async () => {
    if (b !== a) await b?.close();
    await a?.close();
    await db?.drop();
  });

  const bearer = (instance: Instance, token: string) =>
    new TestClient(instance.app, { authorization: `Bearer ${token}` });
  const newToken = async (userId: number) =>
    (await createApiToken(db.prisma, userId, { name: "BI", access: "READ_ONLY", expiresAt: null })).token;

  /** The same browser (cookie and CSRF header), talking to another instance. */
  function sameBrowser(client: TestClient, instance: Instance): TestClient {
    const moved = new TestClient(instance.app, client.headers);
    for (const [name, value] of client.cookies) moved.cookies.set(name, value);
    return moved;
  }

  /** The reply, and the statements the instance sent for it: all of them, and those about credentials. */
  async function counted(instance: Instance, client: TestClient, query = ME, variables?: Record<string, unknown>) {
    instance.statements.length = 0;
    const reply = await client.graphql(query, variables);
    const work = instance.statements.filter((sql) => !isBookkeeping(sql));
    return { reply, total: work.length, authentication: work.filter(isAuthentication).length };
  }

  it("verifies an API token once: later requests send no authentication statement", async () => {
    const token = await newToken(users.bi);
    const uncached = createApp({ prisma: db.prisma, development: false });
    const before = [
      await counted(a, bearer({ ...a, app: uncached }, token)),
      await counted(a, bearer({ ...a, app: uncached }, token)),
    ];
    // The token with its user (one statement) and the first use recorded; then the token with its user on every request.
    expect(before.map((request) => request.authentication)).toEqual([2, 1]);

    const second = await newToken(users.bi);
    const first = await counted(b, bearer(b, second));
    expect(first.reply.data.me).toEqual({ username: "bi", role: "VIEWER", canWrite: false });
    expect(first.authentication).toBe(2);
    const again = await counted(b, bearer(b, second));
    expect(again.reply.data.me).toEqual({ username: "bi", role: "VIEWER", canWrite: false });
    expect(again.authentication).toBe(0);

    const actingAs = createApp({
      prisma: db.prisma,
      development: false,
      actAs: toViewer(
        { ...(await db.prisma.user.findUniqueOrThrow({ where: { id: users.bi } })) },
        "token",
        "READ_ONLY",
      ),
    });
    expect(again.total).toBe((await counted(a, new TestClient(actingAs))).total);
  });

  it("verifies a session once: later requests with its CSRF token send no authentication statement", async () => {
    const browser = sameBrowser(await sessionFor(a.app, db.prisma, "officer"), b);
    const first = await counted(b, browser);
    expect(first.reply.data.me).toEqual({ username: "officer", role: "PLAN_OFFICER", canWrite: true });
    expect(first.authentication).toBe(1); // the session with its user, in one statement
    const again = await counted(b, browser);
    expect(again.reply.data.me.username).toBe("officer");
    expect(again.authentication).toBe(0);
    // Without the CSRF header the cookie is still only enough for `me` to hand the token back.
    const withoutCsrf = await counted(b, new TestClient(b.app, {}), "{ me { csrfToken } }");
    expect(withoutCsrf.reply.data.me).toBeNull();
  });

  it("refuses a token revoked through another instance on the very next request", async () => {
    const token = await newToken(users.admin);
    const owner = await sessionFor(a.app, db.prisma, "admin");
    const { id } = await db.prisma.apiToken.findFirstOrThrow({
      where: { userId: users.admin },
      orderBy: { id: "desc" },
    });
    for (let i = 0; i < 2; i++) expect((await bearer(b, token).graphql(ME)).data.me.username).toBe("admin");
    expect((await counted(b, bearer(b, token))).authentication).toBe(0);

    expect((await owner.graphql(REVOKE, { id })).data.revokeApiToken).toEqual({ id, live: false });
    const refused = await bearer(b, token).graphql(ME);
    expect([refused.status, refused.errors?.[0]?.extensions?.code, refused.errors?.[0]?.message]).toEqual([
      401,
      "UNAUTHENTICATED",
      expect.stringContaining("revoked"),
    ]);
  });

  it("ends a session logged out through another instance on the very next request", async () => {
    const onA = await sessionFor(a.app, db.prisma, "clerk");
    const onB = sameBrowser(onA, b);
    for (let i = 0; i < 2; i++) expect((await onB.graphql(ME)).data.me.username).toBe("clerk");

    expect((await onA.graphql("mutation { logout }")).data).toEqual({ logout: true });
    const after = await onB.graphql(ME);
    expect(after.data.me).toBeNull();
    expect(after.setCookies.some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
  });

  it("stops a disabled account's tokens and sessions, and shows a new role, on the very next request", async () => {
    const admin = await sessionFor(a.app, db.prisma, "admin");
    const token = await newToken(users.officer);
    const browser = sameBrowser(await sessionFor(a.app, db.prisma, "officer"), b);
    for (let i = 0; i < 2; i++) {
      expect((await bearer(b, token).graphql(ME)).data.me.role).toBe("PLAN_OFFICER");
      expect((await browser.graphql(ME)).data.me.role).toBe("PLAN_OFFICER");
    }

    expect(
      (await admin.graphql(UPDATE_USER, { id: users.officer, data: { role: "VIEWER", plans: [] } })).errors,
    ).toBeUndefined();
    expect((await browser.graphql(ME)).data.me).toEqual({ username: "officer", role: "VIEWER", canWrite: false });
    expect((await bearer(b, token).graphql(ME)).data.me.role).toBe("VIEWER");

    expect((await admin.graphql(UPDATE_USER, { id: users.officer, data: { active: false } })).errors).toBeUndefined();
    expect((await bearer(b, token).graphql(ME)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await browser.graphql(ME)).data.me).toBeNull();
    await db.prisma.user.update({
      where: { id: users.officer },
      data: { active: true, role: "PLAN_OFFICER", plans: ["TRAINING"] },
    });
  });

  it("reads a session again after the password changed, and after a change made outside the API", async () => {
    const browser = sameBrowser(await sessionFor(a.app, db.prisma, "bi"), b);
    await browser.graphql(ME);
    expect((await counted(b, browser)).authentication).toBe(0);
    await db.prisma.user.update({ where: { id: users.bi }, data: { passwordHash: "changed" } });
    expect((await counted(b, browser)).authentication).toBe(1);

    const token = await newToken(users.bi);
    await bearer(b, token).graphql(ME);
    await db.prisma.apiToken.updateMany({
      where: { userId: users.bi, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    expect((await bearer(b, token).graphql(ME)).errors?.[0]?.message).toContain("revoked");
  });

  it("refuses a cached token or session once its expiry has passed", async () => {
    const expiresAt = new Date(Date.now() + 60_000);
    const { token } = await createApiToken(db.prisma, users.clerk, { name: "short", access: "READ_ONLY", expiresAt });
    const now = new Date();
    await authenticateToken(db.prisma, token, now, b.watch.cache);
    statements.length = 0;
    expect((await authenticateToken(db.prisma, token, now, b.watch.cache)).entry.user.username).toBe("clerk");
    const later = new Date(expiresAt.getTime() + 1);
    await expect(authenticateToken(db.prisma, token, later, b.watch.cache)).rejects.toThrow(/expired/);
    expect(statements.filter(isAuthentication)).toEqual([]);

    const browser = await sessionFor(a.app, db.prisma, "clerk");
    const request = new Request("http://yoga/graphql", {
      headers: { cookie: `${SESSION_COOKIE}=${browser.cookies.get(SESSION_COOKIE)}` },
    });
    const session = (await findSession(db.prisma, request, now, b.watch.cache))!.entry;
    expect(await findSession(db.prisma, request, now, b.watch.cache)).toEqual({
      key: expect.any(String),
      entry: session,
      fromCache: true,
    });
    // Past the cached expiry the database is asked (the expiry slides), and it agrees.
    expect(await findSession(db.prisma, request, new Date(session.expiresAt.getTime() + 1), b.watch.cache)).toBeNull();
    expect((await findSession(db.prisma, request, now, b.watch.cache))?.fromCache).toBe(false);
  });

  it("still records a token's use at most once a minute", async () => {
    const token = await newToken(users.clerk);
    const now = Date.now();
    const use = async (afterMs: number) => {
      statements.length = 0;
      await authenticateToken(db.prisma, token, new Date(now + afterMs), b.watch.cache);
      return statements.filter(isAuthentication).map((sql) => sql.trim().split(/\s/)[0]);
    };
    expect(await use(0)).toEqual(["SELECT", "UPDATE"]);
    expect(await use(30_000)).toEqual([]);
    expect(await use(61_000)).toEqual(["UPDATE"]);
    expect(await use(62_000)).toEqual([]);
  });

  describe.skipIf(backend !== "postgres")("when the listening connection is lost", () => {
    it("serves nothing stale while it is gone, and caches again once it is back", async () => {
      const listeners = () =>
        db.prisma.$queryRaw<
          { pid: number }[]
        >`SELECT pid FROM pg_stat_activity WHERE application_name = ${LISTENER_NAME} AND datname = current_database()`;
      const before = (await listeners()).map((row) => row.pid);
      expect(before.length).toBe(2);
      const token = await newToken(users.clerk);
      await bearer(b, token).graphql(ME);
      expect((await counted(b, bearer(b, token))).authentication).toBe(0);

      await db.prisma
        .$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ${LISTENER_NAME} AND datname = current_database()`;
      await vi.waitFor(async () => expect((await listeners()).some((row) => before.includes(row.pid))).toBe(false));
      // Revoked while nobody may be listening: no announcement reaches the instances.
      await db.prisma.apiToken.updateMany({
        where: { userId: users.clerk, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      expect((await bearer(b, token).graphql(ME)).errors?.[0]?.message).toContain("revoked");

      await vi.waitFor(async () => expect((await listeners()).length).toBe(2));
      await vi.waitFor(() => expect(b.watch.cache.live).toBe(true));
      const fresh = await newToken(users.clerk);
      await bearer(b, fresh).graphql(ME);
      expect((await counted(b, bearer(b, fresh))).authentication).toBe(0);
      await db.prisma.apiToken.updateMany({
        where: { userId: users.clerk, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      expect((await bearer(b, fresh).graphql(ME)).errors?.[0]?.message).toContain("revoked");
    });

    it("holds a request whose transaction sees a change not yet announced here, and answers it as the database has it", async () => {
      const url = new URL(db.url);
      const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port) });
      url.port = String(proxy.port);
      const log: string[] = [];
      const prisma = createPrismaClient(db.url, { poolSize: 2, onQuery: (sql) => log.push(sql) });
      // Only the listening connection goes through the proxy: freezing it delays the announcements.
      const c = await startInstance(prisma, log, url.toString());
      try {
        const token = await newToken(users.clerk);
        const browser = sameBrowser(await sessionFor(a.app, db.prisma, "officer"), c);
        const cached = async (client: TestClient) => {
          await client.graphql(ME);
          expect((await counted(c, client)).authentication).toBe(0);
        };
        const timed = async (client: TestClient) => {
          const started = Date.now();
          const reply = await client.graphql(ME);
          return { reply, ms: Date.now() - started };
        };
        await cached(bearer(c, token));
        await cached(browser);

        proxy.freeze();
        await db.prisma.apiToken.updateMany({
          where: { userId: users.clerk, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        const revoked = await timed(bearer(c, token));
        expect([revoked.reply.status, revoked.reply.errors?.[0]?.message]).toEqual([
          401,
          expect.stringContaining("revoked"),
        ]);
        expect(revoked.ms).toBeGreaterThanOrEqual(240); // waited for the announcement, then forgot everything

        await cached(browser);
        await db.prisma.user.update({ where: { id: users.officer }, data: { role: "VIEWER", plans: [] } });
        expect((await browser.graphql(ME)).data.me).toEqual({ username: "officer", role: "VIEWER", canWrite: false });

        await cached(browser);
        await db.prisma.session.updateMany({
          where: { userId: users.officer, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        setTimeout(() => proxy.thaw(), 50);
        const ended = await timed(browser);
        expect(ended.reply.errors).toBeUndefined();
        expect(ended.reply.data.me).toBeNull();
        expect(ended.ms).toBeLessThan(240); // the announcement arrived while the request waited for it
      } finally {
        proxy.thaw();
        await db.prisma.user.update({
          where: { id: users.officer },
          data: { role: "PLAN_OFFICER", plans: ["TRAINING"] },
        });
        await c.close();
        await proxy.close();
        await prisma.$disconnect();
      }
    });

    it("reads every request's credentials while the database cannot be reached to listen, or stops answering", async () => {
      const url = new URL(db.url);
      const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port) });
      url.port = String(proxy.port);
      const log: string[] = [];
      const prisma = createPrismaClient(db.url, { poolSize: 2, onQuery: (sql) => log.push(sql) });
      const c = await startInstance(prisma, log, url.toString(), {
        heartbeatMs: 200,
        answerTimeoutMs: 300,
        maxRetryMs: 200,
      });
      try {
        const token = await newToken(users.clerk);
        await bearer(c, token).graphql(ME);
        expect((await counted(c, bearer(c, token))).authentication).toBe(0);

        await proxy.stop();
        await vi.waitFor(() => expect(c.watch.cache.live).toBe(false));
        for (let i = 0; i < 3; i++) expect((await counted(c, bearer(c, token))).authentication).toBe(1);
        await db.prisma.apiToken.updateMany({
          where: { userId: users.clerk, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        expect((await bearer(c, token).graphql(ME)).errors?.[0]?.message).toContain("revoked");

        await proxy.start();
        await vi.waitFor(() => expect(c.watch.cache.live).toBe(true), { timeout: 5_000 });
        const fresh = await newToken(users.clerk);
        await bearer(c, fresh).graphql(ME);
        expect((await counted(c, bearer(c, fresh))).authentication).toBe(0);

        // A connection that stays open but carries nothing (a frozen server, a dead network)
        // fails its heartbeat and counts as lost.
        proxy.freeze();
        await vi.waitFor(() => expect(c.watch.cache.live).toBe(false), { timeout: 5_000 });
        expect((await counted(c, bearer(c, fresh))).authentication).toBe(1);
        proxy.thaw();
        await vi.waitFor(() => expect(c.watch.cache.live).toBe(true), { timeout: 5_000 });
      } finally {
        await c.close();
        await proxy.close();
        await prisma.$disconnect();
      }
    });
  });
});
