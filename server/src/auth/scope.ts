// Area scoping lives in PostgreSQL: row-level security on every table decides which rows a
// viewer reads and writes (prisma/src/security, claims set per operation by
// database/transaction.ts; entity-level rules in @p181/schema permissions). What stays
// here is the area a report is cut to.
import type { Viewer } from "./viewer.ts";

/** The area a report is cut to for this viewer: town admins their town, zone secretaries their zone. */
export function reportArea(viewer: Viewer): { townId?: number; zoneId?: number } {
  if (viewer.role === "ZONE_SECRETARY" && viewer.zoneId !== null) return { zoneId: viewer.zoneId };
  if ((viewer.role === "TOWN_ADMIN" || viewer.role === "ZONE_SECRETARY") && viewer.townId !== null)
    return { townId: viewer.townId };
  return {};
}
