import type { Prisma } from "@p181/db";

/**
 * How a written row leads to the records a rule checks: the name of a column of the
 * written model holding the checked record's id, or, when the link is more than one
 * hop, a SELECT of a single column "id" of checked records for the written ids.
 */
export type Trigger = string | ((writtenIds: number[]) => Prisma.Sql);

export interface DomainRule {
  /** Stable kebab-case id, e.g. "volunteer-team-min-members". */
  id: string;
  /** Prisma model whose records break the rule. */
  entity: string;
  /** Field named in the error. */
  field: string;
  /** Chinese rule text shown to users. */
  label: string;
  /** English rule text. */
  message: string;
  /** "write": writes that break it are refused; "report": only listed. */
  enforcement: "write" | "report";
  /** Which written models can change the outcome, and how to reach the checked records. */
  triggers: Record<string, Trigger>;
  /** SELECT of the violating rows, columns "recordId" int and "detail" text; restricted to ids when given. */
  violations(ids?: number[]): Prisma.Sql;
}

/** One record breaking one rule. */
export interface RuleViolation {
  rule: string;
  entity: string;
  recordId: number;
  field: string;
  message: string;
  label: string;
  detail: string;
}
