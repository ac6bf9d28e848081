// A figure's records reach their list unchanged: the list's address holds a filter that the
// data provider turns back into the very `where` the API named.
import { describe, expect, it } from "vitest";
import { toWhere } from "../dataProvider/where.ts";
import { listFilter, recordsPath, zoneArea } from "./drilldown.ts";

/** A where as a set of "field operator value" conditions, however it is nested in AND. */
function conditions(where: Record<string, unknown>): string[] {
  if (Array.isArray(where.AND)) return (where.AND as Record<string, unknown>[]).flatMap(conditions).sort();
  return Object.entries(where)
    .flatMap(([field, condition]) =>
      Object.entries(condition as Record<string, unknown>).map(
        ([op, value]) => `${field} ${op} ${JSON.stringify(value)}`,
      ),
    )
    .sort();
}

describe("drill-down", () => {
  it.each([
    ["ServiceCentre", { openedOn: { gte: "2012-01-01", lte: "2012-12-31" }, areaTownId: { equals: 3 } }],
    ["PostedCadre", { selectedYear: { gte: 2014, lte: 2015 }, areaZoneId: { equals: 7 } }],
    ["VolunteerTeam", { active: { equals: true }, foundedOn: { lte: "2013-12-31" } }],
    ["FollowUpItem", { status: { in: ["OPEN", "IN_PROGRESS"] }, dueOn: { lt: "2026-12-02" } }],
    ["PublicOpinion", { resolvedOn: { isNull: false }, areaZoneId: { isNull: false }, areaTownId: { equals: 2 } }],
    ["Instructor", { id: { in: [4, 9] } }],
  ])("gives %s's list the API's where", (entity, where) => {
    expect(conditions(toWhere(entity, listFilter(where)))).toEqual(conditions(where));
  });

  it("puts the filter in the list's address", () => {
    const path = recordsPath(
      { entity: "ServiceCentre", where: { openedOn: { gte: "2012-01-01", lte: "2012-12-31" } } },
      zoneArea({ zoneId: 5 }),
    );
    expect(path.startsWith("/ServiceCentre?filter=")).toBe(true);
    expect(JSON.parse(new URLSearchParams(path.split("?")[1]).get("filter")!)).toEqual({
      "openedOn@gte": "2012-01-01",
      "openedOn@lte": "2012-12-31",
      zone: 5,
    });
  });

  it("narrows a town's subtotal and the total to records in zones", () => {
    expect(zoneArea({ townId: 2 })).toEqual({ areaZoneId: { isNull: false }, areaTownId: { equals: 2 } });
    expect(zoneArea({ townId: null })).toEqual({ areaZoneId: { isNull: false } });
  });
});
