import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/client/client.ts";

export type { PrismaClient };

export interface ClientOptions {
  /** Pool size; must be 1 for the embedded PGlite, which is a single session. */
  poolSize?: number;
  /** Receives every SQL statement the client sends (tests count them). */
  onQuery?: (sql: string) => void;
}

/**
 * How long getting a connection may take, opening it or waiting for a free one. A server that
 * accepts the TCP connection but never answers (frozen, overloaded) would otherwise hold the
 * caller forever. The embedded database is one session that every request queues for, so
 * waiting there is normal and the bound is looser.
 */
function connectTimeoutMs(poolSize: number): number {
  return poolSize === 1 ? 60_000 : 10_000;
}

export function createPrismaClient(url: string, options: ClientOptions = {}): PrismaClient {
  const max = options.poolSize ?? 10;
  const adapter = new PrismaPg({ connectionString: url, max, connectionTimeoutMillis: connectTimeoutMs(max), keepAlive: true });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ level: "query", emit: "event" }] });
  client.$on("query", (event) => options.onQuery?.(event.query));
  return client;
}
