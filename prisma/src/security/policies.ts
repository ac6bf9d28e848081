// Row-level security and column privileges of every business table, from the datamodel:
// who may read and write which rows (by their area), and which columns the role without
// personal-data rights may touch at all.
import { AREA_FIELDS, datamodel, resources, type Resource } from "@p181/schema";
import { API_ROLE, API_ROLES, ident, literal, PERSONAL_ROLE } from "./sql.ts";

/** Scalar columns of a model (what GRANT … (columns) lists). */
export function columnsOf(model: string): string[] {
  return datamodel.models[model]!.fields.filter((f) => f.kind !== "object").map((f) => f.name);
}

/** Columns the role without personal-data rights may read and write. */
export function nonPersonalColumns(resource: Resource): string[] {
  return columnsOf(resource.model).filter((c) => !resource.personalFields.includes(c) && !resource.hiddenFields.includes(c));
}

function areaArguments(resource: Resource): string {
  const town = resource.territory?.town ? `"${AREA_FIELDS[0]}"` : "NULL";
  const zone = resource.territory?.zone ? `"${AREA_FIELDS[1]}"` : "NULL";
  return `${town}, ${zone}, ${resource.territory?.zone ? "true" : "false"}`;
}

function policy(table: string, name: string, command: string, clause: string): string {
  return `DROP POLICY IF EXISTS ${name} ON ${table};\nCREATE POLICY ${name} ON ${table} FOR ${command} ${clause};`;
}

/** Read, insert and update policies (no DELETE policy: the API only soft-deletes). */
export function tablePolicies(resource: Resource): string {
  const table = ident(resource.model);
  const area = areaArguments(resource);
  const plan = resource.model === "AnnualTarget" ? `"plan"::text` : resource.plan ? literal(resource.plan) : "NULL";
  const write = `p181.can_write(${area}, ${plan})`;
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;`,
    policy(table, "p181_read", "SELECT", `USING (p181.can_read(${area}))`),
    policy(table, "p181_insert", "INSERT", `WITH CHECK (${write})`),
    policy(table, "p181_update", "UPDATE", `USING (${write}) WITH CHECK (${write})`),
  ].join("\n");
}

/** Table privileges: all columns for the personal role, the others for the rest; hidden columns for neither. */
export function tableGrants(resource: Resource, commands = "SELECT, INSERT, UPDATE"): string {
  const table = ident(resource.model);
  const everything = columnsOf(resource.model).filter((c) => !resource.hiddenFields.includes(c));
  const grant = (columns: string[], role: string) =>
    commands
      .split(", ")
      .map((command) => `GRANT ${command} (${columns.map(ident).join(", ")}) ON ${table} TO ${role};`)
      .join("\n");
  return [`REVOKE ALL ON ${table} FROM ${API_ROLES};`, grant(everything, PERSONAL_ROLE), grant(nonPersonalColumns(resource), API_ROLE)].join("\n");
}

/** The entities with zones, for policies on rows that name their entity (the audit log). */
export function zonedEntities(): string {
  const zoned = Object.values(resources).filter((r) => r.territory?.zone).map((r) => literal(r.model));
  return `CREATE OR REPLACE FUNCTION p181.zoned(entity text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT entity = ANY (ARRAY[${zoned.join(", ")}])
$$;`;
}
