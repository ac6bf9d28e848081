// The write check: after all writes of a transaction, the "write" rules touched by them
// must find nothing, or the transaction fails with a RuleViolationError.
import { Prisma } from "@p181/db";
import { RuleViolationError } from "./errors.ts";
import { ident } from "../sql/fragments.ts";
import type { SqlClient } from "../sql/client.ts";
import type { DetailValues } from "./detail.ts";
import type { DomainRule, RuleViolation, Trigger } from "./types.ts";

/** Written row ids per Prisma model. */
export type WrittenRows = Map<string, Set<number>>;

interface Hop {
  key: string;
  sql: Prisma.Sql;
}

/** The SELECT mapping written ids through a trigger to checked ids (null when the ids are the checked ids). */
function hop(model: string, trigger: Trigger, ids: number[]): Hop | null {
  if (trigger === "id") return null;
  if (typeof trigger === "string") {
    return {
      key: `${model}.${trigger}`,
      sql: Prisma.sql`SELECT w.${ident(trigger)} AS id FROM ${ident(model)} w WHERE w.id = ANY(${ids}::int[])`,
    };
  }
  let name = functionNames.get(trigger);
  if (!name) functionNames.set(trigger, (name = `f${functionNames.size}`));
  return { key: `${model}:${name}`, sql: trigger(ids) };
}

const functionNames = new Map<(ids: number[]) => Prisma.Sql, string>();

/** For each rule touched by the writes, the ids of its entity to check. */
async function idsToCheck(
  tx: SqlClient,
  rules: DomainRule[],
  written: WrittenRows,
): Promise<Map<DomainRule, Set<number>>> {
  const plan: { rule: DomainRule; direct: number[]; hops: Hop[] }[] = [];
  const hops = new Map<string, Hop>();
  for (const rule of rules) {
    const entry = { rule, direct: [] as number[], hops: [] as Hop[] };
    for (const [model, trigger] of Object.entries(rule.triggers)) {
      const ids = [...(written.get(model) ?? [])];
      if (ids.length === 0) continue;
      const step = hop(model, trigger, ids);
      if (!step) entry.direct.push(...ids);
      else {
        entry.hops.push(step);
        hops.set(step.key, step);
      }
    }
    if (entry.direct.length > 0 || entry.hops.length > 0) plan.push(entry);
  }

  const reached = new Map<string, number[]>();
  if (hops.size > 0) {
    const steps = [...hops.values()];
    const rows = await tx.$queryRaw<{ step: number; id: number }[]>(
      Prisma.join(
        steps.map(
          (step, index) => Prisma.sql`SELECT ${index}::int AS step, h.id FROM (${step.sql}) h WHERE h.id IS NOT NULL`,
        ),
        " UNION ",
      ),
    );
    for (const { step, id } of rows) {
      const key = steps[step]!.key;
      reached.set(key, [...(reached.get(key) ?? []), id]);
    }
  }

  const result = new Map<DomainRule, Set<number>>();
  for (const { rule, direct, hops: ruleHops } of plan) {
    const ids = new Set([...direct, ...ruleHops.flatMap((step) => reached.get(step.key) ?? [])]);
    if (ids.size > 0) result.set(rule, ids);
  }
  return result;
}

/** Runs the rules (all of them, or the given ones) on the given records; one query. */
export async function findViolations(
  tx: SqlClient,
  checks: Map<DomainRule, Set<number> | undefined>,
): Promise<RuleViolation[]> {
  const rules = [...checks.keys()];
  if (rules.length === 0) return [];
  const rows = await tx.$queryRaw<{ rule: number; recordId: number; values: DetailValues }[]>(
    Prisma.sql`SELECT * FROM (${Prisma.join(
      rules.map((rule, index) => {
        const ids = checks.get(rule);
        return Prisma.sql`SELECT ${index}::int AS rule, v."recordId", v."values" FROM (${rule.violations(ids && [...ids])}) v`;
      }),
      " UNION ALL ",
    )}) found ORDER BY rule, "recordId"`,
  );
  return rows.map(({ rule: index, recordId, values }) => {
    const rule = rules[index]!;
    const detail = rule.detail(values);
    return {
      rule: rule.id,
      entity: rule.entity,
      recordId,
      field: rule.field,
      message: rule.message,
      label: rule.label,
      detail: detail.zh,
      detailEn: detail.en,
      values,
    };
  });
}

/**
 * Checks the "write" rules whose triggers include a written model, on the records the
 * writes can affect, and throws a RuleViolationError listing every violation. Call it
 * inside the write transaction after all writes, so that nothing is written on failure.
 */
export async function assertRulesAmong(rules: DomainRule[], tx: SqlClient, written: WrittenRows): Promise<void> {
  const touched = await idsToCheck(
    tx,
    rules.filter((rule) => rule.enforcement === "write"),
    written,
  );
  const violations = await findViolations(tx, touched);
  if (violations.length > 0) throw new RuleViolationError(violations);
}
