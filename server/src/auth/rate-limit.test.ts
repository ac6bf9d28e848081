// The sign-in rate limit lives in the database: two app instances share the counters.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { createApp, type App } from "../yoga.ts";
import { LOGIN_LIMITS } from "./login.ts";
import { hashPassword } from "@p181/db/password";
import { hit } from "./rate-limit.ts";
import { LOGIN, TestClient } from "./testing.ts";

describe.each(backendsUnderTest())("sign-in rate limit on %s", (backend) => {
  let db: TestDatabase;
  let first: App;
  let second: App;

  const attempt = (app: App, username: string, password: string, address = "192.0.2.1") =>
    new TestClient(app, { "x-forwarded-for": `203.0.113.9, ${address}` }).graphql(LOGIN, { username, password });
  const codeOf = async (reply: ReturnType<typeof attempt>) => (await reply).errors?.[0]?.extensions?.code ?? "OK";

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    // Two API processes behind one load balancer: nothing shared but the database.
    first = createApp({ prisma: db.prisma, development: false });
    second = createApp({ prisma: db.prisma, development: false });
    const passwordHash = await hashPassword("secret-pw");
    await db.prisma.user.createMany({
      data: ["admin", "other", ...Array.from({ length: 8 }, (_, i) => `user${i}`)].map((username) => ({
        username,
        displayName: username,
        role: "CITY_ADMIN" as const,
        passwordHash,
      })),
    });
  });
  beforeEach(() => db.prisma.rateLimitCounter.deleteMany());
  afterAll(() => db?.drop());

  it("trips after 5 failures for a username, across app instances, even for the right password", async () => {
    for (let i = 0; i < LOGIN_LIMITS.perUsername; i++) {
      expect(await codeOf(attempt(i % 2 ? first : second, "admin", "wrong"))).toBe("BAD_CREDENTIALS");
    }
    const limited = await attempt(second, "ADMIN ", "secret-pw");
    expect(limited.errors?.[0]).toMatchObject({ extensions: { code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) } });
    expect(limited.errors?.[0]?.message).toMatch(/15 分钟.*15 minutes/);
    expect(await codeOf(attempt(first, "admin", "secret-pw", "198.51.100.7"))).toBe("RATE_LIMITED");
    expect(await codeOf(attempt(first, "other", "secret-pw"))).toBe("OK");
  });

  it("starts counting again when the window ends", async () => {
    for (let i = 0; i <= LOGIN_LIMITS.perUsername; i++) await attempt(first, "admin", "wrong");
    expect(await codeOf(attempt(first, "admin", "secret-pw"))).toBe("RATE_LIMITED");
    await db.prisma.rateLimitCounter.updateMany({ data: { resetAt: new Date(Date.now() - 1000) } });
    expect(await codeOf(attempt(first, "admin", "secret-pw"))).toBe("OK");
  });

  it("forgets a username's failures when it signs in", async () => {
    for (let i = 0; i < LOGIN_LIMITS.perUsername - 1; i++) await attempt(first, "admin", "wrong");
    expect(await codeOf(attempt(second, "admin", "secret-pw"))).toBe("OK");
    for (let i = 0; i < LOGIN_LIMITS.perUsername; i++) {
      expect(await codeOf(attempt(first, "admin", "wrong"))).toBe("BAD_CREDENTIALS");
    }
  });

  it("limits one client address to 30 failures whatever the usernames", async () => {
    // Eight names, at most four failures each: only the address limit can trip.
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
      expect(await codeOf(attempt(i % 2 ? first : second, `user${i % 8}`, "wrong", "192.0.2.50"))).toBe("BAD_CREDENTIALS");
    }
    expect(await codeOf(attempt(first, "other", "secret-pw", "192.0.2.50"))).toBe("RATE_LIMITED");
    expect(await codeOf(attempt(second, "other", "secret-pw", "192.0.2.51"))).toBe("OK");
  });

  it("counts parallel attempts atomically: exactly the limit gets through", async () => {
    const replies = await Promise.all(Array.from({ length: 12 }, (_, i) => codeOf(attempt(i % 2 ? first : second, "admin", "wrong"))));
    expect(replies.filter((code) => code === "BAD_CREDENTIALS")).toHaveLength(LOGIN_LIMITS.perUsername);
    expect(replies.filter((code) => code === "RATE_LIMITED")).toHaveLength(12 - LOGIN_LIMITS.perUsername);
  });

  it("keeps the window's end in UTC, as Prisma stores DateTime", async () => {
    const now = new Date();
    const [counter] = await hit(db.prisma, ["probe"], 60_000, now);
    expect(counter).toEqual({ key: "probe", count: 1, resetAt: new Date(now.getTime() + 60_000) });
    expect((await db.prisma.rateLimitCounter.findUniqueOrThrow({ where: { key: "probe" } })).resetAt).toEqual(new Date(now.getTime() + 60_000));
  });
});
