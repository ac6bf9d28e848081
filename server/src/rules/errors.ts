import { GraphQLError } from "graphql";
import type { RuleViolation } from "./types.ts";

/** How many violations the message spells out; extensions carry all of them. */
const MESSAGE_LIMIT = 5;

/**
 * "VolunteerTeam 12 memberships: 党员志愿者队伍不少于10人（现有 7 人） (a volunteer team has at
 * least 10 members; has 7 members)": the rule and detail as the admin and the violations
 * report word them, then in English.
 */
export function describeViolation(v: RuleViolation): string {
  return `${v.entity} ${v.recordId} ${v.field}: ${v.label}（${v.detail}） (${v.message}; ${v.detailEn})`;
}

/** A write refused because records would break domain rules. */
export class RuleViolationError extends GraphQLError {
  readonly violations: RuleViolation[];

  constructor(violations: RuleViolation[]) {
    const shown = violations.slice(0, MESSAGE_LIMIT).map(describeViolation);
    const more = violations.length - shown.length;
    super(more > 0 ? `${shown.join("; ")}; and ${more} more` : shown.join("; "), {
      extensions: {
        code: "RULE_VIOLATION",
        violations: violations.map(({ rule, entity, recordId, field, message, label, detail, detailEn, values }) => ({
          rule,
          entity,
          recordId,
          field,
          message,
          label,
          detail,
          detailEn,
          values,
        })),
      },
    });
    this.name = "RuleViolationError";
    this.violations = violations;
  }
}
