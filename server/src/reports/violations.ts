// Rule violations as a flat report: the rules module's own SQL, labelled and located.
import type { AreaColumns } from "../sql/located-rows.ts";
import { modelMeta } from "@p181/schema";
import { listViolations, ruleById, type DetailValues } from "../rules/index.ts";
import type { SqlClient } from "../sql/client.ts";
import { mergeArea, type Area } from "./area.ts";

export interface ViolationReportFilter extends Area {
  ruleId?: string;
}

export interface ViolationRow extends AreaColumns {
  ruleId: string;
  ruleLabel: string;
  ruleMessage: string;
  enforcement: "write" | "report";
  entity: string;
  entityLabel: string;
  recordId: number;
  recordLabel: string;
  field: string;
  fieldLabel: string;
  /** What is wrong, in Chinese (enum values by their labels). */
  detail: string;
  /** The same in English. */
  detailEn: string;
  /** The values the detail quotes. */
  values: DetailValues;
}

function labelOf(entity: string, field: string): string {
  return modelMeta(entity).fields.find((f) => f.name === field)?.label ?? field;
}

/** One row per record breaking a rule (or the given rule), within the area and forced scope. */
export async function ruleViolations(
  client: SqlClient,
  filter: ViolationReportFilter = {},
  scope: Area = {},
): Promise<ViolationRow[]> {
  const area = mergeArea(filter, scope);
  if (!area || (filter.ruleId !== undefined && !ruleById(filter.ruleId))) return [];
  const rows = await listViolations(client, {
    ...area,
    ...(filter.ruleId !== undefined ? { ruleIds: [filter.ruleId] } : {}),
  });
  return rows.map(({ rule, detail, ...row }) => ({
    ruleId: rule.id,
    ruleLabel: rule.label,
    ruleMessage: rule.message,
    enforcement: rule.enforcement,
    entity: rule.entity,
    entityLabel: modelMeta(rule.entity).label,
    field: rule.field,
    fieldLabel: labelOf(rule.entity, rule.field),
    detail: detail.zh,
    detailEn: detail.en,
    ...row,
  }));
}
