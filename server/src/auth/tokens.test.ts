// API tokens end to end: created from a session, shown once, used as Bearer, revoked, expired.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { createApp, type App } from "../yoga.ts";
import { sha256Hex } from "./secrets.ts";
import { ME, sessionFor, TestClient } from "../testing/auth-client.ts";

const CREATE = `mutation Create($name: String!, $access: ApiTokenAccess, $expiresAt: DateTime) {
  createApiToken(name: $name, access: $access, expiresAt: $expiresAt) { token apiToken { id name prefix access expiresAt lastUsedAt revokedAt live } }
}`;
const REVOKE = "mutation Revoke($id: Int!) { revokeApiToken(id: $id) { id revokedAt live } }";
const LIST = "{ apiTokens { id name prefix access live } }";

describe.each(backendsUnderTest())("API tokens on %s", (backend) => {
  let db: TestDatabase;
  let app: App;

  /** A signed-in browser that sends its CSRF token (signing in itself is tested in sessions.test.ts). */
  const session = (username: string) => sessionFor(app, db.prisma, username);

  async function newToken(username: string, variables: Record<string, unknown>) {
    const reply = await (await session(username)).graphql(CREATE, variables);
    expect(reply.errors).toBeUndefined();
    return reply.data.createApiToken as { token: string; apiToken: { id: number; prefix: string } };
  }

  const bearer = (token: string) => new TestClient(app, { authorization: `Bearer ${token}` });

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    app = createApp({ prisma: db.prisma, development: false });
    await db.prisma.user.createMany({
      data: [
        { username: "admin", displayName: "市级管理员", role: "CITY_ADMIN" },
        { username: "bi", displayName: "数据分析接口", role: "VIEWER" },
      ],
    });
  });
  afterAll(() => db?.drop());

  it("creates a token shown once and stores only its hash and prefix", async () => {
    const created = await newToken("admin", { name: "  季度报表  " });
    expect(created.token).toMatch(/^p181_[\w-]{43}$/);
    expect(created.apiToken).toMatchObject({
      name: "季度报表",
      access: "READ_ONLY",
      prefix: created.token.slice(0, 13),
      live: true,
      lastUsedAt: null,
    });
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.apiToken.id } });
    expect(row.tokenHash).toBe(sha256Hex(created.token));

    const listed = await (await session("admin")).graphql(LIST);
    expect(listed.data.apiTokens).toContainEqual({
      id: created.apiToken.id,
      name: "季度报表",
      prefix: created.apiToken.prefix,
      access: "READ_ONLY",
      live: true,
    });
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
  });

  it("authenticates a Bearer token: read-only cannot write, read-write can", async () => {
    const readOnly = await newToken("admin", { name: "ro" });
    const me = await bearer(readOnly.token).graphql(ME);
    expect(me.data.me).toMatchObject({ username: "admin", via: "TOKEN", canWrite: false, csrfToken: null });
    expect(me.setCookies).toEqual([]);

    const readWrite = await newToken("admin", { name: "rw", access: "READ_WRITE" });
    expect((await bearer(readWrite.token).graphql(ME)).data.me).toMatchObject({ via: "TOKEN", canWrite: true });
  });

  it("refuses mutations that need writing to a read-only token", async () => {
    const readOnly = await newToken("admin", { name: "ro" });
    const reply = await bearer(readOnly.token).graphql(REVOKE, { id: readOnly.apiToken.id });
    expect(reply.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect((await bearer(readOnly.token).graphql(ME)).data.me.username).toBe("admin");
  });

  it("creates tokens only from a session, and read-only ones only for VIEWER accounts", async () => {
    const readWrite = await newToken("admin", { name: "rw", access: "READ_WRITE" });
    expect((await bearer(readWrite.token).graphql(CREATE, { name: "child" })).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );

    const viewer = await session("bi");
    expect((await viewer.graphql(CREATE, { name: "bi", access: "READ_WRITE" })).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    const readOnly = await viewer.graphql(CREATE, { name: "bi" });
    expect((await bearer(readOnly.data.createApiToken.token).graphql(ME)).data.me).toMatchObject({
      role: "VIEWER",
      canWrite: false,
    });
  });

  it("validates the name and the expiry", async () => {
    const client = await session("admin");
    expect((await client.graphql(CREATE, { name: "  " })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const past = new Date(Date.now() - 60_000).toISOString();
    expect((await client.graphql(CREATE, { name: "old", expiresAt: past })).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("revokes: the token then fails with UNAUTHENTICATED, not anonymously", async () => {
    const created = await newToken("admin", { name: "to revoke" });
    const owner = await session("admin");
    const revoked = await owner.graphql(REVOKE, { id: created.apiToken.id });
    expect(revoked.data.revokeApiToken).toMatchObject({
      id: created.apiToken.id,
      live: false,
      revokedAt: expect.any(String),
    });

    const reply = await bearer(created.token).graphql(ME);
    expect(reply.status).toBe(401);
    expect(reply.data).toBeUndefined();
    expect(reply.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ["UNAUTHENTICATED", expect.stringContaining("revoked")],
    ]);
  });

  it("refuses expired, unknown and malformed tokens and other schemes", async () => {
    const created = await newToken("admin", { name: "short", expiresAt: new Date(Date.now() + 60_000).toISOString() });
    expect((await bearer(created.token).graphql(ME)).data.me.username).toBe("admin");
    await db.prisma.apiToken.update({
      where: { id: created.apiToken.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await bearer(created.token).graphql(ME);
    expect([expired.status, expired.errors?.[0]?.extensions?.code, expired.errors?.[0]?.message]).toEqual([
      401,
      "UNAUTHENTICATED",
      expect.stringContaining("expired"),
    ]);

    for (const authorization of [
      `Bearer p181_${"x".repeat(43)}`,
      "Bearer nonsense",
      "Basic YWRtaW46c2VjcmV0",
      "Bearer",
    ]) {
      const reply = await new TestClient(app, { authorization }).graphql("{ __typename }");
      expect([reply.status, reply.errors?.[0]?.extensions?.code]).toEqual([401, "UNAUTHENTICATED"]);
    }
  });

  it("only lets users revoke their own tokens", async () => {
    const created = await newToken("admin", { name: "mine" });
    const other = await (await session("bi")).graphql(REVOKE, { id: created.apiToken.id });
    expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.apiToken.id } })).revokedAt).toBeNull();
  });

  it("records the last use at most once a minute", async () => {
    const created = await newToken("admin", { name: "usage" });
    await bearer(created.token).graphql(ME);
    const first = (await db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.apiToken.id } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await bearer(created.token).graphql(ME);
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.apiToken.id } })).lastUsedAt).toEqual(
      first,
    );

    await db.prisma.apiToken.update({
      where: { id: created.apiToken.id },
      data: { lastUsedAt: new Date(Date.now() - 5 * 60_000) },
    });
    await bearer(created.token).graphql(ME);
    const later = (await db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.apiToken.id } })).lastUsedAt!;
    expect(later.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("stops the tokens of a deactivated user", async () => {
    const created = await newToken("bi", { name: "bi" });
    await db.prisma.user.update({ where: { username: "bi" }, data: { active: false } });
    try {
      expect((await bearer(created.token).graphql(ME)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      await db.prisma.user.update({ where: { username: "bi" }, data: { active: true } });
    }
  });
});
