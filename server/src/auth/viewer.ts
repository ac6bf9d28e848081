import type { ProgrammePlan, UserRole } from "@p181/db";
import { mayReadPersonalData } from "@p181/schema";

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

/** Roles that may read personal data (ID numbers, phone numbers, birth dates…). */
export function canSeePersonalData(viewer: Viewer | null): boolean {
  return mayReadPersonalData(viewer);
}
