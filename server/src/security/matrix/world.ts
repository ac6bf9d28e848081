// A world built to cross areas on purpose, for the security matrix: two towns (A with zones
// A1 and A2, B with zone B1), a row of every entity in each place it can lie (a zone, a
// town without zone, the city), and for every relation that may point outside its row's
// area, a row in A1 pointing into B1 and into A2. Written as the database owner, the way
// an import or a bug could leave the data; what each viewer then gets back is the test.
import { datamodel, mayPointOutsideArea, resources, type FieldMeta, type Resource } from "@p181/schema";
import type { PrismaClient } from "@p181/db";
import { requiredFields } from "../../api/write/fields.ts";
import type { Viewer } from "../../auth/viewer.ts";
import { modelDelegate } from "../../database/delegates.ts";
import { sampleValue } from "../../testing/samples.ts";
import { planOfficer, townAdmin, viewerRole, zoneSecretary } from "../../testing/viewers.ts";
import type { RoleName } from "./visibility.ts";

export interface Place {
  name: "A1" | "A2" | "A" | "B1" | "B" | "city";
  town: "A" | "B" | null;
  zone: "A1" | "A2" | "B1" | null;
}

export const PLACES: Place[] = [
  { name: "A1", town: "A", zone: "A1" },
  { name: "A2", town: "A", zone: "A2" },
  { name: "A", town: "A", zone: null },
  { name: "B1", town: "B", zone: "B1" },
  { name: "B", town: "B", zone: null },
  { name: "city", town: null, zone: null },
];

export const place = (name: Place["name"]) => PLACES.find((p) => p.name === name)!;

export interface WorldRow {
  model: string;
  id: number;
  /** Where the row lies: its town and, for entities with zones, its zone. */
  place: Place;
}

/** A row in A1 whose relation points at a row elsewhere. */
export interface CrossRow {
  model: string;
  id: number;
  relation: FieldMeta;
  target: WorldRow;
}

export interface World {
  towns: Record<"A" | "B", number>;
  zones: Record<"A1" | "A2" | "B1", number>;
  rows: WorldRow[];
  crosses: CrossRow[];
  /** Models whose rows could not be placed (reported, so that nothing is silently left out). */
  skipped: string[];
  rowsOf(model: string): WorldRow[];
  at(model: string, place: Place["name"]): WorldRow | undefined;
}

/** Relations that own their foreign key, to entities (the audit users aside). */
export function references(model: string): FieldMeta[] {
  return datamodel.models[model]!.fields.filter(
    (f) => f.kind === "object" && !f.isList && f.relationFields && resources[f.type] && f.type !== "User",
  );
}

/** Business models, each after the models its required references point to. */
function parentsFirst(): Resource[] {
  const ordered: Resource[] = [];
  const placed = new Set<string>();
  const visit = (resource: Resource, path: Set<string>) => {
    if (placed.has(resource.model) || path.has(resource.model)) return;
    path.add(resource.model);
    for (const relation of references(resource.model)) if (relation.isRequired) visit(resources[relation.type]!, path);
    placed.add(resource.model);
    ordered.push(resource);
  };
  for (const resource of Object.values(resources)) if (resource.model !== "User") visit(resource, new Set());
  return ordered;
}

/** The place a row of `model` takes when it is written for `place` (zone-less entities lie in the town). */
function placeOf(model: string, wanted: Place): Place | null {
  const territory = resources[model]!.territory;
  if (!territory) return wanted.name === "city" ? wanted : null;
  if (wanted.town === null) return territory.townOptional ? wanted : null;
  if (!territory.zone) return wanted.zone === null ? wanted : null;
  return wanted;
}

