// What a role may do with an entity as a whole, shared by the API (clear errors before the
// database is asked) and the admin (which buttons to offer). Which rows is PostgreSQL's
// decision (row-level security, prisma/src/security); these mirror its policy functions.
import { resourceOf } from "./resources.ts";

export type Role = "CITY_ADMIN" | "TOWN_ADMIN" | "ZONE_SECRETARY" | "PLAN_OFFICER" | "VIEWER";

export interface Actor {
  role: Role;
  townId: number | null;
  zoneId: number | null;
  /** Plans of a plan officer. */
  plans: readonly string[];
  /** False for viewers and read-only API tokens. */
  canWrite: boolean;
}

/** Roles that may read personal data (ID numbers, phones, birth dates…): the PostgreSQL role p181_api_personal. */
export const PERSONAL_DATA_ROLES: ReadonlySet<Role> = new Set(["CITY_ADMIN", "TOWN_ADMIN", "ZONE_SECRETARY"]);

export function mayReadPersonalData(actor: Pick<Actor, "role"> | null | undefined): boolean {
  return actor != null && PERSONAL_DATA_ROLES.has(actor.role);
}

/**
 * Whether the actor may write some rows of the entity: city admins all; plan officers their
 * plans' entities and the rows of their plans (annual targets); town admins entities that lie in towns; zone
 * secretaries entities that lie in zones; viewers and read-only tokens none; accounts only
 * city admins.
 */
export function mayWriteEntity(model: string, actor: Actor): boolean {
  if (!actor.canWrite) return false;
  const resource = resourceOf(model);
  switch (actor.role) {
    case "CITY_ADMIN":
      return true;
    case "VIEWER":
      return false;
    case "PLAN_OFFICER":
      if (resource.planColumn) return actor.plans.length > 0;
      return resource.plan !== null && actor.plans.includes(resource.plan);
    case "TOWN_ADMIN":
      return resource.territory?.town != null && actor.townId !== null;
    case "ZONE_SECRETARY":
      return resource.territory?.zone != null && actor.zoneId !== null;
  }
}
