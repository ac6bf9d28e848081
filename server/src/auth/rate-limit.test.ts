// Sign-in throttling, kept in the database: growing delays per username and address, a
// per-address limit, a mild per-username delay, shared by every API process. Times come
// from a given `now` (for HTTP requests, the sign-in's clock stopped at T0), never from
// measuring.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { hashPassword } from "@p181/db/password";
import { createApp, type App } from "../yoga.ts";
import { LOGIN_THROTTLE, loginClock, loginKeys } from "./login.ts";
import { claim, delayAfter, forgive, reset, sweep, type Backoff } from "./rate-limit.ts";
import { BROWSER_HEADERS, LOGIN, TestClient } from "../testing/auth-client.ts";

const SECOND = 1000;
const T0 = new Date(Math.floor(Date.now() / SECOND) * SECOND);
const at = (ms: number) => new Date(T0.getTime() + ms);

describe("backoff schedule", () => {
  it("lets a user mistype five times, then doubles the wait from 1 s up to 15 minutes per username and address", () => {
    const waits = Array.from({ length: 18 }, (_, i) => delayAfter(LOGIN_THROTTLE.pair, i + 1) / SECOND);
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900, 900]);
    expect(delayAfter(LOGIN_THROTTLE.pair, 10_000)).toBe(15 * 60 * SECOND);
  });

  it("allows 30 failures from one address before slowing it down", () => {
    expect(delayAfter(LOGIN_THROTTLE.address, 29)).toBe(0);
    expect(delayAfter(LOGIN_THROTTLE.address, 30)).toBe(SECOND);
    expect(delayAfter(LOGIN_THROTTLE.address, 100)).toBe(15 * 60 * SECOND);
  });

  it("never holds a username up for more than 30 s", () => {
    expect(delayAfter(LOGIN_THROTTLE.username, 9)).toBe(0);
    expect([10, 11, 12, 13, 14, 15, 1000].map((n) => delayAfter(LOGIN_THROTTLE.username, n) / SECOND)).toEqual([
      1, 2, 4, 8, 16, 30, 30,
    ]);
  });
});

