// One user holds at most a few expensive requests at once (reports, aggregates, large
// pages), across every API process: each takes one of the user's slots, a transaction-level
// advisory lock in PostgreSQL that the database releases when the request's transaction
// ends, however it ends.
import { getOperationAST, type DocumentNode, type GraphQLSchema } from "graphql";
import { GraphQLError } from "graphql";
import { estimateRows } from "../security/row-estimate.ts";

/** Advisory-lock namespace of the slots (the first key of pg_try_advisory_xact_lock). */
const LOCK_SPACE = 1810;
/** Slots per user fit in the second key: user id × this + slot. */
const MAX_SLOTS = 16;
/** A request that may return this many rows or more is expensive. */
const EXPENSIVE_ROWS = 2_000;
const EXPENSIVE_FIELD =
  /(Aggregate|GroupBy)$|^(planProgress|phaseProgress|citySummary|zoneScorecard|ruleViolations|historyByUser)$/;

export function isExpensive(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return false;
  const fields = operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === "Field" ? [selection.name.value] : [],
  );
  if (fields.some((name) => EXPENSIVE_FIELD.test(name))) return true;
  return estimateRows(schema, document, operationName, variables) >= EXPENSIVE_ROWS;
}

/**
 * A column for the request's first statement that takes one of the user's slots for the rest
 * of the transaction: the slot's number, or null when every slot is taken.
 */
export function slotColumn(userId: number, slots: number): string {
  if (!Number.isInteger(userId)) throw new Error(`not a user id: ${userId}`);
  const count = slotCount(slots);
  return `(SELECT s FROM generate_series(0, ${count - 1}) s WHERE pg_try_advisory_xact_lock(${LOCK_SPACE}, ${userId} * ${MAX_SLOTS} + s) LIMIT 1) AS slot`;
}

function slotCount(slots: number): number {
  return Math.min(Math.max(1, slots), MAX_SLOTS);
}

export function tooManyExpensiveRequests(slots: number): GraphQLError {
  const count = slotCount(slots);
  return new GraphQLError(
    `您已有${count}个大查询正在进行，请稍后再试 / You already have ${count} expensive requests running; try again when one has finished.`,
    { extensions: { code: "TOO_MANY_REQUESTS", http: { status: 429, headers: { "retry-after": "5" } } } },
  );
}
