import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { lockDataDir } from "./data-dir-lock.ts";

export interface EmbeddedPostgresOptions {
  /** Data directory on disk; omit for an in-memory database (tests). */
  dataDir?: string;
  /** Loopback port to serve on; 0 lets the OS choose. */
  port?: number;
  /** Start from this dump of a data directory (PGlite dumpDataDir): in memory, or in a new `dataDir`. */
  loadDataDir?: Blob;
}

export interface EmbeddedPostgres {
  /** postgresql:// URL of the socket, usable by Prisma, the Prisma CLI and psql. */
  url: string;
  /** The data directory as a gzipped tar (to start copies of it). */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

/** PostgreSQL extensions the migrations create (schema.prisma's `extensions`). */
const extensions = { pg_trgm };

// PGlite is a single session: the socket multiplexes clients and keeps a transaction
// on the connection that opened it. The app keeps its pool at one connection; the
// spare slots are for the Prisma CLI and a person with psql.
const MAX_SOCKET_CONNECTIONS = 4;

/**
 * Opens PGlite (on disk or in memory) and serves it over the PostgreSQL wire protocol
 * on 127.0.0.1, so the app and the Prisma CLI share the adapter-pg path.
 * A data directory is locked for the lifetime of the server (data-dir-lock.ts): a second
 * process gets DatabaseInUseError instead of corrupting it.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  const lock = dataDir ? await lockDataDir(dataDir) : undefined;
  let db: PGlite | undefined;
  try {
    db = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir, extensions });
    const server = new PGLiteSocketServer({
      db,
      host: "127.0.0.1",
      port: options.port ?? 0,
      maxConnections: MAX_SOCKET_CONNECTIONS,
    });
    const port = await listen(server);
    const opened = db;
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      dump: () => opened.dumpDataDir("gzip"),
      async stop() {
        await server.stop();
        await opened.close();
        await lock?.release();
      },
    };
  } catch (error) {
    await db?.close().catch(() => {});
    await lock?.release();
    throw error;
  }
}

async function listen(server: PGLiteSocketServer): Promise<number> {
  let port = 0;
  server.addEventListener("listening", (event) => {
    port = (event as CustomEvent<{ port: number }>).detail.port;
  });
  await server.start();
  return port;
}