describe.each(backendsUnderTest())("sign-in throttling on %s", (backend) => {
  let db: TestDatabase;
  /** Two API processes behind one load balancer: nothing shared but the database. */
  let first: App;
  let second: App;
  /** The same, behind a balancer at 10.0.0.2 that appends X-Forwarded-For. */
  let proxied: App;

  const attacker = "203.0.113.9";
  const owner = "198.51.100.7";
  /** One login through app.fetch, as the admin's page sends it, from the socket peer `peer`. */
  const login = (app: App, username: string, password: string, peer: string, headers: Record<string, string> = {}) =>
    new TestClient(app, { ...BROWSER_HEADERS, ...headers }, undefined, peer).graphql(LOGIN, { username, password });
  const codeOf = async (reply: ReturnType<typeof login>) => (await reply).errors?.[0]?.extensions?.code ?? "OK";
  const counter = (key: string) => db.prisma.rateLimitCounter.findUnique({ where: { key } });
  /** Stores a key's state as the given number of failures would have left it at `lastFailure`. */
  const failed = (key: string, policy: Backoff, failures: number, lastFailure = T0) =>
    db.prisma.rateLimitCounter.create({
      data: { key, count: failures, resetAt: new Date(lastFailure.getTime() + delayAfter(policy, failures)) },
    });

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    first = createApp({ prisma: db.prisma, development: false });
    second = createApp({ prisma: db.prisma, development: false });
    proxied = createApp({ prisma: db.prisma, development: false, trustedProxies: ["10.0.0.2"] });
    const passwordHash = await hashPassword("secret-pw");
    await db.prisma.user.createMany({
      data: ["admin", "other"].map((username) => ({
        username,
        displayName: username,
        role: "CITY_ADMIN" as const,
        passwordHash,
      })),
    });
  });
  let now = T0;
  beforeEach(async () => {
    await db.prisma.rateLimitCounter.deleteMany();
    // Only the sign-in's clock stops (faking Date would stop PGlite's too).
    now = T0;
    vi.spyOn(loginClock, "now").mockImplementation(() => now);
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => db?.drop());

  it("slows the guesser down with growing delays, and lets the real user in from their own address", async () => {
    // Four wrong passwords already (each real one costs a scrypt verification), then the fifth.
    await failed(loginKeys("admin", attacker).pair, LOGIN_THROTTLE.pair, LOGIN_THROTTLE.pair.free - 1);
    expect(await codeOf(login(second, "admin", "wrong", attacker))).toBe("BAD_CREDENTIALS");
    // Five failures: the next guess for admin from this address waits 1 s, on either process.
    const limited = await login(first, "ADMIN ", "wrong", attacker);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect(limited.headers.get("x-content-type-options")).toBe("nosniff");
    expect(limited.errors).toEqual([
      expect.objectContaining({
        message: "登录尝试过多，请 1 秒后再试 | Too many sign-in attempts; try again in 1 seconds.",
        extensions: { code: "RATE_LIMITED", retryAfterSeconds: 1 },
      }),
    ]);
    expect(await codeOf(login(second, "admin", "secret-pw", attacker))).toBe("RATE_LIMITED");
    expect((await counter(loginKeys("admin", attacker).pair))?.count).toBe(5); // refused attempts count nothing

    // The owner, elsewhere, is not held up at all; other accounts from the attacker's address neither.
    expect(await codeOf(login(second, "admin", "secret-pw", owner))).toBe("OK");
    expect(await codeOf(login(first, "other", "secret-pw", attacker))).toBe("OK");

    // After the wait, one more guess, and the wait doubles.
    now = at(SECOND);
    expect(await codeOf(login(first, "admin", "wrong", attacker))).toBe("BAD_CREDENTIALS");
    const doubled = await login(second, "admin", "wrong", attacker);
    expect(doubled.errors?.[0]?.extensions).toEqual({ code: "RATE_LIMITED", retryAfterSeconds: 2 });
    expect(doubled.headers.get("retry-after")).toBe("2");
  });

  it("tells minutes once the wait is long, and keeps the counters in the shared table", async () => {
    await failed(loginKeys("admin", attacker).pair, LOGIN_THROTTLE.pair, 14); // a 512 s wait from T0
    now = at(12 * SECOND);
    const reply = await login(first, "admin", "secret-pw", attacker);
    expect(reply.errors?.[0]).toMatchObject({
      message: "登录尝试过多，请 9 分钟后再试 | Too many sign-in attempts; try again in 9 minutes.",
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: 500 },
    });
    expect(reply.headers.get("retry-after")).toBe("500");
  });

  it("clears the pair's failures when the password is right", async () => {
    const keys = loginKeys("admin", owner);
    await failed(keys.pair, LOGIN_THROTTLE.pair, 8, at(-60 * SECOND)); // waited long enough
    expect(await codeOf(login(first, "admin", "secret-pw", owner))).toBe("OK");
    expect(await counter(keys.pair)).toBeNull();
    // A new typo starts from nothing: no wait.
    expect(await codeOf(login(first, "admin", "wrong", owner))).toBe("BAD_CREDENTIALS");
    expect(await counter(keys.pair)).toMatchObject({ count: 1, resetAt: T0 });
  });

  it("slows down one address spraying a password over many usernames, and only that address", async () => {
    const keys = loginKeys("anyone", attacker);
    await failed(keys.address, LOGIN_THROTTLE.address, LOGIN_THROTTLE.address.free - 1);
    expect(await codeOf(login(first, "nobody-30", "Winter2026!", attacker))).toBe("BAD_CREDENTIALS");
    const reply = await login(second, "nobody-31", "Winter2026!", attacker);
    expect(reply.errors?.[0]?.extensions).toEqual({ code: "RATE_LIMITED", retryAfterSeconds: 1 });
    expect(await codeOf(login(second, "other", "secret-pw", owner))).toBe("OK");
  });

  it("holds a username attacked from many addresses up for at most 30 s, and not at all where its owner signs in", async () => {
    const keys = loginKeys("admin", owner);
    // The owner signed in from home earlier: that address is known for admin.
    expect(await codeOf(login(first, "admin", "secret-pw", owner))).toBe("OK");
    expect(await counter(keys.known)).toMatchObject({ resetAt: at(LOGIN_THROTTLE.knownAddressMs) });
    // Then a botnet spread 40 failures over 40 addresses: the username waits, but at most 30 s.
    await failed(keys.username, LOGIN_THROTTLE.username, 40);
    const elsewhere = await login(first, "admin", "secret-pw", "192.0.2.200");
    expect(elsewhere.errors?.[0]?.extensions).toEqual({ code: "RATE_LIMITED", retryAfterSeconds: 30 });
    expect(await codeOf(login(second, "admin", "secret-pw", owner))).toBe("OK");
    // Signing in cleared the username's failures too.
    expect(await counter(keys.username)).toBeNull();
  });

  it("throttles unknown usernames exactly like existing ones, without checking a password", async () => {
    for (const username of ["admin", "no-such-user"]) {
      await failed(loginKeys(username, attacker).pair, LOGIN_THROTTLE.pair, 7); // a 4 s wait
      const reply = await login(first, username, "whatever", attacker);
      expect(reply.status).toBe(429);
      expect(reply.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining("4 秒"),
          extensions: { code: "RATE_LIMITED", retryAfterSeconds: 4 },
        }),
      ]);
    }
  });

  it("lets exactly the free failures through when guesses arrive in parallel on two processes", async () => {
    // Three of the five free failures are used up: of twelve parallel guesses, two get a password check.
    await failed(loginKeys("admin", attacker).pair, LOGIN_THROTTLE.pair, 3);
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) => codeOf(login(i % 2 ? first : second, "admin", "wrong", attacker))),
    );
    expect(replies.filter((code) => code === "BAD_CREDENTIALS")).toHaveLength(2);
    expect(replies.filter((code) => code === "RATE_LIMITED")).toHaveLength(10);
    expect((await counter(loginKeys("admin", attacker).pair))?.count).toBe(LOGIN_THROTTLE.pair.free);
  });

  it("keys on the client behind a trusted proxy, and ignores X-Forwarded-For from anyone else", async () => {
    await failed(loginKeys("admin", attacker).pair, LOGIN_THROTTLE.pair, 7);
    // Directly connected, the attacker cannot claim another address.
    expect(await codeOf(login(first, "admin", "secret-pw", attacker, { "x-forwarded-for": owner }))).toBe(
      "RATE_LIMITED",
    );
    expect(await codeOf(login(proxied, "admin", "secret-pw", attacker, { "x-forwarded-for": owner }))).toBe(
      "RATE_LIMITED",
    );
    // Behind the balancer, the hop it appended is the client; what the client wrote before it is not.
    expect(await codeOf(login(proxied, "admin", "secret-pw", "10.0.0.2", { "x-forwarded-for": attacker }))).toBe(
      "RATE_LIMITED",
    );
    expect(
      await codeOf(
        login(proxied, "admin", "secret-pw", "::ffff:10.0.0.2", { "x-forwarded-for": `${owner}, ${attacker}` }),
      ),
    ).toBe("RATE_LIMITED");
    // Without a trusted proxy, the balancer's header means nothing: the balancer is the client.
    expect(await codeOf(login(first, "admin", "secret-pw", "10.0.0.2", { "x-forwarded-for": attacker }))).toBe("OK");
    expect(await codeOf(login(proxied, "admin", "secret-pw", "10.0.0.2", { "x-forwarded-for": owner }))).toBe("OK");
  });
  describe("counters", () => {
    const policy: Backoff = {
      free: 2,
      firstDelayMs: 10 * SECOND,
      maxDelayMs: 60 * SECOND,
      forgetAfterMs: 3600 * SECOND,
    };
    const other: Backoff = { ...policy, free: 100 };

    it("counts failures, refuses during the delay with the time left, and forgets after a quiet spell", async () => {
      const check = [{ key: "k", policy }];
      expect(await claim(db.prisma, check, T0)).toMatchObject({
        allowed: true,
        claimed: [{ key: "k", count: 1, resetAt: T0 }],
      });
      expect(await claim(db.prisma, check, at(1))).toMatchObject({
        allowed: true,
        claimed: [{ count: 2, resetAt: at(1 + 10 * SECOND) }],
      });
      expect(await claim(db.prisma, check, at(2))).toEqual({ allowed: false, retryAfterMs: 10 * SECOND - 1 });
      expect(await claim(db.prisma, check, at(1 + 10 * SECOND))).toMatchObject({
        allowed: true,
        claimed: [{ count: 3, resetAt: at(1 + 30 * SECOND) }],
      });
      expect(await claim(db.prisma, check, at(30 * SECOND))).toEqual({ allowed: false, retryAfterMs: 1 });
      // An hour after the last wait ran out, the key starts again.
      expect(await claim(db.prisma, check, at(1 + 30 * SECOND + 3600 * SECOND))).toMatchObject({
        allowed: true,
        claimed: [{ count: 1 }],
      });
    });

    it("never holds up an attempt whose clock reads earlier than a failure that earned no wait", async () => {
      await claim(db.prisma, [{ key: "k", policy }], at(50));
      // Another process started this attempt 50 ms earlier by its clock: one failure, no wait yet.
      expect(await claim(db.prisma, [{ key: "k", policy }], T0)).toMatchObject({
        allowed: true,
        claimed: [{ count: 2, resetAt: at(10 * SECOND) }],
      });
    });

    it("counts nothing on any key while one of them makes the attempt wait", async () => {
      await claim(db.prisma, [{ key: "a", policy }], T0);
      await claim(db.prisma, [{ key: "a", policy }], T0);
      expect(
        await claim(
          db.prisma,
          [
            { key: "b", policy: other },
            { key: "a", policy },
          ],
          at(SECOND),
        ),
      ).toEqual({ allowed: false, retryAfterMs: 9 * SECOND });
      expect(await db.prisma.rateLimitCounter.findUnique({ where: { key: "b" } })).toBeNull();
    });

    it("takes a claim back exactly, or only its count when the key moved on", async () => {
      await claim(db.prisma, [{ key: "k", policy }], T0);
      const second = await claim(db.prisma, [{ key: "k", policy }], T0);
      if (!second.allowed) throw new Error("expected the second claim to pass");
      await forgive(db.prisma, second.claimed[0]!, T0);
      expect(await db.prisma.rateLimitCounter.findUnique({ where: { key: "k" } })).toEqual({
        key: "k",
        count: 1,
        resetAt: T0,
      });

      const next = await claim(db.prisma, [{ key: "k", policy }], T0);
      if (!next.allowed) throw new Error("expected the claim to pass");
      await db.prisma.rateLimitCounter.update({ where: { key: "k" }, data: { count: 9, resetAt: at(60 * SECOND) } });
      await forgive(db.prisma, next.claimed[0]!, T0);
      expect(await db.prisma.rateLimitCounter.findUnique({ where: { key: "k" } })).toEqual({
        key: "k",
        count: 8,
        resetAt: at(60 * SECOND),
      });
    });

    it("never loses a count between concurrent claims", async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, () => claim(db.prisma, [{ key: "busy", policy: other }], T0)),
      );
      expect(results.every((result) => result.allowed)).toBe(true);
      expect(await db.prisma.rateLimitCounter.findUnique({ where: { key: "busy" } })).toMatchObject({ count: 10 });
    });

    it("resets keys, sweeps rows long past, and keeps times in UTC as Prisma stores them", async () => {
      await db.prisma.rateLimitCounter.createMany({
        data: [
          { key: "old", count: 3, resetAt: at(-2 * 86_400 * SECOND) },
          { key: "recent", count: 3, resetAt: at(-3600 * SECOND) },
          { key: "mine", count: 3, resetAt: T0 },
        ],
      });
      await reset(db.prisma, ["mine"]);
      await sweep(db.prisma, 86_400 * SECOND, T0);
      expect(await db.prisma.rateLimitCounter.findMany({ select: { key: true }, orderBy: { key: "asc" } })).toEqual([
        { key: "recent" },
      ]);
      const [stored] = await db.prisma.$queryRaw<
        { iso: string }[]
      >`SELECT to_char("resetAt", 'YYYY-MM-DD"T"HH24:MI:SS') AS iso FROM "RateLimitCounter"`;
      expect(stored?.iso).toBe(
        at(-3600 * SECOND)
          .toISOString()
          .slice(0, 19),
      );
    });
  });
});
