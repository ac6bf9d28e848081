// Every GraphQL operation runs in one database transaction as its viewer (as PostGraphile
// and Supabase do): SET LOCAL ROLE to a role that cannot bypass row-level security, plus
// the viewer's claims. Resolvers reach the database only through this transaction
// (context.prisma), so every read and write, raw SQL included, is scoped by PostgreSQL.
// Each mutation field writes inside its own savepoint (api/write/run.ts).
import { getOperationAST, GraphQLError, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { PrismaClient } from "@p181/db";
import { canSeePersonalData } from "../auth/viewer.ts";
import type { Context } from "../context.ts";
import { claimsOf, claimsStatement } from "./claims.ts";
import { clientWithout, hiddenColumns, hiddenOrPersonalColumns } from "./columns.ts";

export interface TransactionLimits {
  /** Longest one SQL statement may run (statement_timeout). */
  statementTimeoutMs: number;
  /** Longest a query operation may hold its transaction. */
  queryTimeoutMs: number;
  /** Longest a mutation may hold its transaction (bulk writes of 5,000 rows). */
  mutationTimeoutMs: number;
  /** Longest to wait for a free connection. */
  maxWaitMs: number;
}

export const defaultTransactionLimits: TransactionLimits = {
  statementTimeoutMs: 20_000,
  queryTimeoutMs: 60_000,
  mutationTimeoutMs: 120_000,
  maxWaitMs: 30_000,
};

/** The clients request traffic uses: with and without the personal-data columns. */
export interface RequestClients {
  personal: PrismaClient;
  restricted: PrismaClient;
}

export function requestClients(prisma: PrismaClient): RequestClients {
  return { personal: clientWithout(prisma, hiddenColumns), restricted: clientWithout(prisma, hiddenOrPersonalColumns) };
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

export function useRequestTransaction(clients: RequestClients, limits: TransactionLimits = defaultTransactionLimits): Plugin<Context> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const isMutation = getOperationAST(args.document, args.operationName)?.operation === "mutation";
      setExecuteFn(async (executionArgs) => {
        const context = executionArgs.contextValue as Context;
        const client = canSeePersonalData(context.viewer) ? clients.personal : clients.restricted;
        const claims = claimsStatement(claimsOf(context.viewer, context.request), limits.statementTimeoutMs);
        try {
          return await client.$transaction(
            async (tx) => {
              await tx.$executeRawUnsafe(claims.sql, ...claims.values);
              context.prisma = tx as PrismaClient;
              try {
                const result = (await executeFn(executionArgs)) as ExecutionResult;
                // A failed statement outside a savepoint aborts the transaction and COMMIT
                // silently rolls back: a mutation must not report writes that are then lost.
                if (isMutation) await tx.$queryRawUnsafe("SELECT 1");
                return result;
              } finally {
                context.prisma = outsideTransaction;
              }
            },
            { timeout: isMutation ? limits.mutationTimeoutMs : limits.queryTimeoutMs, maxWait: limits.maxWaitMs },
          );
        } catch (error) {
          if (!isMutation) throw error;
          console.error("mutation transaction failed:", (error as Error).message);
          return failed("写入未能完成，未保存任何修改 / The write could not be completed; nothing was saved.");
        }
      });
    },
  };
}
