// Runs the reads compile.ts covers as one statement in the request's transaction; every
// other operation goes to graphql-js and the resolvers. Listed before the transaction
// plugin, so that the transaction wraps this executor (context.prisma is the transaction).
import { GraphQLError, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../../context.ts";
import { compileRead } from "./compile.ts";

export function useCompiledReads(enabled = true): Plugin<Context> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      if (!enabled) return;
      setExecuteFn(async (args) => {
        const context = args.contextValue as Context;
        const compiled = compileRead(args.schema, args.document, args.operationName, args.variableValues, context);
        if (!compiled) return executeFn(args);
        try {
          const [row] = await context.prisma.$queryRawUnsafe<{ data: string }[]>(compiled.sql, ...compiled.values);
          return { data: JSON.parse(row!.data) } satisfies ExecutionResult;
        } catch (error) {
          // As a resolver's error: the error plugins give it a client code or mask it.
          return { data: null, errors: [new GraphQLError((error as Error).message, { originalError: error as Error })] } satisfies ExecutionResult;
        }
      });
    },
  };
}
