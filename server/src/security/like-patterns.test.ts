// contains / startsWith / endsWith match the text literally on every path, on both backends:
// Prisma (lists, totals, connections, aggregates, nested lists, counts, relation filters) passes
// them to LIKE unescaped, so `%` and `_` were wildcards there; the SQL compiler of groupBy
// escaped them. Both now agree: filters.ts escapes, sql/where.ts takes the pattern as it is.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest } from "@p181/db/testing";
import { securityHarness, type SecurityHarness } from "../testing/security-harness.ts";

// A holds % and _; B and C would match the same texts if they were wildcards; D holds a backslash.
const NAMES = { A: "率100%_甲", B: "率100ab甲", C: "率100%x甲", D: "反\\斜杠" };

/** Each filter, and the names it must find when % _ and \ are taken literally. */
const CASES: [Record<string, string>, string[]][] = [
  [{ contains: "100%_" }, [NAMES.A]],
  [{ contains: "%" }, [NAMES.A, NAMES.C]],
  [{ contains: "_" }, [NAMES.A]],
  [{ startsWith: "率100%" }, [NAMES.A, NAMES.C]],
  [{ endsWith: "_甲" }, [NAMES.A]],
  [{ contains: "\\" }, [NAMES.D]],
  [{ contains: "\\%" }, []],
  [{ endsWith: "%" }, []],
  // Still case-insensitive.
  [{ contains: "100AB" }, [NAMES.B]],
];

describe.each(backendsUnderTest())("LIKE patterns on %s", (backend) => {
  let h: SecurityHarness;
  let organisationId: number;
  beforeAll(async () => {
    h = await securityHarness(backend);
    const organisation = await h.db.prisma.partyOrganisation.findFirstOrThrow({ orderBy: { id: "asc" } });
    organisationId = organisation.id;
    for (const [i, name] of Object.values(NAMES).entries()) {
      await h.db.prisma.partyMember.create({
        data: {
          idNumber: `32118119900000900${i}`,
          name,
          gender: "FEMALE",
          birthDate: new Date("1980-01-01"),
          education: "BACHELOR",
          organisationId,
          zoneId: organisation.zoneId,
          category: "FULL",
          joinedOn: new Date("2005-07-01"),
          skills: [],
        },
      });
    }
  });
  afterAll(() => h?.db.drop());

  it.each(CASES.map(([filter, names]) => [JSON.stringify(filter), filter, names] as const))(
    "%s on every path",
    async (_label, filter, names) => {
      const answer = await h.post({
        query: `query($w: PartyMemberFilter, $o: PartyOrganisationFilter) {
        list: partyMembers(where: $w, take: 500) { totalCount items { name } }
        connection: partyMembersConnection(where: $w, first: 500) { totalCount edges { node { name } } }
        aggregate: partyMembersAggregate(where: $w) { count }
        groups: partyMembersGroupBy(by: [gender], where: $w) { key { gender } count }
        organisations: partyOrganisations(where: $o) { totalCount items { id } }
        organisationGroups: partyOrganisationsGroupBy(by: [type], where: $o) { count }
        nested: partyOrganisations(take: 10) { items { id members(where: $w, take: 500) { name } membersCount(where: $w) } }
      }`,
        variables: { w: { name: filter }, o: { members: { some: { name: filter } } } },
      });
      expect(answer.body.errors).toBeUndefined();
      const data = answer.body.data;
      const sorted = [...names].sort();
      expect(data.list.items.map((m: { name: string }) => m.name).sort()).toEqual(sorted);
      expect(data.list.totalCount).toBe(names.length);
      expect(data.connection.edges.map((e: { node: { name: string } }) => e.node.name).sort()).toEqual(sorted);
      expect(data.connection.totalCount).toBe(names.length);
      expect(data.aggregate.count).toBe(names.length);
      expect(data.groups).toEqual(names.length ? [{ key: { gender: "FEMALE" }, count: names.length }] : []);
      // Relation filters: the organisation holding the members, through Prisma and through SQL.
      expect(data.organisations.items).toEqual(names.length ? [{ id: organisationId }] : []);
      expect(data.organisationGroups.reduce((sum: number, g: { count: number }) => sum + g.count, 0)).toBe(
        names.length ? 1 : 0,
      );
      // Nested lists and counts under a parent.
      const holder = data.nested.items.find((o: { id: number }) => o.id === organisationId);
      expect(holder.members.map((m: { name: string }) => m.name).sort()).toEqual(sorted);
      expect(holder.membersCount).toBe(names.length);
      expect(
        data.nested.items
          .filter((o: { id: number }) => o.id !== organisationId)
          .every((o: { membersCount: number }) => o.membersCount === 0),
      ).toBe(true);
    },
  );

  it("literals behave as variables", async () => {
    const answer = await h.post({
      query:
        '{ partyMembers(where: { name: { contains: "%_" } }) { totalCount } partyMembersGroupBy(by: [gender], where: { name: { startsWith: "率100_" } }) { count } }',
    });
    expect(answer.body).toEqual({ data: { partyMembers: { totalCount: 1 }, partyMembersGroupBy: [] } });
  });
});
