import type { ProgrammePlan, UserRole } from "@p181/db";

/** Who is asking, as every resolver, scope filter and audit entry sees it. */
export interface Viewer {
  userId: number;
  username: string;
  /** Name shown in the UI. */
  displayName: string;
  role: UserRole;
  /** Set for town admins and zone secretaries. */
  townId: number | null;
  /** Set for zone secretaries. */
  zoneId: number | null;
  /** Plans of a plan officer. */
  plans: ProgrammePlan[];
  /** How the request authenticated; a read-only API token may not write. */
  via: "session" | "token";
  canWrite: boolean;
}

/** Roles that may read personal data (ID numbers, phone numbers, birth dates). */
const PERSONAL_DATA_ROLES: ReadonlySet<UserRole> = new Set(["CITY_ADMIN", "TOWN_ADMIN", "ZONE_SECRETARY"]);

export function canSeePersonalData(viewer: Viewer | null): boolean {
  return viewer !== null && PERSONAL_DATA_ROLES.has(viewer.role);
}
