// What the signed-in user may do, for the UI only: which menus show write actions. The
// rules are the API's own (@p181/schema permissions), so nobody is offered a button that
// can only fail; PostgreSQL decides for real.
import { mayReadPersonalData, mayWriteEntity, resources } from "@p181/schema";
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
    townId: user.townId,
    zoneId: user.zoneId,
    plans: user.plans,
    canWrite: user.canWrite,
  };
}

/** Whether the user may create, change or delete rows of the entity at all (the API and PostgreSQL decide which rows). */
export function canWriteResource(model: string, permissions: Permissions | null | undefined): boolean {
  // React-Admin reports "not signed in" as null, "not known yet" as undefined.
  return permissions != null && resources[model] !== undefined && mayWriteEntity(model, permissions);
}

/** Personal data (ID numbers, phones, birth dates…) is shown only to these roles. */
export function canSeePersonalData(permissions: Permissions | undefined): boolean {
  return mayReadPersonalData(permissions);
}
