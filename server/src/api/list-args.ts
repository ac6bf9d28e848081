// What a list of an entity reads, from its GraphQL arguments: the resolvers (queries.ts,
// objects.ts) and the compiled reads (compiled/) take them from here, so both read the same
// rows and refuse the same arguments. The area is PostgreSQL's (row-level security).
import type { Context } from "../context.ts";
import { toPrismaWhere, type Where } from "./filters.ts";
import { pageSize } from "./limits.ts";
import { toPrismaOrderBy } from "./ordering.ts";
import { readWhere, type Deleted } from "./scoping.ts";

export interface ListArgs {
  where?: Record<string, unknown> | null;
  orderBy?: Record<string, unknown>[] | null;
  deleted?: Deleted | null;
  skip?: number | null;
  take?: number | null;
}

export interface ListRows {
  where: Where;
  /** Sort keys, the id last (stable pages). */
  orderBy: Record<string, unknown>[];
  skip: number;
  take: number;
}

/** The client's filter and soft-delete state (live rows by default). */
export function listWhere(model: string, context: Context, args: Pick<ListArgs, "where" | "deleted">): Where {
  return readWhere(context, toPrismaWhere(model, args.where, context.viewer), args.deleted);
}

/** A `<plural>` page: filter, sort, skip (never negative) and page size (at most GRAPHQL_MAX_PAGE_SIZE). */
export function pageRows(model: string, context: Context, args: ListArgs): ListRows {
  return {
    where: listWhere(model, context, args),
    orderBy: toPrismaOrderBy(model, args.orderBy, context.viewer),
    skip: Math.max(0, args.skip ?? 0),
    take: pageSize(args.take),
  };
}

/** The live rows of a to-many relation (a negative skip is Prisma's to refuse). */
export function relationRows(model: string, context: Context, args: Omit<ListArgs, "deleted">): ListRows {
  return {
    where: listWhere(model, context, { where: args.where }),
    orderBy: toPrismaOrderBy(model, args.orderBy, context.viewer),
    skip: args.skip ?? 0,
    take: pageSize(args.take),
  };
}
