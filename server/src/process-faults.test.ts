// The API as a real process (node --import tsx src/main.ts, as `npm start` and the container run
// it) under faults: killed in the middle of a stream of writes, paused while a second process
// tries its embedded database, stopped with requests in flight. Real signals, a real database,
// loopback only; every process is killed after each test whatever happened.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { openDatabase, type PrismaClient } from "@p181/db";
import { hashPassword } from "@p181/db/password";
import { killTestProcesses, startTestProcess, type TestProcess } from "@p181/db/test-processes";
import {
  backendsUnderTest,
  createTestDataDir,
  createTestDatabase,
  type Backend,
  type TestDatabase,
} from "@p181/db/testing";
import pg from "pg";
import type { ResponseJson } from "./testing/graphql.ts";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const serverDir = path.resolve(import.meta.dirname, "..");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "p181-faults-"));
const USERNAME = "ops-admin";
const PASSWORD = "fault-tests";
let passwordHash: Promise<string> | undefined;

afterEach(killTestProcesses);
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function createAdmin(prisma: PrismaClient): Promise<void> {
  passwordHash ??= hashPassword(PASSWORD);
  await prisma.user.create({
    data: { username: USERNAME, displayName: "运维管理员", role: "CITY_ADMIN", passwordHash: await passwordHash },
  });
}

let sharedDataDir: Promise<string> | undefined;

/** A migrated embedded database on disk with the admin account (closed again), one per file. */
function embeddedDataDir(): Promise<string> {
  sharedDataDir ??= (async () => {
    const pgliteDir = path.join(scratch, "pglite");
    const database = await createTestDataDir(pgliteDir);
    try {
      await createAdmin(database.prisma);
    } finally {
      await database.close();
    }
    return pgliteDir;
  })();
  return sharedDataDir;
}

interface ServerProcess extends TestProcess {
  base: string;
}

function spawnServer(database: { pgliteDir?: string; url?: string }, env: NodeJS.ProcessEnv = {}): TestProcess {
  return startTestProcess(["src/main.ts"], {
    cwd: serverDir,
    env: {
      ...process.env,
      ...env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: "0",
      PGLITE_PORT: "0",
      PGLITE_DIR: database.pgliteDir ?? path.join(scratch, "unused"),
      DATABASE_URL: database.url ?? "",
      ADMIN_DIST: path.join(scratch, "no-admin"),
    },
  });
}

async function startServer(
  database: { pgliteDir?: string; url?: string },
  env: NodeJS.ProcessEnv = {},
): Promise<ServerProcess> {
  const server = spawnServer(database, env);
  const [, base] = await server.waitFor(/GraphQL API +(http:\S+)\/graphql/);
  return Object.assign(server, { base: base! });
}

interface Reply {
  status: number;
  body: { data?: ResponseJson; errors?: { message: string }[] };
  headers: http.IncomingHttpHeaders;
}

/**
 * One HTTP request on its own connection. `sent` resolves once the whole request is in the
 * kernel's hands, `reply` with the answer (or rejects if the connection breaks).
 */
function request(base: string, pathname: string, body?: unknown, headers: Record<string, string> = {}) {
  let sent!: () => void;
  const written = new Promise<void>((resolve) => (sent = resolve));
  const reply = new Promise<Reply>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const outgoing = http.request(
      `${base}${pathname}`,
      {
        method: payload ? "POST" : "GET",
        agent: false,
        headers: { ...(payload ? { "content-type": "application/json" } : {}), ...headers },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk));
        response.on("end", () => {
          try {
            resolve({
              status: response.statusCode!,
              body: text.startsWith("{") ? JSON.parse(text) : {},
              headers: response.headers,
            });
          } catch (error) {
            reject(error);
          }
        });
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.on("finish", sent);
    outgoing.end(payload);
  });
  reply.catch(() => {});
  return { sent: written, reply };
}

/** A signed-in admin: the session cookie and CSRF token, good for any server on the same database. */
async function signIn(base: string): Promise<Record<string, string>> {
  const login = `mutation($username: String!, $password: String!) { login(username: $username, password: $password) { csrfToken } }`;
  const { status, body, headers } = await request(base, "/graphql", {
    query: login,
    variables: { username: USERNAME, password: PASSWORD },
  }).reply;
  expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
  const cookie = headers["set-cookie"]![0]!.split(";")[0]!;
  return { cookie, "x-csrf-token": body.data.login.csrfToken };
}

