// Row-level security and column privileges of every business table, from the datamodel:
// who may read and write which rows (by their area), and which columns the roles without
// personal-data rights may touch at all. One policy per database role, each as simple as
// its rule, because PostgreSQL evaluates a policy on every row and plans with its estimate:
// the citywide roles read every row (no condition at all), the town and zone roles compare
// an indexed area column with their claim. The role is the kind of viewer; the claims say
// which town or zone, and whether the request may write.
import { AREA_FIELDS, datamodel, resources, type Resource } from "@p181/schema";
import { ALL_ROLES, ident, LIMITED_ROLES, literal, PERSONAL_ROLES, ROLES } from "./sql.ts";

/** Scalar columns of a model (what GRANT … (columns) lists). */
export function columnsOf(model: string): string[] {
  return datamodel.models[model]!.fields.filter((f) => f.kind !== "object").map((f) => f.name);
}

/** Columns the roles without personal-data rights may read and write. */
export function nonPersonalColumns(resource: Resource): string[] {
  return columnsOf(resource.model).filter(
    (c) => !resource.personalFields.includes(c) && !resource.hiddenFields.includes(c),
  );
}

const TOWN = `"${AREA_FIELDS[0]}"`;
const ZONE = `"${AREA_FIELDS[1]}"`;
const claim = (name: string) => `p181.claim('${name}')`;
const is = (role: string) => `${claim("role")} = '${role}'`;
const writing = `${claim("write")} = 'true'`;
const inTown = `(${TOWN} IS NULL OR ${TOWN} = p181.claim_id('town'))`;

interface RolePolicy {
  role: string;
  /** Rows the role reads; null: none. */
  read: string | null;
  /** Rows the role creates and changes; null: none. */
  write: string | null;
}

function rolePolicies(resource: Resource): RolePolicy[] {
  const territory = resource.territory;
  const plan = resource.planColumn
    ? `${ident(resource.planColumn)}::text`
    : resource.plan
      ? literal(resource.plan)
      : null;
  return [
    { role: ROLES.city, read: "true", write: `${is("CITY_ADMIN")} AND ${writing}` },
    {
      role: ROLES.cityLimited,
      read: "true",
      write: plan
        ? `${is("PLAN_OFFICER")} AND ${writing} AND ${plan} = ANY (string_to_array(${claim("plans")}, ','))`
        : null,
    },
    {
      role: ROLES.town,
      read: territory ? inTown : "true",
      write: territory ? `${is("TOWN_ADMIN")} AND ${writing} AND ${TOWN} = p181.claim_id('town')` : null,
    },
    {
      role: ROLES.zone,
      read: territory?.zone ? `${ZONE} = p181.claim_id('zone')` : territory ? inTown : "true",
      write: territory?.zone ? `${is("ZONE_SECRETARY")} AND ${writing} AND ${ZONE} = p181.claim_id('zone')` : null,
    },
  ];
}

const POLICY_NAMES = ["p181_read", "p181_insert", "p181_update"];

/** Read, insert and update policies per role (no DELETE policy: the API only soft-deletes). */
export function tablePolicies(resource: Resource): string {
  const table = ident(resource.model);
  const statements = [`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;`];
  for (const { role } of rolePolicies(resource)) {
    for (const name of POLICY_NAMES)
      statements.push(`DROP POLICY IF EXISTS ${name}_${role.replace("p181_", "")} ON ${table};`);
  }
  for (const { role, read, write } of rolePolicies(resource)) {
    const suffix = role.replace("p181_", "");
    if (read) statements.push(`CREATE POLICY p181_read_${suffix} ON ${table} FOR SELECT TO ${role} USING (${read});`);
    if (write) {
      statements.push(
        `CREATE POLICY p181_insert_${suffix} ON ${table} FOR INSERT TO ${role} WITH CHECK (${write});`,
        `CREATE POLICY p181_update_${suffix} ON ${table} FOR UPDATE TO ${role} USING (${write}) WITH CHECK (${write});`,
      );
    }
  }
  return statements.join("\n");
}

/** Table privileges: all columns for the roles with personal-data rights, the others for the rest; hidden columns for none. */
export function tableGrants(resource: Resource, commands = "SELECT, INSERT, UPDATE"): string {
  const table = ident(resource.model);
  const everything = columnsOf(resource.model).filter((c) => !resource.hiddenFields.includes(c));
  const grant = (columns: string[], roles: string) =>
    commands
      .split(", ")
      .map((command) => `GRANT ${command} (${columns.map(ident).join(", ")}) ON ${table} TO ${roles};`)
      .join("\n");
  return [
    `REVOKE ALL ON ${table} FROM ${ALL_ROLES};`,
    grant(everything, PERSONAL_ROLES),
    grant(nonPersonalColumns(resource), LIMITED_ROLES),
  ].join("\n");
}

/** The entities with zones, for policies on rows that name their entity (the audit log). */
export function zonedEntities(): string {
  const zoned = Object.values(resources)
    .filter((r) => r.territory?.zone)
    .map((r) => literal(r.model));
  return `CREATE OR REPLACE FUNCTION p181.zoned(entity text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT entity = ANY (ARRAY[${zoned.join(", ")}])
$$;`;
}
