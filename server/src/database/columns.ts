// Which columns a request's Prisma client may name. The database refuses the rest (column
// privileges): password hashes for everyone, personal data for roles without the right.
// Prisma selects every scalar column unless told otherwise, so reads and RETURNING
// clauses leave these out, also in nested relations.
import { datamodel, resources } from "@p181/schema";
import type { PrismaClient } from "@p181/db";

type Args = Record<string, unknown>;
type Hidden = (model: string) => readonly string[];

/** System tables' columns kept from the role without personal-data rights. */
const SYSTEM_PERSONAL: Record<string, string[]> = { AuditLog: ["personalBefore", "personalAfter"] };

export const hiddenColumns: Hidden = (model) => resources[model]?.hiddenFields ?? [];
export const hiddenOrPersonalColumns: Hidden = (model) => [
  ...hiddenColumns(model),
  ...(resources[model]?.personalFields ?? SYSTEM_PERSONAL[model] ?? []),
];

/** Operations that return rows (and so select columns). */
const ROW_OPERATIONS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "create",
  "createManyAndReturn",
  "update",
  "updateManyAndReturn",
  "upsert",
  "delete",
]);

function relationTarget(model: string, field: string): string | undefined {
  const meta = datamodel.models[model]?.fields.find((f) => f.name === field);
  return meta?.kind === "object" ? meta.type : undefined;
}

/** The arguments with the hidden columns of `model` and of every nested relation left out. */
export function withoutColumns(model: string, args: Args, hidden: Hidden): Args {
  const columns = hidden(model);
  const result: Args = { ...args };
  if (args.select) {
    const select: Args = {};
    for (const [key, value] of Object.entries(args.select as Args)) {
      if (columns.includes(key)) continue;
      const target = relationTarget(model, key);
      select[key] = target && value ? withoutColumns(target, value === true ? {} : (value as Args), hidden) : value;
    }
    result.select = select;
    return result;
  }
  if (columns.length > 0)
    result.omit = { ...(args.omit as Args | undefined), ...Object.fromEntries(columns.map((c) => [c, true])) };
  if (args.include) {
    const include: Args = {};
    for (const [key, value] of Object.entries(args.include as Args)) {
      const target = relationTarget(model, key);
      if (!target || value === false) include[key] = value;
      else include[key] = withoutColumns(target, value === true ? {} : (value as Args), hidden);
    }
    result.include = include;
  }
  return result;
}

/** A client (sharing the pool and engine of `prisma`) whose queries never name `hidden` columns. */
export function clientWithout(prisma: PrismaClient, hidden: Hidden): PrismaClient {
  const extended = prisma.$extends({
    name: "column-privileges",
    query: {
      $allModels: {
        $allOperations({
          model,
          operation,
          args,
          query,
        }: {
          model: string;
          operation: string;
          args: unknown;
          query: (args: unknown) => Promise<unknown>;
        }) {
          return query(ROW_OPERATIONS.has(operation) ? withoutColumns(model, (args ?? {}) as Args, hidden) : args);
        },
      },
    },
  });
  return extended as unknown as PrismaClient;
}
