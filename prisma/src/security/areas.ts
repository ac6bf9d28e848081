// Every business row carries its own town and zone (areaTownId, areaZoneId), kept by
// triggers from the row's own columns and its parents, so that row-level security is a
// column comparison and a row can never lie in one town and in a zone of another.
import { resources, type Resource, type TerritorySource } from "@p181/schema";
import { ident, literal, SQLSTATE } from "./sql.ts";

export const areaResources = (): Resource[] => Object.values(resources).filter((r) => r.territory !== null);

/** The town of a row (NEW in a trigger, an alias in an UPDATE) from one of its sources. */
function townOf(source: TerritorySource, row = "NEW"): string {
  const column = `${row}.${ident(source.column)}`;
  return source.parent === "Town"
    ? column
    : `(SELECT p."areaTownId" FROM ${ident(source.parent)} p WHERE p."id" = ${column})`;
}

function zoneOf(source: TerritorySource, row = "NEW"): string {
  const column = `${row}.${ident(source.column)}`;
  return source.parent === "Zone"
    ? column
    : `(SELECT p."areaZoneId" FROM ${ident(source.parent)} p WHERE p."id" = ${column})`;
}

export function areaHelpers(): string {
  return `-- The town of a record with a zone: the zone's town. A record whose own town disagrees is
-- refused.
CREATE OR REPLACE FUNCTION p181.zone_town(zone integer) RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT "townId" FROM "Zone" WHERE "id" = zone
$$;

CREATE OR REPLACE FUNCTION p181.refuse_zone(entity text, zone_field text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = '${SQLSTATE.zoneOfAnotherTown}',
    MESSAGE = format('%s.%s: 所选村(区)域不属于该记录所在的镇(街道/区) / the zone lies in another town than the record', entity, zone_field),
    TABLE = entity, COLUMN = zone_field;
END $$;`;
}

/** BEFORE INSERT OR UPDATE: recompute the area (as the owner: parents may be hidden from the writer). */
function areaTrigger(resource: Resource): string {
  const { town, zone, zoneDecidesTown } = resource.territory!;
  const name = ident(`${resource.model}_area`);
  const body: string[] = [];
  if (resource.model === "Town") body.push(`NEW."areaTownId" := NEW."id";`);
  else body.push(`NEW."areaTownId" := ${townOf(town!)};`);
  if (zone) {
    body.push(resource.model === "Zone" ? `NEW."areaZoneId" := NEW."id";` : `NEW."areaZoneId" := ${zoneOf(zone)};`);
    if (zoneDecidesTown) {
      body.push(`IF NEW."areaZoneId" IS NOT NULL THEN NEW."areaTownId" := p181.zone_town(NEW."areaZoneId"); END IF;`);
    } else if (zone.column !== town!.column && resource.model !== "Zone") {
      body.push(
        `IF NEW."areaZoneId" IS NOT NULL THEN`,
        `  IF NEW."areaTownId" IS NULL THEN NEW."areaTownId" := p181.zone_town(NEW."areaZoneId");`,
        `  ELSIF NEW."areaTownId" IS DISTINCT FROM p181.zone_town(NEW."areaZoneId") THEN`,
        `    PERFORM p181.refuse_zone(${literal(resource.model)}, ${literal(zone.column)});`,
        `  END IF;`,
        `END IF;`,
      );
    }
  }
  return `CREATE OR REPLACE FUNCTION p181.${name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
${body.map((line) => `  ${line}`).join("\n")}
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON ${ident(resource.model)};
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON ${ident(resource.model)} FOR EACH ROW EXECUTE FUNCTION p181.${name}();`;
}

/** Rows whose area is copied from `parent`, and the column pointing at it. */
function childrenOf(parent: string): { model: string; column: string }[] {
  return areaResources().flatMap((child) => {
    if (child.model === parent) return [];
    const columns = new Set(
      [child.territory!.town, child.territory!.zone].filter((s) => s?.parent === parent).map((s) => s!.column),
    );
    return [...columns].map((column) => ({ model: child.model, column }));
  });
}

