// Everything the API and the admin need to know about an entity beyond the Prisma
// model, derived from the datamodel with a few explicit overrides below.
import type { FieldMeta, ModelMeta } from "./datamodel-types.ts";
import { datamodel } from "./generated/datamodel.ts";
import { CITY_SCOPE_CODE } from "./programme.ts";

/** A path from a model to a column holding a town or zone id, e.g. ["centre", "zone"] + "townId". */
interface ScopePath {
  relations: string[];
  field: string;
  /** True when some rows have no town/zone (city-level rows). */
  nullable: boolean;
}

/**
 * Where a row's area comes from: one of its own columns, and the model that column points
 * to. The database copies that model's area (its areaTownId / areaZoneId); a column
 * pointing at Town or Zone is itself the town or zone.
 */
export interface TerritorySource {
  column: string;
  parent: string;
}

/**
 * The town and zone a row belongs to, kept by PostgreSQL in the row's `areaTownId` and
 * `areaZoneId` columns (row-level security reads them). `town: null`: a city-level entity,
 * visible to everyone. `zone: null`: an entity without zones (zone secretaries see their
 * town's rows of it); with a zone source, zone secretaries see only their zone's rows.
 */
export interface Territory {
  town: TerritorySource | null;
  zone: TerritorySource | null;
  /** Some rows have no town (city-level rows, e.g. a city-wide training session). */
  townOptional: boolean;
  /**
   * The row's zone, when it has one, decides its town over the town inherited from a parent:
   * a party member lives in a zone (integrated management) whatever town their organisation
   * is in. Otherwise a town and a zone from different columns must agree.
   */
  zoneDecidesTown: boolean;
}

/**
 * A reference named by the code in another column, chosen by a third: an annual target's
 * scope code is its town's code when its level is TOWN, its zone's when ZONE, and CITY for
 * the whole city. Files and pastes then need no town or zone column.
 */
export interface CodeReference {
  /** The column holding the code (scopeCode). */
  code: string;
  /** The column deciding what the code names (scopeLevel). */
  by: string;
  /** Per value of `by`: the foreign key the code resolves to, or the one code allowed. */
  cases: Record<string, { reference: string } | { fixed: string }>;
}

export interface Resource {
  model: string;
  label: string;
  description: string;
  area: string;
  /** The plan whose officers may write it; null for core data, targets (per row) and benchmarking. */
  plan: string | null;
  /** The column naming each row's plan, when rows belong to different plans (AnnualTarget.plan): its officers write those rows. */
  planColumn: string | null;
  /** camelCase singular and plural, used in GraphQL field names. */
  single: string;
  plural: string;
  /** Field that represents a record in lists and reference pickers. */
  displayField: string;
  /** Text fields searched by the quick filter. */
  searchFields: string[];
  /** Fields of the natural key used by upserts, or null. */
  naturalKey: string[] | null;
  /** Personal data: visible only to roles allowed to see it. */
  personalFields: string[];
  /** Never exposed. */
  hiddenFields: string[];
  /** The town and zone its rows lie in (areaTownId, areaZoneId, kept by the database); null for User and city-level entities. */
  territory: Territory | null;
  codeReference: CodeReference | null;
}

const AREA_PLANS: Record<string, string | null> = {
  core: null,
  targets: null,
  "zone-work": "ZONE_PARTY_BUILDING",
  "plan-young-cadres": "YOUNG_CADRES",
  "plan-representatives": "REPRESENTATIVE_TOURS",
  "plan-training": "TRAINING",
  "plan-talent": "TALENT_TEAMS",
  "plan-brands": "BRANDS",
  "plan-volunteers": "VOLUNTEERS",
  "plan-instructors": "INSTRUCTORS",
  "plan-entrepreneurship": "ENTREPRENEURSHIP",
  benchmarking: "BENCHMARKING",
};

/** Explicit choices where derivation would guess. */
const OVERRIDES: Record<
  string,
  Partial<Pick<Resource, "displayField" | "hiddenFields" | "naturalKey" | "codeReference">>
> = {
  User: { displayField: "displayName", hiddenFields: ["passwordHash"] },
  PublicOpinion: { displayField: "content" },
  AnnualTarget: {
    displayField: "scopeCode",
    codeReference: {
      code: "scopeCode",
      by: "scopeLevel",
      cases: { CITY: { fixed: CITY_SCOPE_CODE }, TOWN: { reference: "townId" }, ZONE: { reference: "zoneId" } },
    },
  },
};

const SYSTEM_AREA = "system";
const PLAN_ENUM = "ProgrammePlan";
const DISPLAY_CANDIDATES = ["name", "title", "displayName", "code", "course", "description", "content"];
const SEARCH_CANDIDATES = ["name", "title", "code", "displayName", "username", "leaderName", "description"];

