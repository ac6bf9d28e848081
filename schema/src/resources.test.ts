import { describe, expect, it } from "vitest";
import { datamodel } from "./datamodel.ts";
import { mayPointOutsideArea, pluralize, resources } from "./resources.ts";

describe("resources", () => {
  it("exposes every business model once, with unique GraphQL names", () => {
    const names = Object.values(resources).flatMap((r) => [r.single, r.plural]);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(resources)).not.toContain("Session");
    expect(Object.keys(resources).length).toBeGreaterThanOrEqual(60);
  });

  it("finds where each row's town and zone come from", () => {
    const centre = { column: "centreId", parent: "ServiceCentre" };
    expect(resources.ServiceRecord?.territory).toEqual({
      town: centre,
      zone: centre,
      townOptional: false,
      zoneDecidesTown: false,
    });
    expect(resources.PartyMember?.territory).toEqual({
      town: { column: "organisationId", parent: "PartyOrganisation" },
      zone: { column: "zoneId", parent: "Zone" },
      townOptional: false,
      zoneDecidesTown: true,
    });
    expect(resources.Enterprise?.territory).toMatchObject({
      town: { column: "townId", parent: "Town" },
      zone: { column: "zoneId", parent: "Zone" },
      zoneDecidesTown: false,
    });
    const tour = { column: "tourId", parent: "RepresentativeTour" };
    expect(resources.TourParticipant?.territory).toMatchObject({ town: tour, zone: tour });
    expect(resources.TrainingSession?.territory).toEqual({
      town: { column: "townId", parent: "Town" },
      zone: null,
      townOptional: true,
      zoneDecidesTown: false,
    });
    expect(resources.CatchUpPlan?.territory).toBeNull();
    expect(resources.User?.territory).toBeNull();
  });

  it("gives every model whose rows lie in an area the area block (areaTownId, and areaZoneId where it has zones)", () => {
    for (const resource of Object.values(resources)) {
      const fields = datamodel.models[resource.model]!.fields.map((f) => f.name);
      expect(fields.includes("areaTownId"), resource.model).toBe(resource.territory !== null);
      expect(fields.includes("areaZoneId"), resource.model).toBe(resource.territory?.zone != null);
    }
  });

  it("makes a to-one relation nullable where row-level security may hide its target", () => {
    const relation = (model: string, name: string) => datamodel.models[model]!.fields.find((f) => f.name === name)!;
    expect(mayPointOutsideArea("ServiceRecord", relation("ServiceRecord", "centre"))).toBe(false);
    expect(mayPointOutsideArea("Zone", relation("Zone", "town"))).toBe(false);
    expect(mayPointOutsideArea("TrainingAttendance", relation("TrainingAttendance", "member"))).toBe(true);
    expect(mayPointOutsideArea("PartyMember", relation("PartyMember", "organisation"))).toBe(true);
    expect(mayPointOutsideArea("CatchUpPlan", relation("CatchUpPlan", "benchmark"))).toBe(false);
  });

  it("knows plans, display fields, natural keys and personal data", () => {
    expect(resources.VolunteerTeam).toMatchObject({
      plan: "VOLUNTEERS",
      displayField: "name",
      naturalKey: ["organisationId", "name"],
    });
    expect(resources.PartyMember?.personalFields).toEqual(["idNumber", "birthDate", "phone"]);
    expect(resources.PublicOpinion?.personalFields).toEqual(["residentName", "residentPhone"]);
    expect(resources.ServiceCentre?.personalFields).toEqual([]);
    expect(resources.User?.hiddenFields).toEqual(["passwordHash"]);
  });

  it("classifies every field that looks personal as /// @personal or /// @public", () => {
    const LOOKS_PERSONAL_NAME =
      /idNumber|identity|phone|mobile|birth|address|resident|email|wechat|household|passport/i;
    const LOOKS_PERSONAL_LABEL = /身份证|证件|电话|手机|出生|生日|住址|地址|居民|反映人|邮箱|微信|户籍/;
    const unclassified = Object.values(datamodel.models).flatMap((model) =>
      model.fields
        .filter(
          (f) =>
            f.kind !== "object" &&
            !f.privacy &&
            (LOOKS_PERSONAL_NAME.test(f.name) || LOOKS_PERSONAL_LABEL.test(f.label)),
        )
        .map((f) => `${model.name}.${f.name} (${f.label})`),
    );
    expect(unclassified).toEqual([]);
  });

  it("pluralizes English nouns", () => {
    expect(["entry", "day", "publicity", "class", "team"].map(pluralize)).toEqual([
      "entries",
      "days",
      "publicities",
      "classes",
      "teams",
    ]);
  });
});
