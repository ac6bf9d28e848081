// Each mutation field runs in its own savepoint of the operation's transaction: a field
// that fails leaves nothing behind and the transaction usable, so the other mutations of
// the same request keep their writes (each succeeded or failed on its own). A field that
// loses a deadlock or serialization race to a concurrent request is tried again.
import { defaultFieldResolver, type GraphQLSchema } from "graphql";
import type { Context } from "../context.ts";
import { isWriteConflict, writeConflictError } from "./failures.ts";

/** Attempts of a mutation field that lost a deadlock or serialization race. */
const WRITE_ATTEMPTS = 5;

export async function inSavepoint<T>(context: Context, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await context.prisma.$executeRawUnsafe("SAVEPOINT mutation_field");
    try {
      const result = await work();
      await context.prisma.$executeRawUnsafe("RELEASE SAVEPOINT mutation_field");
      return result;
    } catch (error) {
      await context.prisma.$executeRawUnsafe("ROLLBACK TO SAVEPOINT mutation_field");
      if (!isWriteConflict(error)) throw error;
      if (attempt === WRITE_ATTEMPTS) throw writeConflictError();
      // Rolling back to the savepoint released this field's locks; let the other writer finish.
      await new Promise((resolve) => setTimeout(resolve, attempt * (50 + Math.random() * 100)));
    }
  }
}

/** Wraps every mutation field's resolver in a savepoint (mutation fields run one at a time). */
export function withMutationSavepoints(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: Context, info) =>
      inSavepoint(context, async () => resolve(source, args, context, info));
  }
  return schema;
}
