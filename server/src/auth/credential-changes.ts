// Keeps a process's credential cache in step with the database: the announcements of the
// credential triggers drop entries, and while they cannot be heard the cache is off.
import {
  listenOnServer,
  listenOnSharedSession,
  type ListenCallbacks,
  type ListenOptions,
  type PrismaClient,
} from "@p181/db";
import { CREDENTIAL_CHANGES } from "@p181/db/security";
import { log } from "../logging.ts";
import { CredentialCache } from "./credential-cache.ts";

export interface WatchedDatabase {
  url: string;
  /** The embedded PGlite: one process, one shared session (no connection of its own to listen on). */
  embedded: boolean;
  prisma: PrismaClient;
}

export interface CredentialWatch {
  cache: CredentialCache;
  close(): Promise<void>;
}

/** application_name of the listening connection (pg_stat_activity). */
export const LISTENER_NAME = "p181 credential listener";

/**
 * A cache that is live while this process hears every credential change: on a PostgreSQL
 * server through a connection of its own that LISTENs and reconnects; on the embedded PGlite
 * through the app's own connections, which see every change this (only) process commits.
 */
export async function watchCredentialChanges(
  database: WatchedDatabase,
  // The embedded PGlite announces a change before its commit returns (listenOnSharedSession).
  cache = new CredentialCache({ maxAnnouncementDelayMs: database.embedded ? 0 : 250 }),
  listenOptions: Omit<ListenOptions, "applicationName" | "afterListen"> = {},
): Promise<CredentialWatch> {
  let lostSince: number | undefined;
  const callbacks: ListenCallbacks = {
    onListening([row]) {
      if (lostSince !== undefined) log.info("credential changes heard again", { afterMs: Date.now() - lostSince });
      lostSince = undefined;
      cache.resume(Number(row?.epoch ?? 0));
    },
    onLost(error) {
      cache.pause();
      if (error && lostSince === undefined)
        log.warn("credential changes not heard: sessions and tokens read from the database", { error: error.message });
      lostSince ??= Date.now();
    },
    onNotification: (payload) => cache.applyChange(payload),
  };
  const afterListen = CREDENTIAL_CHANGES.epochSql;
  const listener = database.embedded
    ? await listenOnSharedSession(database.prisma, CREDENTIAL_CHANGES.channel, callbacks, { afterListen })
    : listenOnServer(database.url, CREDENTIAL_CHANGES.channel, callbacks, {
        ...listenOptions,
        afterListen,
        applicationName: LISTENER_NAME,
      });
  return { cache, close: () => listener.close() };
}
