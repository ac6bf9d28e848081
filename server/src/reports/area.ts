// The area a report covers: the user's filter narrowed by a forced scope (the viewer's town
// or zone), and the level its rows are cut at.
import type { TargetScopeLevel } from "@p181/db";

export interface Area {
  townId?: number;
  zoneId?: number;
}

/** The user's filter within the forced scope; null when they contradict (nothing to show). */
export function mergeArea(filter: Area = {}, scope: Area = {}): Area | null {
  const pick = (forced?: number, wanted?: number) =>
    forced !== undefined && wanted !== undefined && forced !== wanted ? null : (forced ?? wanted);
  const townId = pick(scope.townId, filter.townId);
  const zoneId = pick(scope.zoneId, filter.zoneId);
  if (townId === null || zoneId === null) return null;
  return { ...(townId !== undefined ? { townId } : {}), ...(zoneId !== undefined ? { zoneId } : {}) };
}

const DEPTH: Record<TargetScopeLevel, number> = { CITY: 0, TOWN: 1, ZONE: 2 };

/** The requested level, deepened to the area: a town filter cuts at least by town, a zone filter by zone. */
export function levelFor(area: Area, requested: TargetScopeLevel = "CITY"): TargetScopeLevel {
  const implied: TargetScopeLevel = area.zoneId !== undefined ? "ZONE" : area.townId !== undefined ? "TOWN" : "CITY";
  return DEPTH[implied] > DEPTH[requested] ? implied : requested;
}
