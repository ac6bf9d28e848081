// Area scoping lives in PostgreSQL: row-level security on every table decides which rows a
// viewer reads and writes (prisma/src/security, claims set per operation by
// database/transaction.ts). What stays here gives clear errors before the database is
// asked: whether the viewer's role may write an entity at all, and the area a report is
// cut to.
import { resourceOf } from "@p181/schema";
import type { Viewer } from "./viewer.ts";

/** Whether the viewer may write some rows of the entity (the database decides which). */
export function mayWrite(model: string, viewer: Viewer): boolean {
  if (!viewer.canWrite) return false;
  const resource = resourceOf(model);
  switch (viewer.role) {
    case "CITY_ADMIN":
      return true;
    case "VIEWER":
      return false;
    case "PLAN_OFFICER":
      if (model === "AnnualTarget") return viewer.plans.length > 0;
      return resource.plan !== null && viewer.plans.includes(resource.plan as Viewer["plans"][number]);
    case "TOWN_ADMIN":
      return model !== "User" && resource.territory?.town != null && viewer.townId !== null;
    case "ZONE_SECRETARY":
      return model !== "User" && resource.territory?.zone != null && viewer.zoneId !== null;
  }
}

/** The area a report is cut to for this viewer: town admins their town, zone secretaries their zone. */
export function reportArea(viewer: Viewer): { townId?: number; zoneId?: number } {
  if (viewer.role === "ZONE_SECRETARY" && viewer.zoneId !== null) return { zoneId: viewer.zoneId };
  if ((viewer.role === "TOWN_ADMIN" || viewer.role === "ZONE_SECRETARY") && viewer.townId !== null) return { townId: viewer.townId };
  return {};
}