export async function buildWorld(prisma: PrismaClient): Promise<World> {
  const rows: WorldRow[] = [];
  const crosses: CrossRow[] = [];
  const skipped: string[] = [];
  const at = (model: string, name: Place["name"]) => rows.find((r) => r.model === model && r.place.name === name);
  const world: World = {
    towns: { A: 0, B: 0 },
    zones: { A1: 0, A2: 0, B1: 0 },
    rows,
    crosses,
    skipped,
    rowsOf: (model) => rows.filter((r) => r.model === model),
    at,
  };

  /** The row a reference of a row in `where` points to: the target's row in the same place, or its town's. */
  const targetFor = (relation: FieldMeta, where: Place): WorldRow | undefined => {
    const sameZone = at(relation.type, where.name);
    if (sameZone) return sameZone;
    const town = where.town ? at(relation.type, where.town) : undefined;
    return town ?? at(relation.type, "city");
  };

  const write = async (model: string, where: Place, override: Record<string, unknown> = {}): Promise<number | null> => {
    const data: Record<string, unknown> = {};
    for (const field of requiredFields(model)) {
      const value = sampleValue(field);
      data[field.name] = field.type === "DateTime" && typeof value === "string" ? new Date(value) : value;
    }
    for (const relation of references(model)) {
      const column = relation.relationFields![0]!;
      const target = relation.type === model ? undefined : targetFor(relation, where);
      if (target) data[column] = target.id;
      else if (relation.isRequired) return null;
    }
    Object.assign(data, override);
    return (await modelDelegate(prisma, model).create({ data, select: { id: true } })).id;
  };

  for (const resource of parentsFirst()) {
    const { model } = resource;
    if (model === "Town") {
      for (const name of ["A", "B"] as const) {
        const id = (await prisma.town.create({ data: { code: `T-${name}`, name: `镇${name}`, kind: "TOWN" } })).id;
        world.towns[name] = id;
        rows.push({ model, id, place: place(name) });
      }
      continue;
    }
    if (model === "Zone") {
      for (const name of ["A1", "A2", "B1"] as const) {
        const town = name.startsWith("A") ? "A" : "B";
        const id = (
          await prisma.zone.create({
            data: { code: `Z-${name}`, name: `村${name}`, kind: "VILLAGE", townId: world.towns[town] },
          })
        ).id;
        world.zones[name] = id;
        rows.push({ model, id, place: place(name) });
      }
      continue;
    }
    let placed = 0;
    for (const wanted of PLACES) {
      const where = placeOf(model, wanted);
      if (!where || rows.some((r) => r.model === model && r.place.name === where.name)) continue;
      const id = await write(model, where, placeColumns(resource, where, world)).catch((error: Error) => {
        skipped.push(`${model} in ${where.name}: ${error.message.split("\n").at(-1)}`);
        return null;
      });
      if (id === null) continue;
      rows.push({ model, id, place: where });
      placed += 1;
    }
    if (placed === 0) skipped.push(`${model}: no place`);
  }

  // Rows in A1 whose reference points out of A1: into A2 (same town) and into B1 (another town).
  for (const resource of parentsFirst()) {
    const { model } = resource;
    const home = at(model, "A1") ?? at(model, "A");
    if (!home) continue;
    for (const relation of references(model)) {
      if (!mayPointOutsideArea(model, relation)) continue;
      const territory = resource.territory;
      const column = relation.relationFields![0]!;
      const decidesPlace =
        (territory?.town?.column === column && !territory.zoneDecidesTown) || territory?.zone?.column === column;
      if (decidesPlace) continue;
      for (const elsewhere of ["A2", "A", "B1", "B"] as const) {
        const target = at(relation.type, elsewhere);
        const current = await modelDelegate(prisma, model).findUnique({ where: { id: home.id } });
        if (!target || target.place.name === home.place.name || current![column] === target.id) continue;
        // Natural keys often include the year: each crossing row gets a year of its own.
        const year = datamodel.models[model]!.fields.some((f) => f.name === "year")
          ? { year: 2000 + crosses.length }
          : {};
        const override = { ...placeColumns(resource, home.place, world), ...year, [column]: target.id };
        const id = await write(model, home.place, override).catch((error: Error) => {
          skipped.push(`${model}.${relation.name} → ${elsewhere}: ${error.message.split("\n").at(-1)}`);
          return null;
        });
        if (id === null) continue;
        crosses.push({ model, id, relation, target });
        rows.push({ model, id, place: home.place });
      }
    }
  }
  return world;
}

function placeColumns(resource: Resource, where: Place, world: World): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  if (resource.territory?.town?.parent === "Town")
    columns[resource.territory.town.column] = where.town ? world.towns[where.town] : null;
  if (resource.territory?.zone?.parent === "Zone")
    columns[resource.territory.zone.column] = where.zone ? world.zones[where.zone] : null;
  return columns;
}

/** A viewer of each restricted role, over the world's town A and zone A1 (each with an account of its own). */
export async function restrictedViewers(prisma: PrismaClient, world: World): Promise<Record<RoleName, Viewer>> {
  const user = async (username: string, role: Viewer["role"]) =>
    (await prisma.user.create({ data: { username, displayName: username, role } })).id;
  return {
    townAdmin: townAdmin(world.towns.A, await user("a-admin", "TOWN_ADMIN")),
    zoneSecretary: zoneSecretary(world.towns.A, world.zones.A1, await user("a1-secretary", "ZONE_SECRETARY")),
    planOfficer: planOfficer(
      datamodel.enums.ProgrammePlan!.values.map((v) => v.name) as Viewer["plans"],
      await user("officer", "PLAN_OFFICER"),
    ),
    viewer: viewerRole(await user("viewer", "VIEWER")),
  };
}