/** AFTER UPDATE of a parent's area: its children recompute theirs (and theirs, recursively). */
function propagateTrigger(resource: Resource): string {
  const children = childrenOf(resource.model);
  const table = ident(resource.model);
  if (children.length === 0 || resource.model === "Town") return `DROP TRIGGER IF EXISTS p181_propagate ON ${table};`;
  const name = ident(`${resource.model}_propagate`);
  const zoneChanged = resource.territory!.zone ? ` OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId"` : "";
  return `CREATE OR REPLACE FUNCTION p181.${name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
${children.map((c) => `  UPDATE ${ident(c.model)} SET "areaTownId" = NULL WHERE ${ident(c.column)} = NEW."id";`).join("\n")}
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON ${table};
CREATE TRIGGER p181_propagate AFTER UPDATE ON ${table} FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId"${zoneChanged}) EXECUTE FUNCTION p181.${name}();`;
}

export function areaTriggers(resource: Resource): string {
  return `${areaTrigger(resource)}\n${propagateTrigger(resource)}`;
}

/** Area resources, parents before children. */
export function parentsFirst(): Resource[] {
  const ordered: Resource[] = [];
  const placed = new Set<string>();
  const visit = (resource: Resource) => {
    if (placed.has(resource.model)) return;
    placed.add(resource.model);
    for (const source of [resource.territory!.town, resource.territory!.zone]) {
      const parent = source && resources[source.parent];
      if (parent?.territory && parent !== resource) visit(parent);
    }
    ordered.push(resource);
  };
  areaResources().forEach(visit);
  return ordered;
}

/**
 * Set-based: the same area the row trigger computes, for every row of one table, with its
 * row triggers off (one UPDATE instead of a trigger call per row). A zone of another town
 * than the row's own town column is dropped from the area rather than refused: rows
 * written before areas were enforced keep working; new writes cannot do it.
 */
function recomputeTable(resource: Resource): string[] {
  const table = ident(resource.model);
  const { town, zone, zoneDecidesTown } = resource.territory!;
  const set = [`"areaTownId" = ${resource.model === "Town" ? `r."id"` : townOf(town!, "r")}`];
  if (zone) set.push(`"areaZoneId" = ${resource.model === "Zone" ? `r."id"` : zoneOf(zone, "r")}`);
  const statements = [`ALTER TABLE ${table} DISABLE TRIGGER USER;`, `UPDATE ${table} r SET ${set.join(", ")};`];
  if (zone && zone.column !== town!.column && resource.model !== "Zone") {
    const zoneTown = `(SELECT z."townId" FROM "Zone" z WHERE z."id" = r."areaZoneId")`;
    statements.push(
      zoneDecidesTown
        ? `UPDATE ${table} r SET "areaTownId" = ${zoneTown} WHERE r."areaZoneId" IS NOT NULL;`
        : `UPDATE ${table} r SET "areaTownId" = COALESCE(r."areaTownId", ${zoneTown}), "areaZoneId" = CASE WHEN r."areaTownId" IS NULL OR r."areaTownId" = ${zoneTown} THEN r."areaZoneId" END WHERE r."areaZoneId" IS NOT NULL;`,
    );
  }
  statements.push(`ALTER TABLE ${table} ENABLE TRIGGER USER;`);
  return statements;
}

/** Recomputes every row's area, parents first (migrations, bulk loads). Needs the tables' owner. */
export function backfillAreaStatements(): string[] {
  return parentsFirst().flatMap(recomputeTable);
}

export function backfillAreas(): string {
  return `-- Areas of the rows already there, parents first.\n${backfillAreaStatements().join("\n")}`;
}

/** Turns the area and reference triggers off for a bulk load by the owner; backfillAreaStatements() turns them on again. */
export function suspendAreaTriggerStatements(): string[] {
  return areaResources().map((r) => `ALTER TABLE ${ident(r.model)} DISABLE TRIGGER USER;`);
}
