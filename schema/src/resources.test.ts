import { describe, expect, it } from "vitest";
import { pluralize, resources } from "./resources.ts";

describe("resources", () => {
  it("exposes every business model once, with unique GraphQL names", () => {
    const names = Object.values(resources).flatMap((r) => [r.single, r.plural]);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(resources)).not.toContain("Session");
    expect(Object.keys(resources).length).toBeGreaterThanOrEqual(60);
  });

  it("finds how rows reach their town and zone", () => {
    expect(resources.ServiceRecord?.townPath).toEqual({ relations: ["centre", "zone"], field: "townId", nullable: false });
    expect(resources.ServiceRecord?.zonePath).toEqual({ relations: ["centre"], field: "zoneId", nullable: false });
    expect(resources.PartyMember?.townPath).toEqual({ relations: ["organisation"], field: "townId", nullable: false });
    expect(resources.TrainingSession?.townPath).toEqual({ relations: [], field: "townId", nullable: true });
    expect(resources.CatchUpPlan?.townPath).toBeNull();
  });

  it("knows plans, display fields, natural keys and personal data", () => {
    expect(resources.VolunteerTeam).toMatchObject({ plan: "VOLUNTEERS", displayField: "name", naturalKey: ["organisationId", "name"] });
    expect(resources.PartyMember?.personalFields).toEqual(["idNumber", "phone", "birthDate"]);
    expect(resources.User?.hiddenFields).toEqual(["passwordHash"]);
  });

  it("pluralizes English nouns", () => {
    expect(["entry", "day", "publicity", "class", "team"].map(pluralize)).toEqual(["entries", "days", "publicities", "classes", "teams"]);
  });
});
