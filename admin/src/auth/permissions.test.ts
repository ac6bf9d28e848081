import { describe, expect, it } from "vitest";
import { canSeePersonalData, canWriteResource, type Permissions } from "./permissions.ts";

const as = (role: Permissions["role"], extra: Partial<Permissions> = {}): Permissions => ({
  role,
  username: role.toLowerCase(),
  townId: null,
  zoneId: null,
  plans: [],
  canWrite: role !== "VIEWER",
  ...extra,
});

describe("write actions offered by role (mirrors the API's writeScope)", () => {
  it("city admins everything, viewers nothing", () => {
    expect(canWriteResource("User", as("CITY_ADMIN"))).toBe(true);
    expect(canWriteResource("PartyMember", as("VIEWER"))).toBe(false);
    expect(canWriteResource("PartyMember", as("CITY_ADMIN", { canWrite: false }))).toBe(false);
  });

  it("plan officers the entities of their plans and their annual targets", () => {
    const officer = as("PLAN_OFFICER", { plans: ["VOLUNTEERS"] });
    expect(canWriteResource("VolunteerTeam", officer)).toBe(true);
    expect(canWriteResource("TrainingSession", officer)).toBe(false);
    expect(canWriteResource("PartyMember", officer)).toBe(false);
    expect(canWriteResource("AnnualTarget", officer)).toBe(true);
    expect(canWriteResource("Town", officer)).toBe(false);
  });

  it("town admins and zone secretaries entities that reach their area, never users", () => {
    const town = as("TOWN_ADMIN", { townId: 1 });
    expect(canWriteResource("PartyMember", town)).toBe(true);
    expect(canWriteResource("Zone", town)).toBe(true);
    expect(canWriteResource("User", town)).toBe(false);
    expect(canWriteResource("Office", town)).toBe(false); // benchmarking: city level
    const secretary = as("ZONE_SECRETARY", { townId: 1, zoneId: 2 });
    expect(canWriteResource("PartyMember", secretary)).toBe(true);
    expect(canWriteResource("Town", secretary)).toBe(false);
    expect(canWriteResource("PartyRepresentative", secretary)).toBe(false); // reaches a town, not a zone
  });

  it("personal data only for city, town and zone users", () => {
    expect(canSeePersonalData(as("TOWN_ADMIN"))).toBe(true);
    expect(canSeePersonalData(as("PLAN_OFFICER"))).toBe(false);
    expect(canSeePersonalData(undefined)).toBe(false);
  });
});
