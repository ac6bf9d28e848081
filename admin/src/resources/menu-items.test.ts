// The side menu per role: what each kind of user is offered is derived from @p181/schema's
// rules (mayWriteEntity, the resources' areas and plans), never listed per role here.
import { resources } from "@p181/schema";
import { describe, expect, it } from "vitest";
import { canListResource, type Permissions } from "../auth/permissions.ts";
import "../dashboard/index.ts";
import "../importExport/index.ts";
import "../reports/index.ts";
import { registry } from "../registry.ts";
import { menuItems } from "./menu-items.ts";

const as = (role: Permissions["role"], extra: Partial<Permissions> = {}): Permissions => ({
  role,
  username: role.toLowerCase(),
  townId: null,
  zoneId: null,
  plans: [],
  canWrite: role !== "VIEWER",
  ...extra,
});

const entries = [...registry.menuEntries("top"), ...registry.menuEntries("bottom")];

function menuOf(permissions: Permissions | undefined) {
  const items = menuItems(permissions, entries);
  return {
    top: items.top.map((entry) => entry.to),
    bottom: items.bottom.map((entry) => entry.to),
    models: items.groups.flatMap((group) => group.models),
    groups: items.groups.map((group) => group.key),
  };
}

const REPORTS = ["/", "/reports/progress", "/reports/scorecard", "/reports/violations"];
const every = Object.keys(resources);

describe("the side menu by role", () => {
  it("city admins: every entity, the reports and the import", () => {
    const menu = menuOf(as("CITY_ADMIN"));
    expect(menu.top).toEqual(REPORTS);
    expect(menu.bottom).toEqual(["/import"]);
    expect(new Set(menu.models)).toEqual(new Set(every));
  });

  it("viewers: every entity of the programme but accounts, the reports, no import", () => {
    const menu = menuOf(as("VIEWER"));
    expect(menu.top).toEqual(REPORTS);
    expect(menu.bottom).toEqual([]);
    expect(new Set(menu.models)).toEqual(new Set(every.filter((model) => model !== "User")));
  });

  it("a read-only session of a city admin: all entities to read, nothing to import", () => {
    const menu = menuOf(as("CITY_ADMIN", { canWrite: false }));
    expect(menu.bottom).toEqual([]);
    expect(menu.models).toContain("User");
  });

  it("plan officers: every entity they read, and the import for their plan's", () => {
    const menu = menuOf(as("PLAN_OFFICER", { plans: ["VOLUNTEERS"] }));
    expect(menu.bottom).toEqual(["/import"]);
    expect(menu.models).toContain("VolunteerTeam");
    expect(menu.models).toContain("TrainingSession");
    expect(menu.models).not.toContain("User");
  });

  it("zone secretaries: only the entities whose rows lie in a zone, as the database reads them", () => {
    const secretary = as("ZONE_SECRETARY", { townId: 1, zoneId: 2 });
    const menu = menuOf(secretary);
    expect(menu.top).toEqual(REPORTS);
    expect(menu.bottom).toEqual(["/import"]);
    const zoned = every.filter((model) => resources[model]!.territory?.zone);
    expect(new Set(menu.models)).toEqual(new Set(zoned));
    for (const model of ["PartyMember", "Zone", "ServiceCentre", "VolunteerTeam", "AnnualTarget"])
      expect(menu.models).toContain(model);
    // Accounts (their own only), the town itself, town-level plans and city-level benchmarking.
    for (const model of ["User", "Town", "PartyRepresentative", "TrainingSession", "Office", "Benchmark"])
      expect(menu.models).not.toContain(model);
    expect(menu.groups).not.toContain("benchmarking");
  });

  it("town admins: the entities whose rows lie in a town", () => {
    const menu = menuOf(as("TOWN_ADMIN", { townId: 1 }));
    expect(menu.models).toContain("Town");
    expect(menu.models).toContain("TrainingSession");
    expect(menu.models).not.toContain("User");
    expect(menu.models).not.toContain("Office");
  });

  it("the menu lists only entities canListResource allows, and nothing but the common entries before sign-in", () => {
    for (const permissions of [as("VIEWER"), as("ZONE_SECRETARY", { townId: 1, zoneId: 2 })])
      for (const model of menuOf(permissions).models) expect(canListResource(model, permissions)).toBe(true);
    expect(menuOf(undefined)).toEqual({ top: REPORTS, bottom: [], models: [], groups: [] });
  });
});
