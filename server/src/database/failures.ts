// Which database failures are the database's state rather than the request's fault: the
// database is unreachable, restarting, frozen or out of connections (the request may succeed
// later: UNAVAILABLE, HTTP 503 with Retry-After), or a write lost a deadlock or serialization
// race to a concurrent one (retried, then TRY_AGAIN). Errors reach us bare from pg, wrapped by
// Prisma's driver adapter, or inside a Prisma or GraphQL error; the whole chain is read.
import { GraphQLError } from "graphql";

/** A request's deadline on the database passed (transaction.ts): it did not answer in time. */
export class DatabaseDeadlineError extends Error {
  constructor(what: string, ms: number) {
    super(`The database did not answer ${what} within ${ms} ms.`);
    this.name = "DatabaseDeadlineError";
  }
}

const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Class 08 connection exceptions; admin or crash shutdown and "cannot connect now" (57P0x); too many connections.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-4]|53300)$/;
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|ECONNREFUSED|ECONNRESET|EPIPE|connection error|terminating connection|Unable to start a transaction in the given time|Can't reach database server|Server has closed the connection/i;
const CONFLICT_SQLSTATE = new Set(["40001", "40P01"]);

interface Chained {
  name?: string;
  code?: unknown;
  message?: string;
  cause?: unknown;
  originalError?: unknown;
  meta?: { driverAdapterError?: unknown };
}

/** The error and every error it wraps. */
function* chain(error: unknown): Generator<Chained> {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const link = current as Chained;
    yield link;
    queue.push(link.originalError, link.cause, link.meta?.driverAdapterError);
  }
}

function codesOf(
  link: Chained & { kind?: unknown; originalCode?: unknown; extensions?: { code?: unknown } },
): string[] {
  return [link.code, link.kind, link.originalCode, link.extensions?.code].filter(
    (value): value is string => typeof value === "string",
  );
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of chain(error)) {
    if (link instanceof DatabaseDeadlineError) return true;
    for (const code of codesOf(link)) {
      if (
        code === "UNAVAILABLE" ||
        UNAVAILABLE_PRISMA_CODES.has(code) ||
        UNAVAILABLE_KINDS.has(code) ||
        UNAVAILABLE_SQLSTATE.test(code)
      )
        return true;
    }
    if (typeof link.message === "string" && UNAVAILABLE_MESSAGE.test(link.message)) return true;
  }
  return false;
}

/** A deadlock or serialization failure: the same write may well succeed when tried again. */
export function isWriteConflict(error: unknown): boolean {
  for (const link of chain(error)) {
    for (const code of codesOf(link))
      if (
        code === "TRY_AGAIN" ||
        code === "P2034" ||
        code === "TransactionWriteConflict" ||
        CONFLICT_SQLSTATE.has(code)
      )
        return true;
  }
  return false;
}

/** The promise's outcome, or DatabaseDeadlineError when it takes longer than `ms` (the promise is then abandoned). */
export async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  promise.catch(() => {});
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new DatabaseDeadlineError(what, ms)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

export function unavailableError(): GraphQLError {
  return new GraphQLError(
    "数据库暂时不可用，请稍后重试 / The database is unavailable at the moment; try again shortly.",
    {
      extensions: {
        code: "UNAVAILABLE",
        retryable: true,
        http: { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS) } },
      },
    },
  );
}

export function writeConflictError(): GraphQLError {
  return new GraphQLError(
    "其他人正在同时修改相同的记录，未保存任何修改，请重试 / Others were changing the same records at the same time; nothing was saved, try again.",
    {
      extensions: { code: "TRY_AGAIN", retryable: true },
    },
  );
}
