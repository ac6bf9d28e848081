// Domain rules in one place: each defined once as data plus the SQL finding the records
// that break it; used by the write check (assertRules) and the violations report.
import { assertRulesAmong, type WrittenRows } from "./assert.ts";
import { brandRules } from "./brands.ts";
import { dateRules } from "./dates.ts";
import { instructorRules } from "./instructors.ts";
import { listViolationsAmong, type ListedViolation, type ViolationFilter } from "./list.ts";
import { rangeRules } from "./ranges.ts";
import { talentRules } from "./talent.ts";
import { targetRules } from "./targets.ts";
import type { SqlClient } from "../sql/client.ts";
import type { DomainRule } from "./types.ts";
import { volunteerRules } from "./volunteers.ts";
import { youngCadreRules } from "./young-cadres.ts";

export const rules: DomainRule[] = [
  ...volunteerRules,
  ...instructorRules,
  ...youngCadreRules,
  ...targetRules,
  ...talentRules,
  ...brandRules,
  ...dateRules,
  ...rangeRules,
];

export function ruleById(id: string): DomainRule | undefined {
  return rules.find((rule) => rule.id === id);
}

/** Throws a RuleViolationError when the written rows break a "write" rule. */
export function assertRules(tx: SqlClient, written: WrittenRows): Promise<void> {
  return assertRulesAmong(rules, tx, written);
}

/** Every record breaking a rule (or the chosen ones), with its label, town and zone. */
export function listViolations(client: SqlClient, filter: ViolationFilter = {}): Promise<ListedViolation[]> {
  return listViolationsAmong(rules, client, filter);
}

export { findViolations, type WrittenRows } from "./assert.ts";
export { describeViolation, RuleViolationError } from "./errors.ts";
export type { ListedViolation, ViolationFilter } from "./list.ts";
export type { DomainRule, RuleViolation, Trigger } from "./types.ts";
export type { Bilingual, DetailValues } from "./detail.ts";
export type { SqlClient } from "../sql/client.ts";
