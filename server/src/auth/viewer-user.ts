import type { ApiTokenAccess, Prisma } from "@p181/db";
import type { Viewer } from "./viewer.ts";

/** The columns of User a Viewer is built from. */
export const viewerUserSelect = {
  id: true,
  username: true,
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
    role: user.role,
    townId: user.townId,
    zoneId: user.zoneId,
    plans: user.plans,
    via,
    canWrite: credentialMayWrite && user.role !== "VIEWER",
  };
}
