// Hostile and runaway requests against the production app, on both backends: each is refused
// with a clear error, and the heavy ones before a single SQL statement runs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { backendsUnderTest } from "@p181/db/testing";
import type { GraphQLObjectType } from "graphql";
import { schema } from "../graphql/index.ts";
import { wideSelection } from "../testing/measure-response.ts";
import { MEMBERS, securityHarness, type Answer, type SecurityHarness } from "../testing/security-harness.ts";

const GRAPHQL_RESPONSE = { accept: "application/graphql-response+json" };

function nested(levels: number): string {
  let selection = "name";
  for (let i = 0; i < levels; i++) selection = i % 2 ? `town { ${selection} }` : `zones(take: 2) { ${selection} }`;
  return `{ towns { items { ${selection} } } }`;
}

describe.each(backendsUnderTest())("hostile requests on %s", (backend) => {
  let h: SecurityHarness;
  beforeAll(async () => {
    h = await securityHarness(backend);
  });
  afterAll(() => h?.db.drop());
  beforeEach(() => h.resetSql());

  /** Refused by the named limit (and perhaps others), with no data and no SQL. */
  function expectLimit(answer: Answer, limit: string, message: RegExp) {
    expect(answer.body.data ?? null).toBeNull();
    const errors: { message: string; extensions: Record<string, unknown> }[] = answer.body.errors;
    expect(errors.map((e) => e.extensions.code)).toEqual(errors.map(() => "LIMIT_EXCEEDED"));
    expect(errors.filter((e) => e.extensions.limit === limit).map((e) => e.message)).toContainEqual(
      expect.stringMatching(message),
    );
    expect(h.sql).toEqual([]);
  }

  it("deep nesting: towns → zones → town → zones … beyond the depth limit", async () => {
    expect((await h.post({ query: nested(7) })).body.errors).toBeUndefined();
    h.resetSql();
    expectLimit(await h.post({ query: nested(12) }), "depth", /depth limit of 10 exceeded, found 15/);
    // With the GraphQL-over-HTTP media type, yoga answers validation failures with 400.
    expect((await h.post({ query: nested(12) }, { headers: GRAPHQL_RESPONSE })).status).toBe(400);
  });

  it("alias bomb: 1,000 aliased lists, and 100 aliases that fit the token limit", async () => {
    const thousand = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: towns { totalCount }`).join(" ")} }`;
    expectLimit(await h.post({ query: thousand }), "tokens", /Token limit of 2000 exceeded/);
    const hundred = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: partyMembersAggregate { count }`).join(" ")} }`;
    expectLimit(await h.post({ query: hundred }), "aliases", /Aliases limit of 30 exceeded, found 100/);
  });

  it("duplicate-field bomb: one field repeated hundreds of times", async () => {
    const query = `{ towns { items { ${"name ".repeat(600)} } } }`;
    expectLimit(await h.post({ query }), "fieldRepeats", /"name" is repeated more than 3 times/);
  });

  it("directive overloading: on one field, and across the operation", async () => {
    const onOneField = `{ towns { totalCount ${"@include(if: true) ".repeat(50)} } }`;
    expectLimit(await h.post({ query: onOneField }), "directives", /More than 3 directives on one field/);
    const spread = `{ towns { items { ${Array.from({ length: 25 }, (_, i) => `name @skip(if: ${i % 2 ? "true" : "false"})`).join(" ")} } } }`;
    expectLimit(await h.post({ query: spread }), "directives", /Directives limit of 20 exceeded, found 25/);
  });

  it("circular introspection query", async () => {
    const query =
      "{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }";
    const production = await h.post({ query });
    expect(production.body.data ?? null).toBeNull();
    expect(production.body.errors.map((e: { message: string }) => e.message).join("\n")).toMatch(
      /introspection has been disabled/,
    );
    // Even where introspection is on, graphql-js refuses the cycle.
    const development = await h.post({ query }, { app: h.development() });
    expect(development.body.errors[0].message).toMatch(/Maximum introspection depth exceeded/);
    expect(h.sql).toEqual([]);
  });

  it("huge page sizes: literal, in a variable, nested, and on a connection", async () => {
    expectLimit(
      await h.post({ query: "{ partyMembers(take: 100000) { items { id } } }" }),
      "pageSize",
      /take: 100000 is above the maximum page size of 500/,
    );
    expectLimit(await h.post({ query: "{ partyMembers(take: -1000) { items { id } } }" }), "pageSize", /take: -1000/);
    expectLimit(
      await h.post({ query: "query($n: Int) { partyMembers(take: $n) { items { id } } }", variables: { n: 501 } }),
      "pageSize",
      /take: 501/,
    );
    expectLimit(
      await h.post({ query: "query($n: Int = 9999) { towns { items { zones(take: $n) { name } } } }" }),
      "pageSize",
      /take: 9999/,
    );
    expectLimit(
      await h.post({ query: "{ towns { items { zones(take: 1000) { name } } } }" }),
      "pageSize",
      /take: 1000/,
    );
    expectLimit(
      await h.post({ query: "{ partyMembersConnection(first: 10000) { edges { node { id } } } }" }),
      "pageSize",
      /first: 10000/,
    );
    expectLimit(
      await h.post({ query: "{ partyMembersConnection(last: 10000) { edges { node { id } } } }" }),
      "pageSize",
      /last: 10000/,
    );
    // The variable check runs at execution, and still answers 400 to GraphQL-over-HTTP clients.
    const variable = await h.post(
      { query: "query($n: Int) { partyMembers(take: $n) { items { id } } }", variables: { n: 5000 } },
      { headers: GRAPHQL_RESPONSE },
    );
    expect(variable.status).toBe(400);
  });

  it("nested pages that multiply: 500 organisations × 500 members × …", async () => {
    const query =
      "{ partyOrganisations(take: 500) { items { members(take: 500) { organisation { members(take: 500) { name } } } } } }";
    expectLimit(await h.post({ query }), "rows", /may return \d+ rows, more than the limit of 20000/);
    // 100,000 rows of one column blocked the event loop for seconds; they are refused too.
    expectLimit(
      await h.post({ query: "{ partyOrganisations(take: 500) { items { members(take: 199) { id } } } }" }),
      "rows",
      /may return 100000 rows/,
    );
    const variables = await h.post({
      query: "query($n: Int) { partyOrganisations(take: 200) { items { members(take: $n) { id } } } }",
      variables: { n: 100 },
    });
    expectLimit(variables, "rows", /may return 20200 rows/);
  });

  it("wide selections that multiply: every column, and every to-one relation two levels deep", async () => {
    // About 220 values a member: its columns, its organisation's and zone's, and theirs (accounts are names only).
    const selection = wideSelection(schema.getType("PartyMember") as GraphQLObjectType, 2);
    expectLimit(
      await h.post({ query: `{ partyMembers(take: 500) { items { ${selection} } } }` }),
      "values",
      /may return 110002 values \(fields × rows\), more than the limit of 100000: select fewer fields or ask for smaller pages/,
    );
    // The same selection for 20 members is answered.
    const small = await h.post({ query: `{ partyMembers(take: 20) { items { ${selection} } } }` });
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data.partyMembers.items).toHaveLength(20);
  });

  it("too many tokens", async () => {
    expectLimit(
      await h.post({ query: `{ towns { totalCount } ${"__typename ".repeat(3000)} }` }),
      "tokens",
      /Token limit of 2000 exceeded/,
    );
  });

  it("array batching", async () => {
    const answer = await h.post([{ query: "{ towns { totalCount } }" }, { query: "{ towns { totalCount } }" }]);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].message).toBe("Batching is not supported.");
    expect(h.sql).toEqual([]);
  });

  it("an SQL-injection string in a filter comes back as empty data", async () => {
    for (const text of [
      `'; DROP TABLE "PartyMember"; --`,
      `x' OR '1'='1`,
      `%' OR 1=1 --`,
      `\\'; SELECT pg_sleep(5); --`,
    ]) {
      const answer = await h.post({
        query:
          "query($text: String) { partyMembers(where: { OR: [{ name: { contains: $text } }, { name: { equals: $text } }] }) { totalCount items { id } } }",
        variables: { text },
      });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.partyMembers).toEqual({ totalCount: 0, items: [] });
    }
    const literal = await h.post({
      query: `{ partyMembers(where: { name: { startsWith: "' OR ''='" } }) { totalCount } }`,
    });
    expect(literal.body).toEqual({ data: { partyMembers: { totalCount: 0 } } });
    expect(await h.db.prisma.partyMember.count()).toBe(MEMBERS);
  });

  it("mutations over GET: refused with 405 (in development by yoga itself)", async () => {
    const mutation = "mutation { __typename }";
    const production = await h.get(mutation);
    expect(production.status).toBe(405);
    expect(production.headers.get("allow")).toBe("POST");
    const development = await h.get(mutation, { app: h.development() });
    expect(development.status).toBe(405);
    expect(development.body.errors[0].message).toMatch(/Can only perform a mutation operation from a POST request/);
    // Queries over GET work in development only.
    expect((await h.get("{ towns { totalCount } }", { app: h.development() })).body.data.towns.totalCount).toBe(2);
    expect((await h.get("{ towns { totalCount } }")).status).toBe(405);
  });

  it("form-urlencoded, multipart and text/plain POSTs: 415", async () => {
    const bodies: [string, BodyInit][] = [
      ["application/x-www-form-urlencoded", "query=mutation%20%7B%20__typename%20%7D"],
      [
        "multipart/form-data; boundary=x",
        '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ towns { totalCount } }"}\r\n--x--\r\n',
      ],
      ["text/plain", JSON.stringify({ query: "{ towns { totalCount } }" })],
    ];
    for (const app of [h.app, h.development()]) {
      for (const [type, body] of bodies) {
        const response = await app.fetch("http://yoga/graphql", {
          method: "POST",
          headers: { "content-type": type },
          body,
        });
        expect(response.status).toBe(415);
        const answer = (await response.json()) as { errors: { extensions: { code: string } }[] };
        expect(answer.errors[0]!.extensions.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      }
    }
    expect(h.sql).toEqual([]);
  });

  it("browser requests from another site: 403 before any work; the API's own host passes", async () => {
    const query = { query: "{ towns { totalCount } }" };
    const foreign = await h.post(query, { headers: { origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    expect(foreign.body.errors[0].extensions.code).toBe("FORBIDDEN_ORIGIN");
    expect(h.sql).toEqual([]);
    expect((await h.post(query, { headers: { origin: "https://yoga" } })).body.data.towns.totalCount).toBe(2);
  });

  it("introspection and GraphiQL are off in production", async () => {
    for (const query of ["{ __schema { types { name } } }", '{ __type(name: "PartyMember") { fields { name } } }']) {
      const answer = await h.post({ query });
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.body.errors[0].message).toMatch(/introspection has been disabled/);
    }
    expect((await h.post({ query: "{ __typename }" })).body.data).toEqual({ __typename: "Query" });
    const page = await h.app.fetch("http://yoga/graphql", { headers: { accept: "text/html" } });
    expect(page.status).not.toBe(200);
    expect(await page.text()).not.toMatch(/graphiql/i);
    const development = await h.development().fetch("http://yoga/graphql", { headers: { accept: "text/html" } });
    expect(await development.text()).toMatch(/graphiql/i);
  });

  it("field, argument and enum suggestions are off in production", async () => {
    const queries = [
      { query: "{ towns { items { nme } } }" },
      { query: "{ partyMembers(tak: 5) { totalCount } }" },
      { query: "{ partyMembers(where: { gender: { equals: FEMAL } }) { totalCount } }" },
      {
        query: "query($g: Gender) { partyMembers(where: { gender: { equals: $g } }) { totalCount } }",
        variables: { g: "FEMAL" },
      },
      {
        query: "query($w: PartyMemberFilter) { partyMembers(where: $w) { totalCount } }",
        variables: { w: { nme: { equals: "x" } } },
      },
    ];
    for (const body of queries) {
      const production = await h.post(body);
      expect(production.body.errors.length).toBeGreaterThan(0);
      expect(production.text).not.toMatch(/Did you mean/);
      expect((await h.post(body, { app: h.development() })).text).toMatch(/Did you mean/);
    }
  });
});
