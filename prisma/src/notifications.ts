// LISTEN for one channel, and say when listening starts and stops, so that whoever relies on
// the notifications knows when they may have missed some.
import pg from "pg";
import { onConnectionNotification, type PrismaClient } from "./client.ts";

export interface ListenCallbacks {
  /**
   * From now on every notification on the channel arrives (also after a reconnect). `rows`:
   * the answer to `afterListen`, asked once listening, so it tells the state the coming
   * notifications change.
   */
  onListening(rows: Record<string, unknown>[]): void;
  /** Notifications may be missed from now until the next onListening. */
  onLost(error?: Error): void;
  onNotification(payload: string): void;
}

export interface NotificationListener {
  close(): Promise<void>;
}

export interface ListenOptions {
  /** A query run once listening (on the listening session); its rows go to onListening. */
  afterListen?: string;
  /** application_name of the listening connection, as pg_stat_activity shows it. */
  applicationName?: string;
  /** How often the idle connection is asked `SELECT 1`, to notice a connection that died silently. Default 10 s. */
  heartbeatMs?: number;
  /** How long connecting, LISTEN and the heartbeat may take before the connection counts as lost. Default 5 s. */
  answerTimeoutMs?: number;
  /** Longest pause between attempts to reconnect; the first comes at once, then 100 ms, doubling. Default 5 s. */
  maxRetryMs?: number;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Listens on a connection of its own to a PostgreSQL server, and reconnects after the
 * connection is lost (the server restarted, the backend was terminated, the network failed).
 */
export function listenOnServer(
  url: string,
  channel: string,
  callbacks: ListenCallbacks,
  options: ListenOptions = {},
): NotificationListener {
  const {
    afterListen,
    applicationName = "p181 listener",
    heartbeatMs = 10_000,
    answerTimeoutMs = 5_000,
    maxRetryMs = 5_000,
  } = options;
  let closed = false;
  let current: pg.Client | undefined;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;

  function lose(connection: pg.Client, error?: Error) {
    connection.removeAllListeners("notification");
    connection.end().catch(() => {});
    if (connection !== current) return;
    current = undefined;
    clearInterval(heartbeat);
    callbacks.onLost(error);
    reconnectLater();
  }

  function reconnectLater() {
    if (closed) return;
    const delay = failures === 0 ? 0 : Math.min(100 * 2 ** (failures - 1), maxRetryMs);
    failures++;
    retry = setTimeout(() => void connect(), delay);
    retry.unref();
  }

  async function connect() {
    const connection = new pg.Client({
      connectionString: url,
      application_name: applicationName,
      keepAlive: true,
      connectionTimeoutMillis: answerTimeoutMs,
      query_timeout: answerTimeoutMs,
    });
    connection.on("error", (error) => lose(connection, error));
    connection.on("end", () => lose(connection));
    connection.on("notification", (message) => {
      if (message.channel === channel) callbacks.onNotification(message.payload ?? "");
    });
    let rows: Record<string, unknown>[] = [];
    try {
      await connection.connect();
      await connection.query(`LISTEN ${quoted(channel)}`);
      if (afterListen) rows = (await connection.query(afterListen)).rows;
    } catch {
      connection.end().catch(() => {});
      reconnectLater();
      return;
    }
    if (closed) {
      await connection.end().catch(() => {});
      return;
    }
    current = connection;
    failures = 0;
    callbacks.onListening(rows);
    heartbeat = setInterval(() => {
      connection.query("SELECT 1").catch((error: Error) => lose(connection, error));
    }, heartbeatMs);
    heartbeat.unref();
  }

  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const connection = current;
      current = undefined;
      if (connection) {
        connection.removeAllListeners();
        connection.on("error", () => {});
        await connection.end().catch(() => {});
      }
      callbacks.onLost();
    },
  };
}

/**
 * Listens in the embedded PGlite, which is one session shared by every connection (and by
 * one process). Its notifications come back on the connection that committed the change,
 * before the commit returns (see onConnectionNotification), so only changes made through
 * `prisma` are seen; psql or the Prisma CLI on the same socket get their own.
 */
export async function listenOnSharedSession(
  prisma: PrismaClient,
  channel: string,
  callbacks: ListenCallbacks,
  options: Pick<ListenOptions, "afterListen"> = {},
): Promise<NotificationListener> {
  const stop = onConnectionNotification(prisma, (name, payload) => {
    if (name === channel) callbacks.onNotification(payload);
  });
  await prisma.$executeRawUnsafe(`LISTEN ${quoted(channel)}`);
  callbacks.onListening(
    options.afterListen ? await prisma.$queryRawUnsafe<Record<string, unknown>[]>(options.afterListen) : [],
  );
  return {
    async close() {
      stop();
      callbacks.onLost();
    },
  };
}