export function pluralize(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

function field(model: ModelMeta, name: string): FieldMeta | undefined {
  return model.fields.find((f) => f.name === name);
}

/** To-one relations that own their foreign key (excluding the audit users). */
function parentRelations(model: ModelMeta): FieldMeta[] {
  return model.fields.filter((f) => f.kind === "object" && f.relationFields && f.type !== "User");
}

/**
 * The best path from a model to its town or zone: through required parents only (an
 * optional parent such as a pledge letter does not make a record belong to an area),
 * preferring paths that every row has, then the shortest.
 */
function pathTo(model: ModelMeta, target: "Town" | "Zone", seen: ReadonlySet<string> = new Set()): ScopePath | null {
  if (model.name === target) return { relations: [], field: "id", nullable: false };
  const candidates: ScopePath[] = [];
  for (const relation of parentRelations(model)) {
    const fk = relation.relationFields![0]!;
    if (relation.type === target) {
      candidates.push({ relations: [], field: fk, nullable: !relation.isRequired });
    } else if (relation.isRequired && !seen.has(relation.type) && relation.type !== model.name) {
      const parent = datamodel.models[relation.type];
      const rest = parent ? pathTo(parent, target, new Set([...seen, model.name])) : null;
      if (rest) candidates.push({ ...rest, relations: [relation.name, ...rest.relations] });
    }
  }
  candidates.sort((a, b) => Number(a.nullable) - Number(b.nullable) || a.relations.length - b.relations.length);
  return candidates[0] ?? null;
}

/** Columns the database maintains on every row that belongs to an area. */
export const AREA_FIELDS = ["areaTownId", "areaZoneId"] as const;

/** The audit block every business table has, written by the server. */
export const AUDIT_FIELDS: ReadonlySet<string> = new Set([
  "createdAt",
  "updatedAt",
  "createdById",
  "updatedById",
  "deletedAt",
]);

/** Columns clients never write: the audit block (the server's) and the area (the database's). */
export const MAINTAINED_FIELDS: ReadonlySet<string> = new Set([...AUDIT_FIELDS, ...AREA_FIELDS]);

function firstHop(model: ModelMeta, path: ScopePath, target: "Town" | "Zone"): TerritorySource {
  const [relation] = path.relations;
  if (!relation) return { column: path.field, parent: path.field === "id" ? model.name : target };
  const field = model.fields.find((f) => f.name === relation)!;
  return { column: field.relationFields![0]!, parent: field.type };
}

/**
 * A row's area is copied from one parent where possible: the town comes from the parent the
 * zone comes from (a tour participant lies where its tour does), otherwise from the best town
 * path. A zone column of the row's own decides over a town inherited from a parent; a town
 * column and a zone column of its own must agree (PostgreSQL refuses a zone of another town).
 */
function deriveArea(model: ModelMeta, townPath: ScopePath | null, zonePath: ScopePath | null): Territory | null {
  if (model.name === "User" || !townPath) return null;
  const zone = zonePath ? firstHop(model, zonePath, "Zone") : null;
  const zoneParent =
    zone && zone.parent !== "Zone" && zone.parent !== model.name ? datamodel.models[zone.parent] : undefined;
  const zoneParentTown = zoneParent ? pathTo(zoneParent, "Town") : null;
  const town = zoneParentTown && !zoneParentTown.nullable ? zone! : firstHop(model, townPath, "Town");
  const zoneDecidesTown =
    zone !== null && zone.parent === "Zone" && town.parent !== "Town" && town.column !== zone.column;
  return { town, zone, townOptional: town === zone ? false : townPath.nullable, zoneDecidesTown };
}

function personalFields(model: ModelMeta): string[] {
  return model.fields.filter((f) => f.privacy === "personal").map((f) => f.name);
}

function deriveResource(model: ModelMeta): Resource {
  const override = OVERRIDES[model.name] ?? {};
  const stringFields = model.fields.filter((f) => f.kind === "scalar" && f.type === "String" && !f.isList);
  const uniqueScalar = model.fields.find((f) => f.isUnique && f.kind === "scalar");
  const single = lowerFirst(model.name);
  return {
    model: model.name,
    label: model.label,
    description: model.description,
    area: model.area,
    plan: AREA_PLANS[model.area] ?? null,
    planColumn:
      model.fields.find((f) => f.kind === "enum" && f.type === PLAN_ENUM && !f.isList && f.isRequired)?.name ?? null,
    single,
    plural: pluralize(single),
    displayField:
      override.displayField ?? DISPLAY_CANDIDATES.find((name) => field(model, name)?.type === "String") ?? "id",
    searchFields: SEARCH_CANDIDATES.filter((name) => stringFields.some((f) => f.name === name)),
    naturalKey: override.naturalKey ?? (uniqueScalar ? [uniqueScalar.name] : (model.uniqueKeys[0] ?? null)),
    personalFields: personalFields(model),
    hiddenFields: override.hiddenFields ?? [],
    territory: deriveArea(model, pathTo(model, "Town"), pathTo(model, "Zone")),
    codeReference: override.codeReference ?? null,
  };
}

/** Every entity the API exposes and the admin manages, keyed by model name. */
export const resources: Record<string, Resource> = Object.fromEntries(
  Object.values(datamodel.models)
    .filter((model) => model.area !== SYSTEM_AREA)
    .map((model) => [model.name, deriveResource(model)]),
);

export function resourceOf(model: string): Resource {
  const resource = resources[model];
  if (!resource) throw new Error(`${model} is not an exposed entity`);
  return resource;
}

/**
 * Whether a to-one relation can point at a row its reader may not see (row-level security
 * then hides it, and the field must be nullable). A required relation is always visible
 * with its row only when the row's area is copied from it: same town, and same zone if
 * the target has zones. Rows of entities without an area are visible to everyone.
 */
export function mayPointOutsideArea(model: string, relation: FieldMeta): boolean {
  if (!relation.isRequired || relation.kind !== "object") return true;
  const target = resources[relation.type];
  if (!target || target.model === "User") return true;
  if (!target.territory) return false;
  const area = resources[model]?.territory;
  const column = relation.relationFields?.[0];
  if (!area || !column) return true;
  return area.town?.column !== column || (target.territory.zone !== null && area.zone?.column !== column);
}
