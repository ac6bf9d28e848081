import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/client/client.ts";

export type { PrismaClient };

export interface ClientOptions {
  /** Pool size; must be 1 for the embedded PGlite, which is a single session. */
  poolSize?: number;
  /** Receives every SQL statement the client sends (tests count them). */
  onQuery?: (sql: string) => void;
}

export type NotificationHandler = (channel: string, payload: string) => void;

const notificationHandlers = new WeakMap<PrismaClient, Set<NotificationHandler>>();

/** The connection pool under a client, for SQL that does not need Prisma (and what it reports statements to). */
export interface SqlPool {
  pool: pg.Pool;
  onQuery?: (sql: string) => void;
}

const sqlPools = new WeakMap<PrismaClient, SqlPool>();

export function createPrismaClient(url: string, options: ClientOptions = {}): PrismaClient {
  const handlers = new Set<NotificationHandler>();
  // A pool connection class of this client's own (pg-pool makes its connections with it,
  // also after a reconnect), reporting the notifications it receives.
  class NotifyingConnection extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      this.on("notification", ({ channel, payload }) => {
        for (const handler of handlers) handler(channel, payload ?? "");
      });
    }
  }
  // No connection timeout here: pg would apply it to waiting for a free connection too. The
  // API bounds its waits per request (server/src/database/transaction.ts).
  // The pool is the adapter's (it ends it on $disconnect), shared with sqlPoolOf's users: on the
  // embedded PGlite, a single session, nothing may open connections of its own.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    keepAlive: true,
    Client: NotifyingConnection,
  });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const client = options.onQuery ? loggingClient(adapter, options.onQuery) : new PrismaClient({ adapter });
  notificationHandlers.set(client, handlers);
  sqlPools.set(client, { pool, onQuery: options.onQuery });
  return client;
}

/** The pool of a client made by createPrismaClient (extensions of it included: pass the base client). */
export function sqlPoolOf(prisma: PrismaClient): SqlPool {
  const found = sqlPools.get(prisma);
  if (!found) throw new Error("sqlPoolOf: the client was not made by createPrismaClient");
  return found;
}

function loggingClient(adapter: PrismaPg, onQuery: (sql: string) => void): PrismaClient {
  const client = new PrismaClient({ adapter, log: [{ level: "query", emit: "event" }] });
  client.$on("query", (event) => onQuery(event.query));
  return client;
}

/**
 * Calls `handler` with the NOTIFY messages that arrive on the client's own pool connections;
 * returns the function that stops it. A PostgreSQL server sends notifications only to the
 * sessions that LISTEN, which pool connections never do. The embedded PGlite is one session
 * shared by every connection: once it LISTENs, the notifications of a transaction come back
 * on the connection that committed it, before its COMMIT returns.
 */
export function onConnectionNotification(prisma: PrismaClient, handler: NotificationHandler): () => void {
  const handlers = notificationHandlers.get(prisma);
  if (!handlers) throw new Error("onConnectionNotification: the client was not made by createPrismaClient");
  handlers.add(handler);
  return () => handlers.delete(handler);
}
