// The Prisma delegate of a model named at run time (prisma.partyMember for PartyMember): the
// generic API, the write engine and the tests build their queries from the datamodel, for every
// model in one loop. Prisma types each delegate for its own model, and the union of the delegates
// has no callable signature, so these callers see one delegate with plain arguments and rows;
// Prisma still validates every argument at run time.
import type { Prisma, PrismaClient } from "@p181/db";

type Args = Record<string, unknown>;

/** A row of some model: its columns (those selected), and always the id. */
export type ModelRow = Record<string, unknown> & { id: number };

/** What `aggregate` returns for `_count: { _all: true }` and the `_sum`, `_avg`, `_min`, `_max` asked for. */
export interface ModelAggregate {
  _count: { _all: number };
  _sum?: Record<string, unknown> | null;
  _avg?: Record<string, unknown> | null;
  _min?: Record<string, unknown> | null;
  _max?: Record<string, unknown> | null;
}

/**
 * The operations used on a delegate of a model named at run time. `Row` is how the caller sees
 * the rows: plain records by default, the union of the model shapes where they go to Pothos.
 */
export interface ModelDelegate<Row extends { id: number } = ModelRow> {
  findUnique(args: Args): Promise<Row | null>;
  findUniqueOrThrow(args: Args): Promise<Row>;
  findFirst(args?: Args): Promise<Row | null>;
  findMany(args?: Args): Promise<Row[]>;
  count(args?: Args): Promise<number>;
  aggregate(args: Args): Promise<ModelAggregate>;
  create(args: Args): Promise<Row>;
  update(args: Args): Promise<Row>;
  updateMany(args: Args): Promise<{ count: number }>;
}

type ModelProperty = Prisma.TypeMap["meta"]["modelProps"];

/** The delegate of `model` (a Prisma model name) on a client or in a transaction. */
export function modelDelegate<Row extends { id: number } = ModelRow>(
  prisma: PrismaClient | Prisma.TransactionClient,
  model: string,
): ModelDelegate<Row> {
  const property = (model.charAt(0).toLowerCase() + model.slice(1)) as ModelProperty;
  const found = prisma[property];
  if (!found) throw new Error(`Unknown model ${model}`);
  return found as unknown as ModelDelegate<Row>;
}
