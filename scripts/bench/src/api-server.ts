// The API as production runs it (server/src/main.ts), minus static files and request ids:
// its own Prisma client with the production pool size, the credential cache kept current by
// LISTEN/NOTIFY, createApp in production mode, a node:http listener on a loopback port.
import type { Backend } from "@p181/db/testing";
import { createPrismaClient, databaseSettingsFromEnv, type PrismaClient } from "@p181/db";
import { createApp, watchCredentialChanges, type AppOptions } from "@p181/server";
import { listenOnLoopback, type Listener } from "./listener.ts";
import { CONNECTIONS } from "./settings.ts";

export interface ApiServer extends Listener {
  prisma: PrismaClient;
  poolSize: number;
}

/** PGlite is one session; a PostgreSQL server gets production's DATABASE_POOL_SIZE (default 10). */
export function poolSizeFor(backend: Backend): number {
  return backend === "pglite" ? 1 : databaseSettingsFromEnv().poolSize;
}

/** The options main.ts passes, for an app on this backend. */
export function productionAppOptions(prisma: PrismaClient, backend: Backend): AppOptions {
  const embedded = backend === "pglite";
  return {
    prisma,
    development: false,
    database: {
      cancelOnDisconnect: !embedded,
      maxWaitMs: embedded ? 30_000 : 5_000,
      // Every bench connection is the same user: production's 3 concurrent expensive requests
      // per user would turn part of the group-by and fan-out load into TOO_MANY_REQUESTS.
      expensivePerUser: CONNECTIONS,
    },
  };
}

export async function startApi(url: string, backend: Backend): Promise<ApiServer> {
  const poolSize = poolSizeFor(backend);
  const prisma = createPrismaClient(url, { poolSize });
  const credentials = await watchCredentialChanges({ url, embedded: backend === "pglite", prisma });
  const app = createApp({ ...productionAppOptions(prisma, backend), credentials: credentials.cache });
  const listener = await listenOnLoopback(app);
  return {
    ...listener,
    prisma,
    poolSize,
    close: async () => {
      await listener.close();
      await credentials.close();
      await prisma.$disconnect();
    },
  };
}
