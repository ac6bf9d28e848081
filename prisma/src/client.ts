import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/client/client.ts";

export type { PrismaClient };

export interface ClientOptions {
  /** Pool size; must be 1 for the embedded PGlite, which is a single session. */
  poolSize?: number;
  /** Receives every SQL statement the client sends (tests count them). */
  onQuery?: (sql: string) => void;
}

export function createPrismaClient(url: string, options: ClientOptions = {}): PrismaClient {
  // No connection timeout here: pg would apply it to waiting for a free connection too. The
  // API bounds its waits per request (server/src/database/transaction.ts).
  const adapter = new PrismaPg({ connectionString: url, max: options.poolSize ?? 10, keepAlive: true });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ level: "query", emit: "event" }] });
  client.$on("query", (event) => options.onQuery?.(event.query));
  return client;
}