const CREATE_TOWN = "mutation($data: TownCreateInput!) { createTown(data: $data) { code } }";
const TOWN_CODES = `query($prefix: String!) { towns(take: 500, where: { code: { startsWith: $prefix } }) { items { code } } }`;

function createTown(base: string, auth: Record<string, string>, code: string) {
  return request(
    base,
    "/graphql",
    { query: CREATE_TOWN, variables: { data: { code, name: `测试镇${code}`, kind: "TOWN" } } },
    auth,
  );
}

function acknowledged(reply: Reply, code: string): boolean {
  return reply.status === 200 && !reply.body.errors && reply.body.data?.createTown?.code === code;
}

async function townCodes(base: string, auth: Record<string, string>, prefix: string): Promise<string[]> {
  const { body } = await request(base, "/graphql", { query: TOWN_CODES, variables: { prefix } }, auth).reply;
  expect(body.errors).toBeUndefined();
  return (body.data.towns.items as { code: string }[]).map(({ code }) => code);
}

describe.skipIf(!backendsUnderTest().includes("pglite"))("the API process on the embedded database", () => {
  let pgliteDir: string;
  beforeAll(async () => {
    pgliteDir = await embeddedDataDir();
  });

  it("killed (SIGKILL) during a stream of writes, restarts at once with every acknowledged write", async () => {
    const first = await startServer({ pgliteDir });
    const auth = await signIn(first.base);
    const written: string[] = [];
    let next = 0;
    let enough!: () => void;
    const thirtyWritten = new Promise<void>((resolve) => (enough = resolve));
    // Three clients writing one town after another until the connection breaks under them.
    const writers = Array.from({ length: 3 }, async () => {
      for (;;) {
        const code = `K${String(next++).padStart(4, "0")}`;
        const reply = await createTown(first.base, auth, code).reply.catch(() => null);
        if (!reply) return;
        if (acknowledged(reply, code)) written.push(code);
        if (written.length >= 30) enough();
      }
    });
    await thirtyWritten;
    first.child.kill("SIGKILL");
    expect(await first.exited).toEqual({ code: null, signal: "SIGKILL" });
    await Promise.all(writers);

    const second = await startServer({ pgliteDir });
    expect(second.stderr()).toBe("");
    const stored = await townCodes(second.base, auth, "K");
    expect(written.filter((code) => !stored.includes(code))).toEqual([]);
    expect(written.length).toBeGreaterThanOrEqual(30);
  });

  it("paused (SIGSTOP), keeps its database: a second process is refused with one line naming it", async () => {
    const owner = await startServer({ pgliteDir });
    const auth = await signIn(owner.base);
    owner.child.kill("SIGSTOP");
    let second: TestProcess;
    try {
      // However old the owner's lock file looks: no timestamp decides.
      const longAgo = new Date(Date.now() - 3_600_000);
      fs.utimesSync(`${pgliteDir}.lock`, longAgo, longAgo);
      second = spawnServer({ pgliteDir });
      expect((await second.exited).code).toBe(3);
    } finally {
      owner.child.kill("SIGCONT");
    }
    expect(second.stdout()).toBe("");
    expect(second.stderr()).toMatch(
      new RegExp(
        `^The embedded database at ${pgliteDir} is already open in process ${owner.pid} on [^\\n]+\\. Stop that process first, or point DATABASE_URL at a PostgreSQL server\\.\\n$`,
      ),
    );

    expect((await request(owner.base, "/ready").reply).status).toBe(200);
    expect(acknowledged(await createTown(owner.base, auth, "P0001").reply, "P0001")).toBe(true);
  });

  it("exits at once on a second SIGTERM while requests are still running", async () => {
    const api = await startServer({ pgliteDir });
    const auth = await signIn(api.base);
    const unblock = await blockTownWrites("pglite", (await api.waitFor(/psql "([^"]+)"/))[1]!);
    try {
      const stuck = createTown(api.base, auth, "F0001");
      await stuck.sent;
      expect((await request(api.base, "/health").reply).status).toBe(200);
      api.child.kill("SIGTERM");
      await api.waitFor(/finishing 1 requests in flight/);
      // Copies of one Ctrl-C relayed by npm arrive within a second and are ignored; this is a second request.
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      api.child.kill("SIGTERM");
      expect(await api.exited).toEqual({ code: 143, signal: null });
      expect(api.stderr()).toContain("SIGTERM again: stopping now");
      await expect(stuck.reply).rejects.toThrow();
    } finally {
      await unblock();
    }
  });
});

describe.skipIf(!backendsUnderTest().includes("pglite"))("the API process with SHUTDOWN_DELAY_MS", () => {
  it("answers /ready with 503 after SIGTERM, and goes on serving for the delay", async () => {
    const api = await startServer({ pgliteDir: await embeddedDataDir() }, { SHUTDOWN_DELAY_MS: "600000" });
    expect((await request(api.base, "/ready").reply).status).toBe(200);
    api.child.kill("SIGTERM");
    await api.waitFor(/SIGTERM: \/ready answers 503; still serving for 600 s/);
    expect((await request(api.base, "/ready").reply).status).toBe(503);
    const served = await request(api.base, "/graphql", { query: "{ __typename }" }).reply;
    expect({ status: served.status, data: served.body.data, connection: served.headers.connection }).toEqual({
      status: 200,
      data: { __typename: "Query" },
      connection: "close",
    });
  });
});

/** Holds back the server's writes to Town until released: a transaction that blocks them. */
async function blockTownWrites(backend: Backend, url: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // The embedded database goes away with a server that exits first.
  await client.connect();
  await client.query("BEGIN");
  // PGlite is one session: while this transaction is open, nobody else's statement runs.
  await client.query(backend === "pglite" ? "SELECT 1" : 'LOCK TABLE "Town" IN EXCLUSIVE MODE');
  return async () => {
    await client.query("ROLLBACK").catch(() => {});
    await client.end().catch(() => {});
  };
}

describe.each(backendsUnderTest())("the API process on %s, stopped with SIGTERM", (backend) => {
  let serverDatabase: TestDatabase | undefined;
  let database: { pgliteDir?: string; url?: string };
  beforeAll(async () => {
    if (backend === "pglite") {
      database = { pgliteDir: await embeddedDataDir() };
    } else {
      serverDatabase = await createTestDatabase(backend);
      await createAdmin(serverDatabase.prisma);
      database = { url: serverDatabase.url };
    }
  });
  afterAll(() => serverDatabase?.drop());

  async function storedTowns(prefix: string): Promise<string[]> {
    const opened = database.pgliteDir
      ? await openDatabase({ pgliteDir: database.pgliteDir, pglitePort: 0, poolSize: 1 }, { migrate: false })
      : undefined;
    const prisma = opened?.prisma ?? serverDatabase!.prisma;
    try {
      return (await prisma.town.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } })).map(
        ({ code }) => code,
      );
    } finally {
      await opened?.close();
    }
  }

  it("answers all 15 requests in flight, then exits and frees the database", async () => {
    const api = await startServer(database);
    const auth = await signIn(api.base);
    const databaseUrl = database.url ?? (await api.waitFor(/psql "([^"]+)"/))[1]!;
    const unblock = await blockTownWrites(backend, databaseUrl);
    const codes = Array.from({ length: 15 }, (_, i) => `S${String(i).padStart(4, "0")}`);
    let writes: ReturnType<typeof createTown>[] = [];
    try {
      writes = codes.map((code) => createTown(api.base, auth, code));
      await Promise.all(writes.map(({ sent }) => sent));
      // Answered after the 15 were sent, so the server has read them all before the signal.
      expect((await request(api.base, "/health").reply).status).toBe(200);
      api.child.kill("SIGTERM");
      await api.waitFor(/SIGTERM: no new connections; finishing 15 requests in flight/);
      await expect(request(api.base, "/health").reply).rejects.toMatchObject({ code: "ECONNREFUSED" });
    } finally {
      await unblock();
    }
    const replies = await Promise.all(writes.map(({ reply }) => reply));
    expect(replies.map((reply, i) => acknowledged(reply, codes[i]!))).toEqual(codes.map(() => true));
    expect(await api.exited).toEqual({ code: 0, signal: null });
    expect(api.stdout()).toContain("Stopped cleanly.");
    expect((await storedTowns("S")).sort()).toEqual(codes);
  });
});
