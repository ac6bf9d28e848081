// Limits on input values, on both backends: deep nesting, long lists, long filter texts, NUL
// and unpaired surrogates, in variables and literals alike, refused as BAD_USER_INPUT naming the
// argument before any SQL; and filters at the limits answer on every read path.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { backendsUnderTest } from "@p181/db/testing";
import { MAX_BULK_ROWS } from "../api/mutations.ts";
import { inputLimitDefaults } from "./input-limits.ts";
import { jsonDepth } from "./json-depth.ts";
import { securityHarness, type Answer, type SecurityHarness } from "../testing/security-harness.ts";

type Filter = Record<string, unknown>;
const GRAPHQL_RESPONSE = { accept: "application/graphql-response+json" };
const {
  maxFilterDepth,
  maxDepth,
  maxInList,
  maxConditions,
  maxFilterString,
  maxFilterValues,
  maxOrderBy,
  maxListLength,
} = inputLimitDefaults;

/** Nesting of objects and lists, the argument's own object counting 1. */
function depthOf(value: unknown): number {
  return jsonDepth(JSON.stringify(value));
}

const leaf: Filter = { name: { contains: "x" } };
const named = (filter: Filter): Filter => ({ name: { contains: "党" }, ...filter });

/** PartyOrganisationFilters of exactly `depth` levels, in the shapes that nest Prisma's where-object most. */
const shapes: Record<string, (depth: number) => Filter> = {
  // parent → parent → …: each to-one step is one level here, four in Prisma's where-object.
  "to-one chain": (depth) => {
    let filter = leaf;
    for (let d = 2; d < depth; d++) filter = named({ parent: filter });
    return filter;
  },
  "OR chain": (depth) => {
    let filter = leaf;
    for (let d = 2; d + 2 <= depth; d += 2) filter = named({ OR: [filter] });
    return depthOf(filter) < depth ? named({ NOT: filter }) : filter;
  },
  "NOT chain": (depth) => {
    let filter = leaf;
    for (let d = 2; d < depth; d++) filter = named({ NOT: filter });
    return filter;
  },
  // members some → organisation → members some → …, three levels a step.
  "list relation chain": (depth) => {
    let filter = leaf;
    for (let d = 2; d + 3 <= depth; d += 3) filter = named({ members: { some: named({ organisation: filter }) } });
    while (depthOf(filter) < depth) filter = named({ parent: filter });
    return filter;
  },
};

