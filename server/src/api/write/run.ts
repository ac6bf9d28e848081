// A mutation's writes, inside the savepoint of its field (database/savepoints.ts): the
// writes, then the domain rules over everything written, then the audit entries. Any
// error rolls the whole mutation back; other mutations of the same request keep theirs.
//
// A record that already broke a rule before the mutation (the report lists it) does not
// block writes that leave it broken, e.g. renaming a member of an undersized team: when
// the rules find violations, the writes are undone to a savepoint, the same records are
// checked as they were, and the writes are replayed only if every violation was there
// before. New violations are always refused.
import type { Prisma } from "@p181/db";
import { requireWriter } from "../../auth/guards.ts";
import type { Context } from "../../context.ts";
import { assertRules, findViolations, rules, RuleViolationError, type DomainRule } from "../../rules/index.ts";
import type { WriteContext } from "./engine.ts";
import { Journal } from "./journal.ts";

export async function runWrite<T>(context: Context, write: (ctx: WriteContext) => Promise<T>): Promise<T> {
  const viewer = requireWriter(context);
  const tx = context.prisma as unknown as Prisma.TransactionClient;
  return writeChecked(tx, viewer.userId, (journal) => write({ tx, viewer, journal }));
}

/**
 * The writes `write` makes in `tx`, then the domain rules over what it wrote (replayed as
 * above when a record was already broken), then their audit entries by `userId`: the one
 * commit discipline of the API and the bulk loaders (scripts/, e.g. annual targets). Runs
 * inside a transaction; an error leaves it to the caller to roll back.
 */
export async function writeChecked<T>(
  tx: Prisma.TransactionClient,
  userId: number | null,
  write: (journal: Journal) => Promise<T>,
): Promise<T> {
  const attempt = async () => {
    const journal = new Journal();
    const result = await write(journal);
    return { journal, result };
  };
  await tx.$executeRawUnsafe("SAVEPOINT before_writes");
  let { journal, result } = await attempt();
  const found = await violationsOf(tx, journal);
  if (found.length > 0) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT before_writes");
    const before = await findViolations(tx, recordsOf(found));
    const existed = new Set(before.map(key));
    const fresh = found.filter((violation) => !existed.has(key(violation)));
    if (fresh.length > 0) throw new RuleViolationError(fresh);
    ({ journal, result } = await attempt());
  }
  if (journal.entries.length > 0) await tx.auditLog.createMany({ data: journal.auditRows(userId) });
  return result;
}

type Violation = Awaited<ReturnType<typeof findViolations>>[number];

const key = (violation: Violation) => `${violation.rule}:${violation.recordId}`;

async function violationsOf(tx: Parameters<typeof findViolations>[0], journal: Journal): Promise<Violation[]> {
  try {
    await assertRules(tx, journal.written());
    return [];
  } catch (error) {
    if (error instanceof RuleViolationError) return error.violations;
    throw error;
  }
}

function recordsOf(violations: Violation[]): Map<DomainRule, Set<number>> {
  const checks = new Map<DomainRule, Set<number>>();
  for (const violation of violations) {
    const rule = rules.find((candidate) => candidate.id === violation.rule)!;
    if (!checks.has(rule)) checks.set(rule, new Set());
    checks.get(rule)!.add(violation.recordId);
  }
  return checks;
}
