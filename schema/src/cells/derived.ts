// Values a row takes from its other columns, as the entity's metadata says (Resource.codeReference):
// an annual target's town or zone is the one its scope code names.
import type { EntityField } from "../fields.ts";
import { resourceOf } from "../resources.ts";

export interface DraftLookup {
  field: EntityField;
  text: string;
  column: string;
}

/** A row being read from a file or a paste: parsed values and references still to resolve. */
export interface DraftRow {
  values: Record<string, unknown>;
  lookups: DraftLookup[];
}

/** Adds the lookup the row's code names; `columnOf(field)` names the column a field came from ("范围编码 (D)"). */
export function deriveCodeReference(
  model: string,
  row: DraftRow,
  fields: readonly EntityField[],
  columnOf: (field: string) => string | undefined,
): void {
  const rule = resourceOf(model).codeReference;
  if (!rule) return;
  const code = row.values[rule.code];
  const chosen = rule.cases[String(row.values[rule.by])];
  if (typeof code !== "string" || !code || !chosen) return;
  if ("fixed" in chosen) {
    if (code.toUpperCase() === chosen.fixed) row.values[rule.code] = chosen.fixed;
    return;
  }
  const field = fields.find((f) => f.name === chosen.reference);
  const given =
    field &&
    ((row.values[field.name] !== undefined && row.values[field.name] !== null) ||
      row.lookups.some((l) => l.field.name === field.name));
  if (field && !given) row.lookups.push({ field, text: code, column: columnOf(rule.code) ?? field.label });
}
