import { Prisma, type ApiTokenAccess, type PrismaClient } from "@p181/db";
import type { Viewer } from "./viewer.ts";

/** The columns of User a Viewer is built from. */
export const viewerUserSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  townId: true,
  zoneId: true,
  plans: true,
  active: true,
} satisfies Prisma.UserSelect;

export type ViewerUser = Prisma.UserGetPayload<{ select: typeof viewerUserSelect }>;

export function toViewer(user: ViewerUser, via: Viewer["via"], tokenAccess?: ApiTokenAccess): Viewer {
  const credentialMayWrite = via === "session" || tokenAccess === "READ_WRITE";
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    townId: user.townId,
    zoneId: user.zoneId,
    plans: user.plans,
    via,
    canWrite: credentialMayWrite && user.role !== "VIEWER",
  };
}

/**
 * The account a sign-in names, with its password hash. Request traffic cannot read hashes;
 * a SECURITY DEFINER function returns this one account (prisma/src/security/system.ts).
 */
export async function signInAccount(
  prisma: PrismaClient,
  username: string,
): Promise<(ViewerUser & { passwordHash: string | null }) | null> {
  const rows = await prisma.$queryRaw<(ViewerUser & { passwordHash: string | null })[]>(
    Prisma.sql`SELECT "id", "username", "displayName", "role"::text AS "role", "townId", "zoneId", COALESCE("plans"::text[], ARRAY[]::text[]) AS "plans", "active", "passwordHash" FROM p181.sign_in_account(${username})`,
  );
  return rows[0] ?? null;
}
