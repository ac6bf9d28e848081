// What the signed-in user may do, for the UI only: which menus show write actions.
// The API decides for real (server/src/auth/scope.ts writeScope); this mirrors its
// rules so that nobody is offered a button that can only fail.
import { resources } from "@p181/schema";
import type { CurrentUser, UserRole } from "./session.ts";

export interface Permissions {
  role: UserRole;
  username: string;
  townId: number | null;
  zoneId: number | null;
  plans: string[];
  /** False for viewers and read-only sessions. */
  canWrite: boolean;
}

export function permissionsOf(user: CurrentUser): Permissions {
  return {
    role: user.role,
    username: user.username,
    townId: user.town?.id ?? null,
    zoneId: user.zone?.id ?? null,
    plans: user.plans,
    canWrite: user.canWrite,
  };
}

/**
 * Whether the user may create, change or delete rows of the entity at all (rows outside
 * their area are refused by the API and never listed anyway). Mirrors writeScope:
 * city admins everything; viewers nothing; plan officers the entities of their plans
 * (annual targets of their plans); town admins and zone secretaries entities that reach
 * their town / zone, never users.
 */
export function canWriteResource(model: string, permissions: Permissions | undefined): boolean {
  if (!permissions?.canWrite) return false;
  const resource = resources[model];
  if (!resource) return false;
  switch (permissions.role) {
    case "CITY_ADMIN":
      return true;
    case "VIEWER":
      return false;
    case "PLAN_OFFICER":
      if (model === "AnnualTarget") return permissions.plans.length > 0;
      return resource.plan !== null && permissions.plans.includes(resource.plan);
    case "TOWN_ADMIN":
      return model !== "User" && resource.townPath !== null && permissions.townId !== null;
    case "ZONE_SECRETARY":
      return model !== "User" && resource.zonePath !== null && permissions.zoneId !== null;
  }
}

/** Personal data (ID numbers, phones, birth dates) is shown only to these roles. */
export function canSeePersonalData(permissions: Permissions | undefined): boolean {
  return permissions !== undefined && ["CITY_ADMIN", "TOWN_ADMIN", "ZONE_SECRETARY"].includes(permissions.role);
}
