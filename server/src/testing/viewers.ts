// Viewers for tests of the API, one per role.
import type { Viewer } from "../auth/viewer.ts";

export function cityAdmin(userId = 1): Viewer {
  return {
    userId,
    username: "admin",
    displayName: "admin",
    role: "CITY_ADMIN",
    townId: null,
    zoneId: null,
    plans: [],
    via: "session",
    canWrite: true,
  };
}

export function townAdmin(townId: number, userId = 2): Viewer {
  return {
    userId,
    username: "town-admin",
    displayName: "town-admin",
    role: "TOWN_ADMIN",
    townId,
    zoneId: null,
    plans: [],
    via: "session",
    canWrite: true,
  };
}

export function zoneSecretary(townId: number, zoneId: number, userId = 3): Viewer {
  return {
    userId,
    username: "zone-secretary",
    displayName: "zone-secretary",
    role: "ZONE_SECRETARY",
    townId,
    zoneId,
    plans: [],
    via: "session",
    canWrite: true,
  };
}

export function planOfficer(plans: Viewer["plans"], userId = 4): Viewer {
  return {
    userId,
    username: "plan-officer",
    displayName: "plan-officer",
    role: "PLAN_OFFICER",
    townId: null,
    zoneId: null,
    plans,
    via: "session",
    canWrite: true,
  };
}

export function viewerRole(userId = 5): Viewer {
  return {
    userId,
    username: "viewer",
    displayName: "viewer",
    role: "VIEWER",
    townId: null,
    zoneId: null,
    plans: [],
    via: "session",
    canWrite: false,
  };
}
