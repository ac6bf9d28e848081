// Area-scoped authorisation, in one place: which rows of an entity a viewer may read
// and write, as Prisma where-objects that every query, list, count, aggregate, report
// and write (nested ones included) adds to its own conditions.
import { resourceOf, type ScopePath } from "@p181/schema";
import type { Viewer } from "./viewer.ts";

export type Where = Record<string, unknown>;

/** No restriction. */
const ALL: Where = {};

function along(path: ScopePath, value: number | null): Where {
  return path.relations.reduceRight<Where>((inner, relation) => ({ [relation]: inner }), { [path.field]: value });
}

function withinArea(path: ScopePath, id: number, includeCityLevel: boolean): Where {
  return includeCityLevel && path.nullable ? { OR: [along(path, id), along(path, null)] } : along(path, id);
}

/** Rows the viewer may see. Area users also see city-level rows (no town) of shared entities. */
export function readScope(model: string, viewer: Viewer): Where {
  const resource = resourceOf(model);
  if (model === "User" && viewer.role !== "CITY_ADMIN") return { id: viewer.userId };
  switch (viewer.role) {
    case "CITY_ADMIN":
    case "PLAN_OFFICER":
    case "VIEWER":
      return ALL;
    case "TOWN_ADMIN":
      return resource.townPath && viewer.townId !== null ? withinArea(resource.townPath, viewer.townId, true) : ALL;
    case "ZONE_SECRETARY":
      if (resource.zonePath && viewer.zoneId !== null) return withinArea(resource.zonePath, viewer.zoneId, false);
      return resource.townPath && viewer.townId !== null ? withinArea(resource.townPath, viewer.townId, true) : ALL;
  }
}

/** Rows the viewer may create, change, delete or restore; null when none at all. */
export function writeScope(model: string, viewer: Viewer): Where | null {
  if (!viewer.canWrite) return null;
  const resource = resourceOf(model);
  switch (viewer.role) {
    case "CITY_ADMIN":
      return ALL;
    case "VIEWER":
      return null;
    case "PLAN_OFFICER":
      if (model === "AnnualTarget") return { plan: { in: viewer.plans } };
      return resource.plan !== null && viewer.plans.includes(resource.plan as Viewer["plans"][number]) ? ALL : null;
    case "TOWN_ADMIN":
      if (model === "User" || !resource.townPath || viewer.townId === null) return null;
      return withinArea(resource.townPath, viewer.townId, false);
    case "ZONE_SECRETARY":
      if (model === "User" || !resource.zonePath || viewer.zoneId === null) return null;
      return withinArea(resource.zonePath, viewer.zoneId, false);
  }
}

/** The area a report is cut to for this viewer: town admins their town, zone secretaries their zone. */
export function reportArea(viewer: Viewer): { townId?: number; zoneId?: number } {
  if (viewer.role === "ZONE_SECRETARY" && viewer.zoneId !== null) return { zoneId: viewer.zoneId };
  if ((viewer.role === "TOWN_ADMIN" || viewer.role === "ZONE_SECRETARY") && viewer.townId !== null) return { townId: viewer.townId };
  return {};
}
