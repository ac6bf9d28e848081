// React-Admin filters → the API's `where` input, and sort → `orderBy`.
//
// Filter keys:
//   q                    quick search: any search field contains the text
//   town, zone           a town / zone id: the row's area (areaTownId / areaZoneId, kept by the database)
//   year                 the `year` field, or the year of the entity's first date
//   plan                 a programme plan (AnnualTarget.plan; User.plans has it)
//   deleted              "LIVE" | "DELETED" | "ALL" (an argument, not a condition)
//   <field>              equals (an array: in; null: isNull)
//   <field>@<operator>   any operator of the API: contains, gte, lt, startsWith…
import { adminField, planField, resourceFor, yearField } from "../metadata/fields.ts";

export type Where = Record<string, unknown>;
export type Deleted = "LIVE" | "DELETED" | "ALL";

export const SPECIAL_FILTERS = ["q", "town", "zone", "year", "plan", "deleted"] as const;

function yearCondition(model: string, year: number): Where | null {
  const field = yearField(model);
  if (!field) return null;
  if (field.kind === "int") return { [field.name]: { equals: year } };
  const [from, to] =
    field.kind === "date"
      ? [`${year}-01-01`, `${year}-12-31`]
      : [`${year}-01-01T00:00:00.000Z`, `${year + 1}-01-01T00:00:00.000Z`];
  return { [field.name]: field.kind === "date" ? { gte: from, lte: to } : { gte: from, lt: to } };
}

function fieldCondition(model: string, key: string, value: unknown): Where | null {
  const [name = key, operator] = key.split("@");
  const field = adminField(model, name);
  if (!field) return null;
  if (operator) return { [name]: { [operator]: value } };
  if (value === null) return { [name]: { isNull: true } };
  if (field.meta.isList) return { [name]: Array.isArray(value) ? { hasSome: value } : { has: value } };
  return { [name]: Array.isArray(value) ? { in: value } : { equals: value } };
}

/** The `where` of a list request; empty values (as filter inputs leave them) are ignored. */
export function toWhere(model: string, filter: Record<string, unknown> = {}): Where {
  const resource = resourceFor(model);
  const conditions: Where[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === "" || key === "deleted") continue;
    if (Array.isArray(value) && value.length === 0) continue;
    switch (key) {
      case "q": {
        const text = String(value).trim();
        const fields = resource.searchFields.length > 0 ? resource.searchFields : [];
        if (!text) break;
        const numeric = /^\d+$/.test(text) ? [{ id: { equals: Number(text) } }] : [];
        conditions.push({ OR: [...fields.map((f) => ({ [f]: { contains: text } })), ...numeric] });
        break;
      }
      case "town":
        if (resource.territory?.town) conditions.push({ areaTownId: { equals: Number(value) } });
        break;
      case "zone":
        if (resource.territory?.zone) conditions.push({ areaZoneId: { equals: Number(value) } });
        break;
      case "year": {
        const condition = yearCondition(model, Number(value));
        if (condition) conditions.push(condition);
        break;
      }
      case "plan": {
        const field = planField(model);
        if (field) conditions.push({ [field.name]: field.meta.isList ? { has: value } : { equals: value } });
        break;
      }
      default: {
        const condition = fieldCondition(model, key, value);
        if (condition) conditions.push(condition);
      }
    }
  }
  return conditions.length === 1 ? conditions[0]! : conditions.length === 0 ? {} : { AND: conditions };
}

export function deletedOf(filter: Record<string, unknown> = {}): Deleted {
  const value = filter.deleted;
  return value === "DELETED" || value === "ALL" ? value : "LIVE";
}

/**
 * `{ field: "zone.name", order: "DESC" }` → `[{ zone: { name: DESC } }]`. Sorting a
 * reference column by its foreign key sorts by the target's display field instead.
 */
export function toOrderBy(model: string, sort?: { field: string; order: string }): Where[] {
  if (!sort?.field) return [];
  const direction = sort.order?.toUpperCase() === "DESC" ? "DESC" : "ASC";
  let path = sort.field.split(".");
  if (path.length === 1) {
    const field = adminField(model, path[0]!);
    if (!field) return [];
    if (field.kind === "reference" && field.relation && field.targetDisplayField)
      path = [field.relation, field.targetDisplayField];
    if (field.meta.isList || field.kind === "json") return [];
  }
  return [path.reduceRight<Where | string>((inner, key) => ({ [key]: inner }), direction) as Where];
}