/** A GraphQL literal for a JSON value. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value && typeof value === "object")
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(", ")} }`;
  return JSON.stringify(value);
}

const READ_PATHS = `query($w: PartyOrganisationFilter) {
  list: partyOrganisations(where: $w) { totalCount items { id } }
  connection: partyOrganisationsConnection(where: $w, first: 10) { totalCount edges { node { id } } }
  aggregate: partyOrganisationsAggregate(where: $w) { count }
  groups: partyOrganisationsGroupBy(by: [type], where: $w) { count }
}`;

describe.each(backendsUnderTest())("input limits on %s", (backend) => {
  let h: SecurityHarness;
  beforeAll(async () => {
    h = await securityHarness(backend);
    // Fresh tables have no statistics; nested relation filters would get nested-loop plans.
    await h.db.prisma.$executeRawUnsafe("ANALYZE");
  });
  afterAll(() => h?.db.drop());
  beforeEach(() => h.resetSql());

  /** Refused as BAD_USER_INPUT by the named limit, naming `at`, with no data and no SQL. */
  function expectRefused(answer: Answer, limit: string, message: RegExp, at?: string) {
    expect(answer.status).toBe(200);
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors).toHaveLength(1);
    const [error] = answer.body.errors;
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit, ...(at ? { at } : {}) });
    expect(error.message).toMatch(message);
    expect(h.sql).toEqual([]);
  }

  it.each(Object.keys(shapes))(
    "a %s at the depth limit answers on every read path; one level more is refused",
    async (shape) => {
      const atLimit = shapes[shape]!(maxFilterDepth);
      expect(depthOf(atLimit)).toBe(maxFilterDepth);
      const answer = await h.post({ query: READ_PATHS, variables: { w: atLimit } });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.list.totalCount).toBe(0);
      expect(answer.body.data.aggregate.count).toBe(0);
      h.resetSql();

      const over = shapes[shape]!(maxFilterDepth + 1);
      expect(depthOf(over)).toBe(maxFilterDepth + 1);
      expectRefused(
        await h.post({ query: READ_PATHS, variables: { w: over } }),
        "inputDepth",
        /Argument "where" of partyOrganisations: where\..* nests input more than 14 levels deep/,
      );
      expectRefused(
        await h.post({ query: `{ partyOrganisationsAggregate(where: ${literal(over)}) { count } }` }),
        "inputDepth",
        /Argument "where" of partyOrganisationsAggregate/,
      );
    },
  );

  it("deeply nested variables are refused before coercion, and before JSON.parse: no HTTP 500", async () => {
    const query = "query($w: PartyMemberFilter) { partyMembers(where: $w) { totalCount } }";
    for (const levels of [100, 100_000]) {
      const deepOr = `${'{"OR":['.repeat(levels)}{}${"]}".repeat(levels)}`;
      const lists = `${"[".repeat(levels)}${"]".repeat(levels)}`;
      for (const value of [deepOr, lists]) {
        const body = `{"query":${JSON.stringify(query)},"variables":{"w":${value}}}`;
        expectRefused(await h.post(body), "bodyDepth", /The request body nests JSON more than 64 levels deep/);
        const strict = await h.post(body, { headers: GRAPHQL_RESPONSE });
        expect(strict.status).toBe(400);
        expect(strict.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      }
    }
    // Below the body's limit, the argument's limit names the place.
    let w: Filter = {};
    for (let i = 0; i < 15; i++) w = { OR: [w] };
    expectRefused(await h.post({ query, variables: { w } }), "inputDepth", /where\.OR\[0\]\.OR\[0\]/);
    // Strings holding brackets are not nesting.
    const text = "[".repeat(200);
    const answer = await h.post({ query, variables: { w: { name: { equals: text.slice(0, maxFilterString) } } } });
    expect(answer.body).toEqual({ data: { partyMembers: { totalCount: 0 } } });
  });

  it("a variable nested in a literal adds to its depth", async () => {
    const inner = shapes["NOT chain"]!(maxFilterDepth - 1);
    const ok = await h.post({
      query: "query($w: PartyOrganisationFilter) { partyOrganisations(where: $w) { totalCount } }",
      variables: { w: inner },
    });
    expect(ok.body.errors).toBeUndefined();
    h.resetSql();
    expectRefused(
      await h.post({
        query:
          "query($w: PartyOrganisationFilter!) { partyOrganisations(where: { OR: [{ NOT: $w }] }) { totalCount } }",
        variables: { w: inner },
      }),
      "inputDepth",
      /Argument "where" of partyOrganisations: where\.OR\[0\]\.NOT/,
    );
    // A variable used twice is checked at each place.
    expectRefused(
      await h.post({
        query:
          "query($w: PartyOrganisationFilter!) { a: partyOrganisations(where: $w) { totalCount } b: partyOrganisations(where: { NOT: { NOT: $w } }) { totalCount } }",
        variables: { w: inner },
      }),
      "inputDepth",
      /where\.NOT\.NOT/,
    );
    // Data nests deeper than filters, up to its own limit.
    let data: unknown = "x";
    for (let i = 0; i < maxDepth + 1; i++) data = [data];
    expectRefused(
      await h.post({
        query: "mutation($d: [TownCreateInput!]!) { createManyTowns(data: $d) { count } }",
        variables: { d: data },
      }),
      "inputDepth",
      /Argument "data" of createManyTowns: data(\[0\])+ nests input more than 32 levels deep/,
    );
  });

  it("in / notIn lists, AND / OR lists, filter texts, filter size and orderBy are capped", async () => {
    const count = (w: Filter) =>
      h.post({ query: "query($w: PartyMemberFilter) { partyMembers(where: $w) { totalCount } }", variables: { w } });
    const names = (n: number) => Array.from({ length: n }, (_, i) => `党员${i}`);

    expect((await count({ name: { in: names(maxInList) } })).body.data.partyMembers.totalCount).toBe(120);
    expect(
      (await count({ OR: names(maxConditions).map((name) => ({ name: { equals: name } })) })).body.data.partyMembers
        .totalCount,
    ).toBe(120);
    expect((await count({ name: { contains: "党".repeat(maxFilterString) } })).body.data.partyMembers.totalCount).toBe(
      0,
    );
    h.resetSql();

    expectRefused(
      await count({ name: { in: names(maxInList + 1) } }),
      "inList",
      /where\.name\.in has 1001 values; at most 1000 are allowed/,
      "where.name.in",
    );
    expectRefused(
      await count({ id: { notIn: Array.from({ length: 5000 }, (_, i) => i) } }),
      "inList",
      /where\.id\.notIn has 5000 values/,
    );
    expectRefused(await count({ skills: { hasSome: names(maxInList + 1) } }), "inList", /where\.skills\.hasSome/);
    expectRefused(
      await count({ AND: [{ OR: names(maxConditions + 1).map((name) => ({ name: { equals: name } })) }] }),
      "conditions",
      /where\.AND\[0\]\.OR has 501 conditions; at most 500 are allowed/,
      "where.AND[0].OR",
    );
    expectRefused(
      await count({ name: { startsWith: "x".repeat(maxFilterString + 1) } }),
      "filterString",
      /where\.name\.startsWith is 501 characters long; filter texts are limited to 500/,
    );
    expectRefused(
      await count({ organisation: { members: { some: { name: { endsWith: "x".repeat(100_000) } } } } }),
      "filterString",
      /where\.organisation\.members\.some\.name\.endsWith/,
    );
    expectRefused(
      await count({ OR: Array.from({ length: 6 }, () => ({ name: { in: names(maxInList) } })) }),
      "filterSize",
      /where holds more than 5000 values/,
    );
    expect(maxFilterValues).toBe(5_000);
    // Literals too (a literal list of 1,001 numbers fits the token limit).
    expectRefused(
      await h.post({
        query: `{ partyMembers(where: { id: { in: [${Array.from({ length: maxInList + 1 }, (_, i) => i).join(",")}] } }) { totalCount } }`,
      }),
      "inList",
      /Argument "where" of partyMembers: where\.id\.in has 1001 values/,
    );
    // And a variable inside a literal, at the place it is used.
    expectRefused(
      await h.post({
        query: "query($names: [String!]) { partyMembers(where: { name: { in: $names } }) { totalCount } }",
        variables: { names: names(2000) },
      }),
      "inList",
      /where\.name\.in has 2000 values/,
    );

    const orderBy = Array.from({ length: maxOrderBy + 1 }, () => ({ name: "ASC" }));
    expectRefused(
      await h.post({
        query: "query($o: [PartyMemberOrderBy!]) { partyMembers(orderBy: $o) { totalCount } }",
        variables: { o: orderBy },
      }),
      "orderBy",
      /Argument "orderBy" of partyMembers: orderBy has 21 sort keys; at most 20 are allowed/,
    );
  });

  it("bulk data lists stop at the bulk-mutation limit before they are coerced", async () => {
    expect(maxListLength).toBe(MAX_BULK_ROWS);
    const rows = Array.from({ length: MAX_BULK_ROWS + 1 }, (_, i) => ({ code: `C${i}`, name: `镇${i}`, kind: "TOWN" }));
    expectRefused(
      await h.post({
        query: "mutation($d: [TownCreateInput!]!) { createManyTowns(data: $d) { count } }",
        variables: { d: rows },
      }),
      "listLength",
      /Argument "data" of createManyTowns: data has 5001 items; at most 5000 are allowed/,
    );
    expect(await h.db.prisma.town.count()).toBe(2);
  });

  it("NUL characters and unpaired surrogates are refused in any string, naming the argument", async () => {
    const count = "query($w: PartyMemberFilter) { partyMembers(where: $w) { totalCount } }";
    expectRefused(
      await h.post({ query: count, variables: { w: { name: { equals: "a\u0000b" } } } }),
      "characters",
      /where\.name\.equals contains a NUL character/,
    );
    expectRefused(
      await h.post({ query: count, variables: { w: { name: { in: ["ok", "a\u0000"] } } } }),
      "characters",
      /where\.name\.in\[1\]/,
      "where.name.in[1]",
    );
    // JSON can carry a lone surrogate as an escape.
    expectRefused(
      await h.post(`{"query":${JSON.stringify(count)},"variables":{"w":{"name":{"contains":"a\\udc00"}}}}`),
      "characters",
      /where\.name\.contains contains an unpaired UTF-16 surrogate \(U\+DC00\)/,
    );
    expectRefused(
      await h.post(`{"query":${JSON.stringify(count)},"variables":{"w":{"name":{"contains":"\\ud83d"}}}}`),
      "characters",
      /U\+D83D/,
    );
    // A surrogate pair (an emoji) is fine.
    expect(
      (await h.post({ query: count, variables: { w: { name: { contains: "😀" } } } })).body.data.partyMembers
        .totalCount,
    ).toBe(0);
    h.resetSql();
    // Literals: graphql-js decodes \u0000; it refuses unpaired surrogate escapes itself.
    expectRefused(
      await h.post({ query: '{ partyMembers(where: { name: { equals: "\\u0000" } }) { totalCount } }' }),
      "characters",
      /where\.name\.equals/,
    );
    const surrogate = await h.post({
      query: '{ partyMembers(where: { name: { equals: "\\uD800" } }) { totalCount } }',
    });
    expect(surrogate.body.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    // Mutation data, as a variable and as a literal, and a bare String argument.
    expectRefused(
      await h.post({
        query: "mutation($d: TownCreateInput!) { createTown(data: $d) { id } }",
        variables: { d: { code: "NUL", name: "镇\u0000", kind: "TOWN" } },
      }),
      "characters",
      /Argument "data" of createTown: data\.name contains a NUL character/,
    );
    expectRefused(
      await h.post({ query: 'mutation { createTown(data: { code: "NUL", name: "\\u0000", kind: TOWN }) { id } }' }),
      "characters",
      /data\.name/,
    );
    expectRefused(
      await h.post({
        query: "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { csrfToken } }",
        variables: { u: "admin\u0000", p: "x" },
      }),
      "characters",
      /Argument "username" of login/,
    );
    expect(await h.db.prisma.town.count()).toBe(2);
  });
});
