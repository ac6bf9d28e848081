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

/** Whether the user may write rows of some entity: whether pages that only write (import) are of any use to them. */
export function canWriteSomeResource(permissions: Permissions | null | undefined): boolean {
  return Object.keys(resources).some((model) => canWriteResource(model, permissions));
}

/**
 * Whether the entity belongs in the user's menu: whether they read rows of it that concern
 * them (PostgreSQL's read policies decide which rows). The citywide roles (city admins, plan
 * officers, viewers) read every entity of an area or a plan; accounts, which have neither, only
 * those who may manage them. Town admins and zone secretaries read the rows that lie in their
 * own town or zone; the entities whose rows do are the ones mayWriteEntity gives their role,
 * whether or not this session may write (a read-only token), so those are their menu.
 */
export function canListResource(model: string, permissions: Permissions | null | undefined): boolean {
  const resource = resources[model];
  if (permissions == null || resource === undefined) return false;
  if (mayWriteEntity(model, { ...permissions, canWrite: true })) return true;
  if (permissions.role === "TOWN_ADMIN" || permissions.role === "ZONE_SECRETARY") return false;
  return resource.territory !== null || resource.plan !== null || resource.planColumn !== null;
}

/** Personal data (ID numbers, phones, birth dates…) is shown only to these roles. */
export function canSeePersonalData(permissions: Permissions | undefined): boolean {
  return mayReadPersonalData(permissions);
}
