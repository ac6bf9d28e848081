import type { Prisma } from "@p181/db";
import type { Bilingual, DetailValues } from "./detail.ts";

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
  /** SELECT of the violating rows, columns "recordId" int and "values" jsonb (what detail quotes); restricted to ids when given. */
  violations(ids?: number[]): Prisma.Sql;
  /** What is wrong with one violating record, from the values its row found. */
  detail(values: DetailValues): Bilingual;
}

/** One record breaking one rule. */
export interface RuleViolation {
  rule: string;
  entity: string;
  recordId: number;
  field: string;
  message: string;
  label: string;
  /** What is wrong, in Chinese: 现有 7 人. */
  detail: string;
  /** The same in English: has 7 members. */
  detailEn: string;
  /** The values the detail quotes, for programs. */
  values: DetailValues;
}
