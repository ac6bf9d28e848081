// Fields an entity fills from its other columns, as its own importer does
// (scripts/src/targets/validate.ts): an annual target's town or zone is the one its scope
// code names, so a target file needs no town or zone column.
import { CITY_SCOPE_CODE } from "@p181/schema";
import type { AdminField } from "../metadata/fields.ts";
import type { ImportRow } from "./plan.ts";

/** `columnOf(field)` names the file's column of a mapped field ("范围编码 (D)"). */
export function deriveFields(
  model: string,
  row: ImportRow,
  fields: AdminField[],
  columnOf: (field: string) => string | undefined,
): void {
  if (model !== "AnnualTarget") return;
  const { scopeLevel, scopeCode } = row.values;
  if (typeof scopeCode !== "string" || !scopeCode) return;
  const given = (name: string) =>
    (row.values[name] !== undefined && row.values[name] !== null) || row.lookups.some((l) => l.field.name === name);
  if (scopeLevel === "CITY")
    row.values.scopeCode = scopeCode.toUpperCase() === CITY_SCOPE_CODE ? CITY_SCOPE_CODE : scopeCode;
  const target = scopeLevel === "TOWN" ? "townId" : scopeLevel === "ZONE" ? "zoneId" : null;
  const field = fields.find((f) => f.name === target);
  if (field && !given(field.name))
    row.lookups.push({ field, text: scopeCode, column: columnOf("scopeCode") ?? field.label });
}
