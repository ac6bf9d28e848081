// LISTEN on each backend: on a PostgreSQL server through a connection of its own; on the
// embedded PGlite, whose single session hands a notification back on the connection that
// committed it, before the commit returns.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "./client.ts";
import { listenOnServer, listenOnSharedSession, type ListenCallbacks } from "./notifications.ts";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "./testing.ts";

function recorder() {
  const heard: string[] = [];
  const states: string[] = [];
  const callbacks: ListenCallbacks = {
    onListening: (rows) => states.push(`listening ${JSON.stringify(rows)}`),
    onLost: () => states.push("lost"),
    onNotification: (payload) => heard.push(payload),
  };
  return { heard, states, callbacks };
}

describe.skipIf(!backendsUnderTest().includes("pglite"))("notifications on the embedded PGlite", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("pglite", { migrate: false });
  });
  afterAll(() => db?.drop());

  it("arrive on the app's own connection before its commit returns, with what was asked once listening", async () => {
    const { heard, states, callbacks } = recorder();
    const listener = await listenOnSharedSession(db.prisma, "news", callbacks, { afterListen: "SELECT 7 AS n" });
    expect(states).toEqual([`listening [{"n":7}]`]);
    await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SELECT pg_notify('news', 'one')");
      await tx.$executeRawUnsafe("SELECT pg_notify('elsewhere', 'two')");
      expect(heard).toEqual([]);
    });
    expect(heard).toEqual(["one"]);
    await listener.close();
    expect(states.at(-1)).toBe("lost");
  });
});

describe.skipIf(!backendsUnderTest().includes("postgres"))("notifications on a PostgreSQL server", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("postgres", { migrate: false });
  });
  afterAll(() => db?.drop());

  it("arrive on a listening connection of its own, which comes back after it is terminated", async () => {
    const { heard, states, callbacks } = recorder();
    const listener = listenOnServer(db.url, "news", callbacks, {
      applicationName: "notifications test",
      afterListen: "SELECT 7 AS n",
      maxRetryMs: 100,
    });
    try {
      await vi.waitFor(() => expect(states).toEqual([`listening [{"n":7}]`]));
      const writer = createPrismaClient(db.url, { poolSize: 1 });
      try {
        await writer.$executeRawUnsafe("SELECT pg_notify('news', 'one')");
        await vi.waitFor(() => expect(heard).toEqual(["one"]));
        await writer.$executeRawUnsafe(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'notifications test'",
        );
        await vi.waitFor(() => expect(states.slice(1)).toEqual(["lost", `listening [{"n":7}]`]));
        await writer.$executeRawUnsafe("SELECT pg_notify('news', 'two')");
        await vi.waitFor(() => expect(heard).toEqual(["one", "two"]));
      } finally {
        await writer.$disconnect();
      }
    } finally {
      await listener.close();
    }
  });
});
