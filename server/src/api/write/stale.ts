// Optimistic concurrency: a client that names the version of a row it edited (the
// `updatedAt` it read, sent as `expectedUpdatedAt`) gets STALE instead of overwriting a
// change someone made since. The version is part of the UPDATE's WHERE, so of two
// concurrent saves of the same version exactly one goes through: PostgreSQL makes the
// second wait for the first's row lock and then re-checks the condition on the new row.
import { resourceOf } from "@p181/schema";
import { GraphQLError } from "graphql";

type Row = Record<string, unknown> & { id: number };

/**
 * The row as the engine read it, kept on a STALE error until the API turns it into the
 * values the viewer may see (api/stale-values.ts). A symbol key survives the copy of
 * `extensions` that bulk writes make to add the row number, and is never serialised.
 */
export const STALE_ROW = Symbol("staleRow");

const versionOf = (row: Row) => row.updatedAt as Date;

/** The extra WHERE condition of an update that must find the version the client read. */
export function versionCondition(expected: Date | null | undefined): { updatedAt?: Date } {
  return expected ? { updatedAt: expected } : {};
}

/** Refuses the write when the row is no longer the version the client read. */
export function assertUnchanged(model: string, row: Row, expected: Date | null | undefined): void {
  if (expected && versionOf(row).getTime() !== expected.getTime()) throw staleError(model, row);
}

export function staleError(model: string, row: Row): GraphQLError {
  const updatedAt = versionOf(row).toISOString();
  const label = resourceOf(model).label;
  return new GraphQLError(
    `${label} ${row.id} 已被他人修改（${updatedAt}），请重新加载后再保存 / ${model} ${row.id} was changed by someone else at ${updatedAt} since you read it`,
    { extensions: { code: "STALE", entity: model, recordId: row.id, updatedAt, [STALE_ROW]: row } },
  );
}

/**
 * The `updatedAt` a write sets: now, but always later than the version it replaces, so
 * every write makes a new version even when two land in the same millisecond or another
 * API process's clock is behind (timestamp(3): milliseconds are what is stored).
 */
export function nextVersion(previous: Date): Date {
  return new Date(Math.max(Date.now(), previous.getTime() + 1));
}
