// Every GraphQL operation runs in one database transaction as its viewer (as PostGraphile
// and Supabase do): SET LOCAL ROLE to a role that cannot bypass row-level security, plus
// the viewer's claims. Resolvers reach the database only through this transaction
// (context.prisma), so every read and write, raw SQL included, is scoped by PostgreSQL.
// Each mutation field writes inside its own savepoint (api/write/run.ts). A read compiled to
// one statement (api/compiled/) runs in the same framing on the same pool, without Prisma.
import { getOperationAST, GraphQLError, type ExecutionArgs, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { sqlPoolOf, type Prisma, type PrismaClient, type SqlPool } from "@p181/db";
import { confirmCachedViewer } from "../auth/resolve-viewer.ts";
import { canSeePersonalData } from "../auth/viewer.ts";
import type { Context } from "../context.ts";
import { claimsOf, claimsStatement } from "./claims.ts";
import { clientWithout, hiddenColumns, hiddenOrPersonalColumns } from "./columns.ts";
import { isExpensive, slotColumn, tooManyExpensiveRequests } from "./concurrency.ts";
import { DatabaseDeadlineError, isDatabaseUnavailable, unavailableError } from "./failures.ts";
import { log } from "../logging.ts";
import { inSqlTransaction, type RunSql } from "./sql-transaction.ts";

export interface TransactionLimits {
  /** Longest one SQL statement may run (statement_timeout); the statement is then cancelled. */
  statementTimeoutMs: number;
  /** Longest a query operation may hold its transaction. */
  queryTimeoutMs: number;
  /** Longest a mutation may hold its transaction (bulk writes of 5,000 rows). */
  mutationTimeoutMs: number;
  /** Longest to wait for a free connection. */
  maxWaitMs: number;
  /**
   * Longest the database may take to answer a request's first statement (it only sets the
   * role and claims): a database that does not answer this in time is frozen or overloaded,
   * and the request gets UNAVAILABLE at once instead of waiting for the statement timeout.
   */
  answerTimeoutMs: number;
  /** Expensive requests (reports, aggregates, large pages) one user may run at once. */
  expensivePerUser: number;
  /**
   * Cancel the running statement when the client goes away (pg_cancel_backend). Only on a
   * PostgreSQL server: the embedded PGlite is one session, shared by every request.
   */
  cancelOnDisconnect: boolean;
}

export const defaultTransactionLimits: TransactionLimits = {
  statementTimeoutMs: 20_000,
  queryTimeoutMs: 60_000,
  mutationTimeoutMs: 120_000,
  maxWaitMs: 30_000,
  answerTimeoutMs: 3_000,
  expensivePerUser: 3,
  cancelOnDisconnect: false,
};

/** The clients request traffic uses: with and without the personal-data columns (and the owner's, to cancel). */
export interface RequestClients {
  personal: PrismaClient;
  restricted: PrismaClient;
  owner: PrismaClient;
  /** The same pool, for direct reads without Prisma. */
  sql: SqlPool;
}

export function requestClients(prisma: PrismaClient): RequestClients {
  return {
    personal: clientWithout(prisma, hiddenColumns),
    restricted: clientWithout(prisma, hiddenOrPersonalColumns),
    owner: prisma,
    sql: sqlPoolOf(prisma),
  };
}

/** What context.prisma is outside the operation's transaction: any use is a bug. */
export const outsideTransaction = new Proxy({} as PrismaClient, {
  get(_target, property) {
    if (property === "then") return undefined;
    throw new Error(`context.prisma.${String(property)} used outside the operation's transaction`);
  },
});

function failed(message: string): ExecutionResult {
  return { data: null, errors: [new GraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR" } })] };
}

/** A read that needs no resolvers: one statement whose single row's `data` column is the response's data as JSON text. */
export interface DirectRead {
  sql: string;
  values: unknown[];
}

/** Whether an operation can be answered by one statement (api/compiled/), and which. */
export type DirectReader = (args: ExecutionArgs, context: Context) => DirectRead | null;

export function useRequestTransaction(
  clients: RequestClients,
  limits: TransactionLimits = defaultTransactionLimits,
  directReader?: DirectReader,
): Plugin<Context> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const isMutation = getOperationAST(args.document, args.operationName)?.operation === "mutation";
      const expensive = isExpensive(args.schema, args.document, args.operationName, args.variableValues ?? {});
      setExecuteFn(async (executionArgs) => {
        const context = executionArgs.contextValue as Context;
        const client = canSeePersonalData(context.viewer) ? clients.personal : clients.restricted;
        const claims = claimsStatement(claimsOf(context.viewer, context.request), limits.statementTimeoutMs);
        const direct = isMutation ? null : (directReader?.(executionArgs, context) ?? null);
        let cancel: (() => void) | undefined;
        try {
          const transactionTimeout = isMutation ? limits.mutationTimeoutMs : limits.queryTimeoutMs;
          const deadline = new Deadline();
          deadline.start(
            limits.maxWaitMs + limits.answerTimeoutMs,
            "with a connection and the request's first statement",
          );
          const body = async (run: RunSql, tx?: Prisma.TransactionClient): Promise<ExecutionResult> => {
            // The role, the claims, the credential epoch and, for an expensive request, one of the user's slots: one statement.
            const takesSlot = expensive && context.viewer !== null;
            const first = takesSlot
              ? `${claims.sql}, ${slotColumn(context.viewer!.userId, limits.expensivePerUser)}`
              : claims.sql;
            const [{ pid, slot, credential_epoch }] = (await run(first, claims.values)) as [
              { pid: number; slot?: number | null; credential_epoch: string },
            ];
            // The client was already told UNAVAILABLE: do nothing it does not know about.
            if (deadline.expired) throw new DatabaseDeadlineError("in time", 0);
            const changed = await confirmCachedViewer(context.request, Number(credential_epoch));
            if (changed) return { errors: [changed] };
            deadline.start(transactionTimeout + limits.answerTimeoutMs, "the request");
            if (limits.cancelOnDisconnect) {
              cancel = () =>
                void clients.owner.$executeRawUnsafe("SELECT pg_cancel_backend($1::int)", pid).catch(() => {});
              context.request.signal?.addEventListener("abort", cancel, { once: true });
            }
            if (takesSlot && slot === null) return { errors: [tooManyExpensiveRequests(limits.expensivePerUser)] };
            if (direct) return readDirectly(run, direct);
            context.prisma = tx as PrismaClient;
            try {
              const result = (await executeFn(executionArgs)) as ExecutionResult;
              // A failed statement outside a savepoint aborts the transaction and COMMIT
              // silently rolls back: a mutation must not report writes that are then lost.
              if (isMutation) await tx!.$queryRawUnsafe("SELECT 1");
              return result;
            } finally {
              context.prisma = outsideTransaction;
            }
          };
          const transaction = direct
            ? inSqlTransaction(clients.sql, (run) => body(run))
            : client.$transaction((tx) => body((sql, values) => tx.$queryRawUnsafe(sql, ...values), tx), {
                timeout: transactionTimeout,
                maxWait: limits.maxWaitMs,
              });
          try {
            return await Promise.race([transaction, deadline.passed]);
          } finally {
            deadline.clear();
            // A transaction abandoned at its deadline ends (or fails) on its own later.
            transaction.catch(() => {});
          }
        } catch (error) {
          if (isDatabaseUnavailable(error)) {
            log.warn("database unavailable", { error: (error as Error).message });
            return { data: null, errors: [unavailableError()] };
          }
          if (!isMutation) throw error;
          log.error("mutation transaction failed", { error: (error as Error).message });
          return failed("写入未能完成，未保存任何修改 / The write could not be completed; nothing was saved.");
        } finally {
          if (cancel) context.request.signal?.removeEventListener("abort", cancel);
        }
      });
    },
  };
}

/** The direct read's answer; its failure as a resolver's would be (the error plugins give it a client code or mask it). */
async function readDirectly(run: RunSql, read: DirectRead): Promise<ExecutionResult> {
  try {
    const [row] = await run<{ data: string }>(read.sql, read.values);
    return { data: JSON.parse(row!.data) };
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    return { data: null, errors: [new GraphQLError((error as Error).message, { originalError: error as Error })] };
  }
}

/**
 * Gives up on the database when it does not answer in time: a frozen server never fails a
 * statement, and rolling back would wait on it too, so the request stops waiting instead.
 */
class Deadline {
  private timer: NodeJS.Timeout | undefined;
  expired = false;
  private giveUp: (error: Error) => void = () => {};
  readonly passed = new Promise<never>((_, reject) => {
    this.giveUp = reject;
  });

  start(ms: number, what: string) {
    this.clear();
    this.timer = setTimeout(() => {
      this.expired = true;
      this.giveUp(new DatabaseDeadlineError(what, ms));
    }, ms);
  }

  clear() {
    clearTimeout(this.timer);
  }
}
