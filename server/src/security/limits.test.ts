// The limits let the real admin, BI and GraphiQL queries through, on both backends.
import {
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  parse,
  validate,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest } from "@p181/db/testing";
import { schema } from "../graphql/index.ts";
import { pageSizeRule } from "./page-size.ts";
import { queryLimitRules } from "./query-limits.ts";
import { repetitionRule } from "./repetition-limits.ts";
import { estimateResponse, estimateRows, rowEstimateDefaults } from "./row-estimate.ts";
import { MEMBERS, securityHarness, type SecurityHarness } from "../testing/security-harness.ts";

const memberColumns =
  "id name gender category education joinedOn flowStatus skills organisation { name town { name } } zone { name }";

describe.each(backendsUnderTest())("real queries within the limits on %s", (backend) => {
  let h: SecurityHarness;
  beforeAll(async () => {
    h = await securityHarness(backend);
  });
  afterAll(() => h?.db.drop());

  function expectData(answer: Awaited<ReturnType<SecurityHarness["post"]>>) {
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    return answer.body.data;
  }

  it("a page of 100 party members with organisation, town and zone, and the total", async () => {
    const query = `query Members($take: Int, $where: PartyMemberFilter) {
      partyMembers(take: $take, where: $where, orderBy: [{ name: ASC }]) { totalCount items { ${memberColumns} } }
    }`;
    const data = expectData(await h.post({ query, variables: { take: 100, where: { deletedAt: { isNull: true } } } }));
    expect(data.partyMembers.totalCount).toBe(MEMBERS);
    expect(data.partyMembers.items).toHaveLength(100);
    expect(data.partyMembers.items[0].organisation.town.name).toMatch(/镇|街道/);
  });

  it("the largest page, with offset paging and as a Relay connection", async () => {
    const page = expectData(
      await h.post({ query: `{ partyMembers(take: 500) { totalCount items { ${memberColumns} } } }` }),
    );
    expect(page.partyMembers.items).toHaveLength(MEMBERS);
    const connection = expectData(
      await h.post({
        query: `query($first: Int) { partyMembersConnection(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${memberColumns} } } } }`,
        variables: { first: 500 },
      }),
    );
    expect(connection.partyMembersConnection.edges).toHaveLength(MEMBERS);
    const literal = expectData(
      await h.post({
        query: `{ partyMembersConnection(first: 500) { totalCount edges { node { ${memberColumns} } } } }`,
      }),
    );
    expect(literal.partyMembersConnection.totalCount).toBe(MEMBERS);
  });

  it("a three-level nested query with default pages: towns → zones → organisations → member counts", async () => {
    // 25 towns × 25 zones × 25 organisations: 16,275 rows at most, under the 20,000-row limit.
    const data = expectData(
      await h.post({
        query: "{ towns { totalCount items { name zones { name organisations { name membersCount } } } } }",
      }),
    );
    expect(data.towns.items).toHaveLength(2);
    expect(data.towns.items[0].zones[0].organisations[0].membersCount).toBe(MEMBERS / 4);
    // A fourth level needs smaller pages: 100 zones × 10 organisations × 10 members.
    const members = expectData(
      await h.post({
        query: "{ zones(take: 100) { items { name organisations(take: 10) { name members(take: 10) { name } } } } }",
      }),
    );
    expect(members.zones.items[0].organisations[0].members).toHaveLength(10);
  });

  it("a report: counts grouped by town and category, aggregates, and an alias per plan-like slice", async () => {
    const data = expectData(
      await h.post({
        query: `{
          byCategory: partyMembersGroupBy(by: [category]) { key { category } count }
          total: partyMembersAggregate { count }
          women: partyMembersAggregate(where: { gender: { equals: FEMALE } }) { count }
          men: partyMembersAggregate(where: { gender: { equals: MALE } }) { count }
          towns(take: 100) { items { code name zonesCount organisationsCount } }
        }`,
      }),
    );
    expect(data.total.count).toBe(MEMBERS);
    expect(data.women.count + data.men.count).toBe(MEMBERS);
  });

  it("GraphiQL's own introspection query in development", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const answer = await h.post({ query, operationName: "IntrospectionQuery" }, { app: h.development() });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.__schema.types.length).toBeGreaterThan(100);
  });
});

describe("every entity's widest page passes the document limits", () => {
  // Every column and to-one id of each entity at the largest page, as a connection and as a page.
  it.each(Object.keys(schema.getQueryType()!.getFields()).filter((name) => name.endsWith("Connection")))(
    "%s",
    (field) => {
      const connection = getNamedType(schema.getQueryType()!.getFields()[field]!.type) as GraphQLObjectType;
      const edge = getNamedType(connection.getFields().edges!.type) as GraphQLObjectType;
      const node = getNamedType(edge.getFields().node!.type) as GraphQLObjectType;
      const columns = Object.values(node.getFields()).flatMap((f) => {
        const named = getNamedType(f.type);
        if (isLeafType(named)) return [f.name];
        if (isObjectType(named) && !isListType(getNullableType(f.type)) && named.getFields().id)
          return [`${f.name} { id }`];
        return [];
      });
      const page = field.replace(/Connection$/, "");
      for (const query of [
        `{ ${field}(first: 500) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${columns.join(" ")} } } } }`,
        `{ ${page}(take: 500) { totalCount items { ${columns.join(" ")} } } }`,
      ]) {
        const document = parse(query);
        expect(
          validate(schema, document, [...queryLimitRules(), repetitionRule(), pageSizeRule()]).map((e) => e.message),
        ).toEqual([]);
        expect(estimateRows(schema, document, null, {})).toBe(500);
        expect(estimateResponse(schema, document, null, {}).values).toBeLessThanOrEqual(rowEstimateDefaults.maxValues);
      }
    },
  );
});
