// The access rules as the product states them (README "Who sees what"), written out
// independently of the SQL that enforces them, so the matrix compares the two.
import { resources } from "@p181/schema";
import type { Place } from "./world.ts";

export type RoleName = "townAdmin" | "zoneSecretary" | "planOfficer" | "viewer";
export const ROLES: RoleName[] = ["townAdmin", "zoneSecretary", "planOfficer", "viewer"];

/** The town admin is A's; the zone secretary is A1's. */
export function sees(role: RoleName, model: string, where: Place): boolean {
  const territory = resources[model]!.territory;
  switch (role) {
    case "planOfficer":
    case "viewer":
      return true;
    case "townAdmin":
      return where.town === null || where.town === "A";
    case "zoneSecretary":
      if (territory?.zone) return where.zone === "A1";
      return where.town === null || where.town === "A";
  }
}

export function seesPersonalData(role: RoleName): boolean {
  return role === "townAdmin" || role === "zoneSecretary";
}
