// The permissions the admin's unit tests act with (as `me` would hand them over).
import type { Permissions } from "../auth/permissions.ts";

export const cityAdminPermissions: Permissions = {
  role: "CITY_ADMIN",
  username: "admin",
  townId: null,
  zoneId: null,
  plans: [],
  canWrite: true,
};

/** The admin of town 1 (xq-admin). */
export const townAdminPermissions: Permissions = {
  ...cityAdminPermissions,
  role: "TOWN_ADMIN",
  username: "xq-admin",
  townId: 1,
};
