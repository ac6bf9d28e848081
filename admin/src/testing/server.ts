// The real API (and, given a built admin, the admin) on an ephemeral loopback port, over
// a fresh test database with the small fixture: what the admin's tests talk to.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createTestDatabase, type Backend, type TestDatabase } from "@p181/db/testing";
import { createApp, withStaticFiles } from "@p181/server";
import { buildFixture, type Fixture } from "./fixture.ts";

export interface TestServer {
  url: string;
  db: TestDatabase;
  fixture: Fixture;
  close(): Promise<void>;
}

export async function startTestServer(backend: Backend, options: { adminDist?: string } = {}): Promise<TestServer> {
  const db = await createTestDatabase(backend);
  const fixture = await buildFixture(db.prisma);
  const app = createApp({ prisma: db.prisma, development: false });
  const server: Server = createServer(options.adminDist ? withStaticFiles(app, options.adminDist) : app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    fixture,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.drop();
    },
  };
}

/** fetch that keeps the cookies responses set, as a browser does. */
export function cookieFetch(): typeof fetch {
  const jar = new Map<string, string>();
  return async (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator);
      if (/Max-Age=0\b/.test(line)) jar.delete(name);
      else jar.set(name, pair.slice(separator + 1));
    }
    return response;
  };
}
