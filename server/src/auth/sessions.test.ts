// Browser sessions end to end: login, cookie, CSRF header, me, logout, expiry.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { createApp, type App } from "../yoga.ts";
import { hashPassword, LEGACY_SCRYPT_PARAMETERS, needsRehash } from "@p181/db/password";
import { sha256Hex } from "./secrets.ts";
import { SESSION_COOKIE } from "./sessions.ts";
import { LOGIN, ME, TestClient } from "../testing/auth-client.ts";

const WRONG = "用户名或密码错误 | Wrong username or password.";

describe.each(backendsUnderTest())("browser sessions on %s", (backend) => {
  let db: TestDatabase;
  let app: App;
  let ip = 0;
  /** A fresh client address per test, so the login rate limit never gets in the way here. */
  const browser = (url?: string) => new TestClient(app, {}, url, `10.0.0.${++ip}`);

  async function signedIn(username = "xq-admin") {
    const client = browser();
    const { data } = await client.graphql(LOGIN, { username, password: "secret-pw" });
    return { client, csrf: { "x-csrf-token": data.login.csrfToken as string } };
  }

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    app = createApp({ prisma: db.prisma, development: false });
    const town = await db.prisma.town.create({ data: { code: "XQ", name: "新桥镇", kind: "TOWN" } });
    const passwordHash = await hashPassword("secret-pw");
    await db.prisma.user.createMany({
      data: [
        { username: "xq-admin", displayName: "新桥镇管理员", role: "TOWN_ADMIN", townId: town.id, passwordHash },
        { username: "leader", displayName: "部领导", role: "VIEWER", passwordHash },
        { username: "gone", displayName: "离职人员", role: "CITY_ADMIN", passwordHash, active: false },
        { username: "no-password", displayName: "未设密码", role: "CITY_ADMIN" },
      ],
    });
  });
  afterAll(() => db?.drop());

  it("signs in: HttpOnly Lax cookie with the session token, CSRF token in the answer", async () => {
    const client = browser();
    const reply = await client.graphql(LOGIN, { username: "xq-admin", password: "secret-pw" });
    expect(reply.errors).toBeUndefined();
    expect(reply.data.login).toMatchObject({
      username: "xq-admin",
      role: "TOWN_ADMIN",
      via: "SESSION",
      canWrite: true,
    });
    const csrfToken = reply.data.login.csrfToken as string;
    expect(csrfToken).toMatch(/^[\w-]{43}$/);

    expect(reply.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await app.fetch("http://yoga/health")).headers.get("x-content-type-options")).toBe("nosniff");

    expect(reply.setCookies).toHaveLength(1);
    const cookie = reply.setCookies[0]!;
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]{43}; `));
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    expect(cookie).toContain(`Max-Age=${12 * 60 * 60}`);
    expect(cookie).not.toContain("Secure");

    const token = client.cookies.get(SESSION_COOKIE)!;
    const session = await db.prisma.session.findUniqueOrThrow({ where: { id: sha256Hex(token) } });
    expect(session.csrfToken).toBe(csrfToken);
    expect(await db.prisma.session.count({ where: { id: token } })).toBe(0);
    expect(JSON.stringify(reply.data)).not.toContain(token);
  });

  it("marks the cookie Secure over https and in production", async () => {
    const overHttps = await browser("https://yoga/graphql").graphql(LOGIN, {
      username: "xq-admin",
      password: "secret-pw",
    });
    expect(overHttps.setCookies[0]).toContain("; Secure");
    vi.stubEnv("NODE_ENV", "production");
    try {
      const inProduction = await browser().graphql(LOGIN, { username: "xq-admin", password: "secret-pw" });
      expect(inProduction.setCookies[0]).toContain("; Secure");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("refuses wrong passwords, unknown, inactive and password-less users with one message", async () => {
    for (const [username, password] of [
      ["xq-admin", "wrong"],
      ["nobody", "secret-pw"],
      ["gone", "secret-pw"],
      ["no-password", ""],
      ["no-password", "secret-pw"],
    ]) {
      const reply = await browser().graphql(LOGIN, { username, password });
      expect(reply.data).toBeNull();
      expect(reply.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
        [WRONG, "BAD_CREDENTIALS"],
      ]);
      expect(reply.setCookies).toEqual([]);
    }
  });

  it("replaces a hash made with the old scrypt parameters at the next sign-in, in the same request", async () => {
    // The one place that creates a user with a legacy hash, on purpose.
    const legacy = await hashPassword("old-pw", undefined, LEGACY_SCRYPT_PARAMETERS);
    const user = await db.prisma.user.create({
      data: { username: "veteran", displayName: "老用户", role: "VIEWER", passwordHash: legacy },
    });
    const stored = async () => (await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!;

    // A wrong password changes nothing.
    expect(
      (await browser().graphql(LOGIN, { username: "veteran", password: "wrong" })).errors?.[0]?.extensions?.code,
    ).toBe("BAD_CREDENTIALS");
    expect(await stored()).toBe(legacy);

    const reply = await browser().graphql(LOGIN, { username: "veteran", password: "old-pw" });
    expect(reply.errors).toBeUndefined();
    const upgraded = await stored();
    expect(upgraded).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(needsRehash(upgraded)).toBe(false);
    // Nobody edited the user: the audit columns stay as they were.
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).updatedAt).toEqual(user.updatedAt);

    // The new hash takes the same password, and is left alone from now on.
    expect((await browser().graphql(LOGIN, { username: "veteran", password: "old-pw" })).errors).toBeUndefined();
    expect(await stored()).toBe(upgraded);
  });

  it("answers me with the user, scope and CSRF token when the header is sent", async () => {
    const { client, csrf } = await signedIn();
    const { data, errors } = await client.graphql(ME, undefined, csrf);
    expect(errors).toBeUndefined();
    expect(data.me).toEqual({
      id: expect.any(Number),
      username: "xq-admin",
      displayName: "新桥镇管理员",
      role: "TOWN_ADMIN",
      plans: [],
      town: { code: "XQ" },
      zone: null,
      via: "SESSION",
      canWrite: true,
      csrfToken: csrf["x-csrf-token"],
    });
  });

  it("gives a VIEWER account a session that cannot write", async () => {
    const { client, csrf } = await signedIn("leader");
    expect((await client.graphql(ME, undefined, csrf)).data.me).toMatchObject({ role: "VIEWER", canWrite: false });
  });

  it("treats a cookie without its CSRF header as anonymous, but lets me hand the token back", async () => {
    const { client, csrf } = await signedIn();
    const withoutHeader = await client.graphql("{ apiTokens { id } }");
    expect(withoutHeader.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const wrongHeader = await client.graphql("{ apiTokens { id } }", undefined, { "x-csrf-token": "nope" });
    expect(wrongHeader.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const recovered = await client.graphql(ME);
    expect(recovered.data.me).toMatchObject({ username: "xq-admin", csrfToken: csrf["x-csrf-token"] });
    expect(
      (await client.graphql("{ apiTokens { id } }", undefined, { "x-csrf-token": recovered.data.me.csrfToken })).errors,
    ).toBeUndefined();
  });

  it("refuses mutations made with the cookie but without the CSRF header", async () => {
    const { client, csrf } = await signedIn();
    const mutation = 'mutation { createApiToken(name: "bi") { token } }';
    for (const headers of [{}, { "x-csrf-token": "forged" }]) {
      const reply = await client.graphql(mutation, undefined, headers);
      expect(reply.status).toBe(403);
      expect(reply.errors?.map((error) => error.extensions?.code)).toEqual(["CSRF"]);
    }
    const logout = await client.graphql("mutation { logout }");
    expect(logout.errors?.[0]?.extensions?.code).toBe("CSRF");
    expect((await client.graphql(ME, undefined, csrf)).data.me.username).toBe("xq-admin");
    expect((await client.graphql(mutation, undefined, csrf)).errors).toBeUndefined();
  });

  it("lets anonymous requests sign in and nothing else", async () => {
    const client = browser();
    expect((await client.graphql(ME)).data.me).toBeNull();
    expect((await client.graphql("{ apiTokens { id } }")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(
      (await client.graphql('mutation { createApiToken(name: "x") { token } }')).errors?.[0]?.extensions?.code,
    ).toBe("UNAUTHENTICATED");
    expect((await client.graphql("{ __typename }")).data).toEqual({ __typename: "Query" });
  });

  it("logs out: revokes the session and clears the cookie", async () => {
    const { client, csrf } = await signedIn();
    const token = client.cookies.get(SESSION_COOKIE)!;
    const reply = await client.graphql("mutation { logout }", undefined, csrf);
    expect(reply.data).toEqual({ logout: true });
    expect(reply.setCookies).toEqual([expect.stringMatching(new RegExp(`^${SESSION_COOKIE}=; Path=/; Max-Age=0; `))]);
    expect((await db.prisma.session.findUniqueOrThrow({ where: { id: sha256Hex(token) } })).revokedAt).toBeInstanceOf(
      Date,
    );

    const replay = new TestClient(app, { cookie: `${SESSION_COOKIE}=${token}`, ...csrf });
    expect((await replay.graphql(ME)).data.me).toBeNull();
  });

  it("ends expired sessions and clears their cookie", async () => {
    const { client, csrf } = await signedIn();
    const id = sha256Hex(client.cookies.get(SESSION_COOKIE)!);
    await db.prisma.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const reply = await client.graphql(ME, undefined, csrf);
    expect(reply.data.me).toBeNull();
    expect(reply.setCookies).toEqual([expect.stringContaining("Max-Age=0")]);
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it("ends the sessions of a deactivated user", async () => {
    const { client, csrf } = await signedIn("leader");
    await db.prisma.user.update({ where: { username: "leader" }, data: { active: false } });
    try {
      expect((await client.graphql(ME, undefined, csrf)).data.me).toBeNull();
    } finally {
      await db.prisma.user.update({ where: { username: "leader" }, data: { active: true } });
    }
  });

  it("slides the expiry with use, writing at most once a minute", async () => {
    const { client, csrf } = await signedIn();
    const id = sha256Hex(client.cookies.get(SESSION_COOKIE)!);
    const fresh = await client.graphql(ME, undefined, csrf);
    expect(fresh.setCookies).toEqual([]);

    const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await db.prisma.session.update({
      where: { id },
      data: { lastSeenAt: longAgo, expiresAt: new Date(longAgo.getTime() + 12 * 60 * 60 * 1000) },
    });
    const reply = await client.graphql(ME, undefined, csrf);
    expect(reply.setCookies).toEqual([expect.stringContaining(`Max-Age=${12 * 60 * 60}`)]);
    const session = await db.prisma.session.findUniqueOrThrow({ where: { id } });
    expect(session.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11.9 * 60 * 60 * 1000);

    await client.graphql(ME, undefined, csrf);
    expect((await db.prisma.session.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(session.lastSeenAt);
  });

  it("replaces the session a browser already had when it signs in again", async () => {
    const { client } = await signedIn();
    const before = sha256Hex(client.cookies.get(SESSION_COOKIE)!);
    await client.graphql(LOGIN, { username: "xq-admin", password: "secret-pw" });
    expect(sha256Hex(client.cookies.get(SESSION_COOKIE)!)).not.toBe(before);
    expect((await db.prisma.session.findUniqueOrThrow({ where: { id: before } })).revokedAt).toBeInstanceOf(Date);
  });
});
