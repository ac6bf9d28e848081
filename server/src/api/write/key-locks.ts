// Upserts find their row by natural key, then update it or create it. Two transactions
// upserting the same new key would both find nothing and both create (one then fails on the
// unique index); two upserting the same keys in different orders would deadlock on the rows.
// So an upsert first takes a transaction-level advisory lock on each of its keys, all of
// them at once and in one sorted order: concurrent upserts of overlapping keys run one after
// the other, and the later one finds the row the earlier one committed.
import { resourceOf } from "@p181/schema";
import type { Prisma } from "@p181/db";

type Input = Record<string, unknown>;

/** The lock name of a row's natural key: the entity and the key's values. */
export function naturalKeyOf(model: string, input: Input): string | null {
  const key = resourceOf(model).naturalKey;
  if (!key || key.some((field) => input[field] === undefined || input[field] === null)) return null;
  return JSON.stringify([model, ...key.map((field) => input[field])]);
}

/**
 * Waits for, then holds until the transaction ends, the locks of these rows' natural keys.
 * Sorted and deduplicated, so every transaction takes shared keys in the same order.
 */
export async function lockNaturalKeys(tx: Prisma.TransactionClient, model: string, rows: Input[]): Promise<void> {
  const keys = [
    ...new Set(rows.map((row) => naturalKeyOf(model, row)).filter((key): key is string => key !== null)),
  ].sort();
  if (keys.length === 0) return;
  // One bigint per key (hash collisions only serialize more); unnest keeps the array's order.
  await tx.$queryRawUnsafe(
    `SELECT count(pg_advisory_xact_lock(hashtextextended(key, 181))) FROM unnest($1::text[]) AS key`,
    keys,
  );
}
