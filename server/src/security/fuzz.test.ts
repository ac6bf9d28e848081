// Generated hostile input (a fixed seed, so every run sends the same requests) against the
// production app on both backends: wrong types, out-of-range numbers, invalid enums, NUL and
// unpaired surrogates, impossible dates, deep nesting, huge lists, broken documents, bad JSON
// bodies, wrong methods, media types and Accept headers. Whatever comes in, the answer is never
// HTTP 500, every error has `extensions.code`, no message shows a stack trace, SQL or a file
// path, and none is the masked "Unexpected error.": all of it is the client's input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest } from "@p181/db/testing";
import { securityHarness, type SecurityHarness } from "../testing/security-harness.ts";

const SEED = 181_2013;
const GENERATED_OPERATIONS = 400;

/** mulberry32: a small deterministic generator. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
  };
}
type Random = ReturnType<typeof generator>;

const NUMBERS = [
  0,
  -1,
  1,
  7,
  500,
  501,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e20,
  1e308,
  -1e308,
  1.5,
  0.1,
  -0.0,
  1e-320,
];
const STRINGS = [
  "",
  "党员1",
  "a\u0000b",
  "\u0000",
  "\ud800",
  "x\udfffy",
  "😀",
  "%_\\",
  "100%",
  "' or '1'='1",
  "'; drop table x; --",
  "2013-02-30",
  "2013-13-01",
  "0000-01-01",
  "9999-12-31",
  "2012-02-29",
  "2013-05-01",
  "2013-05-01T25:00:00Z",
  "2013-05-01T08:00:00Z",
  "+275760-09-13T00:00:00Z",
  "NaN",
  "Infinity",
  "-0",
  "1e5",
  "99999999999999999999999999.5",
  "12.50",
  "FEMAL",
  "female",
  "FEMALE",
  "DELETED",
  "<script>alert(1)</script>",
  "\r\n\t",
  "\u202eevil",
  "R1BDOk46MQ==",
  "GPC:N:1",
  "bm90IGEgY3Vyc29y",
  "__proto__",
];
const KEYS = [
  "AND",
  "OR",
  "NOT",
  "name",
  "equals",
  "not",
  "in",
  "notIn",
  "lt",
  "gte",
  "contains",
  "startsWith",
  "endsWith",
  "isNull",
  "some",
  "every",
  "none",
  "zone",
  "town",
  "organisation",
  "members",
  "gender",
  "joinedOn",
  "birthDate",
  "createdAt",
  "id",
  "skills",
  "has",
  "hasSome",
  "isEmpty",
  "code",
  "kind",
  "population",
  "areaKm2",
  "__proto__",
  "constructor",
  "nope",
];

/** A hostile JSON value: any type, any size, any depth. */
function hostile(r: Random, depth = 0): unknown {
  const roll = r.int(depth > 25 ? 4 : 10);
  switch (roll) {
    case 0:
      return r.pick(NUMBERS);
    case 1:
    case 2:
      return r.chance(0.1) ? r.pick(STRINGS).repeat(1 + r.int(2000)) : r.pick(STRINGS);
    case 3:
      return r.pick([true, false, null]);
    case 4:
    case 5: {
      const length = r.chance(0.05) ? r.pick([1001, 5001, 20_000]) : r.int(4);
      return Array.from({ length }, () => (length > 100 ? r.pick(NUMBERS) : hostile(r, depth + 1)));
    }
    default: {
      const object: Record<string, unknown> = {};
      for (let i = r.int(4); i >= 0; i--) object[r.pick(KEYS)] = hostile(r, depth + (r.chance(0.7) ? 1 : 3));
      return object;
    }
  }
}

/** A plausible filter with one hostile spot, more likely to get past the first checks. */
function filter(r: Random): unknown {
  const spots: (() => unknown)[] = [
    () => ({ name: { [r.pick(["equals", "contains", "startsWith", "endsWith", "in"])]: hostile(r) } }),
    () => ({ joinedOn: { [r.pick(["equals", "gte", "lt", "in"])]: r.chance(0.6) ? r.pick(STRINGS) : hostile(r) } }),
    () => ({ createdAt: { [r.pick(["equals", "gte", "lt"])]: r.pick(STRINGS) } }),
    () => ({ gender: { equals: r.pick([...STRINGS, 5, null]) } }),
    () => ({ id: { [r.pick(["equals", "in", "notIn", "lt"])]: r.chance(0.5) ? r.pick(NUMBERS) : hostile(r) } }),
    () => ({ skills: { [r.pick(["has", "hasSome", "hasEvery", "isEmpty"])]: hostile(r) } }),
    () => ({ zone: { town: { code: { equals: r.pick(STRINGS) } } } }),
    () => ({ organisation: { members: { [r.pick(["some", "every", "none"])]: filter(r) } } }),
    () => ({
      [r.pick(["AND", "OR"])]: Array.from({ length: r.chance(0.1) ? 501 + r.int(600) : 1 + r.int(3) }, () =>
        r.chance(0.5) ? {} : filter(r),
      ),
    }),
    () => {
      let nested: unknown = filter(r);
      for (let i = 5 + r.int(40); i > 0; i--) nested = r.chance(0.5) ? { NOT: nested } : { OR: [nested] };
      return nested;
    },
    () => hostile(r),
  ];
  return r.pick(spots)();
}

interface Operation {
  query: string;
  variables: () => Record<string, unknown>;
}

function operations(r: Random): Operation[] {
  const maybe = (value: () => unknown) => (r.chance(0.3) ? hostile(r) : value());
  return [
    {
      query:
        "query($w: PartyMemberFilter, $o: [PartyMemberOrderBy!], $s: Int, $t: Int) { partyMembers(where: $w, orderBy: $o, skip: $s, take: $t) { totalCount items { id name joinedOn skills } } }",
      variables: () => ({
        w: filter(r),
        o: maybe(() => [
          {
            [r.pick(["name", "zone", "joinedOn", "nope"])]: r.pick([
              "ASC",
              "DESC",
              "asc",
              { name: "ASC" },
              { town: { name: "DESC" } },
            ]),
          },
        ]),
        s: maybe(() => r.pick(NUMBERS)),
        t: maybe(() => r.pick(NUMBERS)),
      }),
    },
    {
      query:
        "query($w: PartyMemberFilter, $f: Int, $a: String, $l: Int, $b: String) { partyMembersConnection(where: $w, first: $f, after: $a, last: $l, before: $b) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }",
      variables: () => ({
        w: filter(r),
        f: maybe(() => r.pick(NUMBERS)),
        a: r.pick(STRINGS),
        l: r.chance(0.3) ? r.pick(NUMBERS) : null,
        b: r.chance(0.2) ? r.pick(STRINGS) : null,
      }),
    },
    {
      query: "query($w: PartyMemberFilter) { partyMembersAggregate(where: $w) { count } }",
      variables: () => ({ w: filter(r) }),
    },
    {
      query:
        "query($by: [PartyMemberGroupField!]!, $d: DatePart, $w: PartyMemberFilter, $t: Int) { partyMembersGroupBy(by: $by, datePart: $d, where: $w, take: $t) { count key { gender joinedOn } } }",
      variables: () => ({
        by: maybe(() =>
          Array.from({ length: r.int(4) }, () => r.pick(["gender", "joinedOn", "category", "birthDate", "nope"])),
        ),
        d: maybe(() => r.pick(["YEAR", "QUARTER", "MONTH", "WEEK"])),
        w: filter(r),
        t: maybe(() => r.pick(NUMBERS)),
      }),
    },
    {
      query:
        "query($id: Int!, $del: DeletedFilter) { partyMember(id: $id, deleted: $del) { id name organisation { name } } }",
      variables: () => ({
        id: maybe(() => r.pick(NUMBERS)),
        del: maybe(() => r.pick(["LIVE", "DELETED", "ALL", "NONE"])),
      }),
    },
    {
      query:
        "query($w: ZoneFilter, $a: Decimal) { zones(where: { AND: [$w, { areaKm2: { gt: $a } }] }) { totalCount } }",
      variables: () => ({
        w: maybe(() => ({ population: { gte: r.pick(NUMBERS) } })),
        a: maybe(() => r.pick([...NUMBERS, ...STRINGS])),
      }),
    },
    {
      query: "mutation($id: Int!, $d: ZoneUpdateInput!) { updateZone(id: $id, data: $d) { id } }",
      variables: () => ({
        id: maybe(() => r.pick([1, 2, 3, 999999])),
        d: maybe(() => ({
          [r.pick(["name", "areaKm2", "population", "kind", "economicallyWeak", "nope"])]: r.chance(0.5)
            ? r.pick([...STRINGS, ...NUMBERS])
            : hostile(r),
        })),
      }),
    },
    {
      query: "mutation($d: [TownCreateInput!]!) { createManyTowns(data: $d) { count ids } }",
      variables: () => ({
        d: maybe(() =>
          Array.from({ length: r.chance(0.1) ? 5001 : 1 + r.int(3) }, () => ({
            code: r.pick(STRINGS),
            name: r.pick(STRINGS),
            kind: r.pick(["TOWN", "STREET", "x"]),
          })),
        ),
      }),
    },
    {
      query: "query($e: String!, $id: Int!) { history(entity: $e, recordId: $id) { id action } }",
      variables: () => ({
        e: maybe(() => r.pick(["PartyMember", "Town", ...STRINGS])),
        id: maybe(() => r.pick(NUMBERS)),
      }),
    },
    {
      query:
        "query($from: Int, $to: Int, $year: Int, $plan: ProgrammePlan) { citySummary(fromYear: $from, toYear: $to) { year } planProgress(year: $year, plan: $plan) { year } }",
      variables: () => ({
        from: maybe(() => r.pick(NUMBERS)),
        to: maybe(() => r.pick(NUMBERS)),
        year: maybe(() => r.pick(NUMBERS)),
        plan: maybe(() => r.pick(["TRAINING", "NOPE"])),
      }),
    },
    {
      query: "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { csrfToken } }",
      variables: () => ({ u: maybe(() => r.pick(STRINGS)), p: maybe(() => r.pick(STRINGS)) }),
    },
  ];
}

/** A GraphQL literal for a JSON value (strings escaped as JSON, which GraphQL reads the same way). */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(" ")}]`;
  if (value && typeof value === "object")
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(" ")} }`;
  if (typeof value === "number" && !Number.isFinite(value)) return "1e999";
  return JSON.stringify(value) ?? "null";
}

/** A document broken at random: cut, doubled, a character changed, or tokens shuffled. */
function garble(r: Random, query: string): string {
  const at = r.int(query.length);
  switch (r.int(5)) {
    case 0:
      return query.slice(0, at);
    case 1:
      return query.slice(0, at) + query.slice(at - r.int(30));
    case 2:
      return (
        query.slice(0, at) +
        r.pick(["{", "}", "(", ")", "$", "@", "...", '"', "\\", "\u0000", "#", ":", "!", "[", "]", "\ud800", "1e999"]) +
        query.slice(at)
      );
    case 3:
      return query
        .split(/\s+/)
        .sort(() => r.next() - 0.5)
        .join(" ");
    default:
      return `${query} ${r.pick(["query", "mutation", "subscription", "fragment F on Query { __typename }", "{ __schema { types { name } } }", "query A { __typename }"])}`;
  }
}

interface Request {
  label: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

function generatedRequests(): Request[] {
  const r = generator(SEED);
  const ops = operations(r);
  const requests: Request[] = [];
  for (let i = 0; i < GENERATED_OPERATIONS; i++) {
    const op = r.pick(ops);
    const variables = op.variables();
    const kind = r.int(10);
    if (kind < 6) {
      requests.push({ label: `variables #${i}`, body: JSON.stringify({ query: op.query, variables }) });
    } else if (kind < 8) {
      // The same hostile values as literals in the document.
      const inline = `{ partyMembers(where: ${literal(filter(r))}, take: ${literal(r.pick(NUMBERS))}) { totalCount items { id } } }`;
      requests.push({ label: `literal #${i}`, body: JSON.stringify({ query: inline }) });
    } else {
      requests.push({ label: `garbled #${i}`, body: JSON.stringify({ query: garble(r, op.query), variables }) });
    }
  }
  return requests;
}

const json = { "content-type": "application/json" };
const query = JSON.stringify({ query: "{ partyMembers(take: 1) { totalCount } }" });

const fixedRequests: Request[] = [
  // Bodies that are not the JSON of a request.
  ...[
    "",
    "{",
    "null",
    "[]",
    '"x"',
    "1",
    "true",
    "{}",
    '{"query":5}',
    '{"query":null}',
    '{"query":""}',
    '{"query":"{"}',
    '{"query":"{ __typename }","variables":"x"}',
    '{"query":"{ __typename }","variables":[]}',
    '{"query":"{ __typename }","operationName":5}',
    '{"query":"{ __typename }","extensions":[]}',
    '{"query":"{ __typename }","variables":{"a":NaN}}',
    '{"query":"{ __typename }","variables":{"a":Infinity}}',
    `\ufeff${query}`,
    `${query}garbage`,
    '{"query":"{ __typename }","__proto__":{"polluted":true}}',
    `{"query":"{ __typename }","variables":{"w":${"[".repeat(100_000)}${"]".repeat(100_000)}}}`,
    `{"query":"{ __typename }","extensions":${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}}`,
    `[${Array.from({ length: 50 }, () => query).join(",")}]`,
  ].map((body, i) => ({ label: `body ${i}: ${body.slice(0, 40)}`, body })),
  { label: "invalid UTF-8", body: new Uint8Array([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
  { label: "body over 8 MB", body: `{"query":"{ __typename }","variables":{"x":"${"x".repeat(9 * 1024 * 1024)}"}}` },
  // Media types and methods.
  ...[
    "text/plain",
    "application/xml",
    "application/graphql",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/json; charset=latin1",
    "application/graphql-response+json",
    "",
  ].map((type) => ({ label: `content-type "${type}"`, headers: type ? { "content-type": type } : {}, body: query })),
  ...["PUT", "DELETE", "PATCH", "GET"].map((method) => ({
    label: `method ${method}`,
    method,
    headers: json,
    body: method === "GET" ? undefined : query,
  })),
  // Accept headers: anything the API cannot produce falls back to JSON.
  ...[
    "text/html",
    "application/xml",
    "image/png",
    "*/*",
    "application/graphql-response+json",
    "text/event-stream",
    "multipart/mixed",
    "application/json;q=0",
  ].map((accept) => ({
    label: `accept "${accept}"`,
    headers: { ...json, accept },
    body: JSON.stringify({ query: '{ partyMembers(where: { name: { equals: "\\u0000" } }) { totalCount } }' }),
  })),
  { label: "content-length that lies", headers: { ...json, "content-length": "abc" }, body: query },
  {
    label: "two operations, no name",
    body: JSON.stringify({ query: "query A { __typename } query B { __typename }" }),
  },
  { label: "unknown operation name", body: JSON.stringify({ query: "query A { __typename }", operationName: "B" }) },
  { label: "subscription", body: JSON.stringify({ query: "subscription { __typename }" }) },
  {
    label: "fragment cycle",
    body: JSON.stringify({ query: "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }" }),
  },
  {
    label: "fragment fan-out",
    body: JSON.stringify({
      query: `{ ...F0 } ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(" ")} fragment F40 on Query { __typename }`,
    }),
  },
  {
    label: "deep literal",
    body: JSON.stringify({
      query: `{ partyMembers(where: ${"{ NOT: ".repeat(400)}{}${" }".repeat(400)}) { totalCount } }`,
    }),
  },
  {
    label: "deep list literal",
    body: JSON.stringify({
      query: `{ partyMembers(where: { id: { in: ${"[".repeat(900)}1${"]".repeat(900)} } }) { totalCount } }`,
    }),
  },
  { label: "huge Int literal", body: JSON.stringify({ query: `{ partyMember(id: ${"9".repeat(400)}) { id } }` }) },
  {
    label: "huge Float literal",
    body: JSON.stringify({ query: `{ zones(where: { areaKm2: { gt: 1e999 } }) { totalCount } }` }),
  },
  {
    label: "NaN literal",
    body: JSON.stringify({ query: "{ zones(where: { areaKm2: { gt: NaN } }) { totalCount } }" }),
  },
  {
    label: "orderBy 31 parents deep",
    body: JSON.stringify({
      query: `{ partyOrganisations(orderBy: [${"{ parent: ".repeat(31)}{ name: ASC }${" }".repeat(31)}]) { totalCount items { id } } }`,
    }),
  },
  {
    label: "orderBy 40 parents deep",
    body: JSON.stringify({
      query: `{ partyOrganisations(orderBy: [${"{ parent: ".repeat(40)}{ name: ASC }${" }".repeat(40)}]) { totalCount items { id } } }`,
    }),
  },
];

const STACK = /\n\s+at |\bat [\w.$<>]+ \(.*:\d+:\d+\)|\.(ts|js|mjs|cjs):\d+|node_modules|\/work\/|file:\/\//;
const SQL =
  /\bSELECT\b|\bINSERT INTO\b|\bUPDATE "|\bWHERE\b|"public"\.|::text|syntax error at or near|\bPrisma\b|prisma\.|invocation/;

/** A GraphQL answer as the checks read it (they check that each error has an extensions code). */
interface Payload {
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

/** Every JSON object in a response: the body, or the events / parts of a stream. */
function payloads(text: string, type: string): Payload[] {
  if (type.includes("json")) return [JSON.parse(text)];
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^data: ?/, ""))
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line));
}

describe.each(backendsUnderTest())("fuzzing the production app on %s", (backend) => {
  let h: SecurityHarness;
  beforeAll(async () => {
    h = await securityHarness(backend);
    await h.db.prisma.$executeRawUnsafe("ANALYZE");
  });
  afterAll(() => h?.db.drop());

  async function send(request: Request) {
    const response = await h.app.fetch("http://yoga/graphql", {
      method: request.method ?? "POST",
      headers: request.headers ?? json,
      body: request.body as BodyInit | undefined,
    });
    return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
  }

  function check(request: Request, answer: { status: number; type: string; text: string }) {
    const where = `${request.label}: ${answer.status} ${answer.text.slice(0, 300)}`;
    expect(answer.status, where).toBeLessThan(500);
    expect(answer.text, where).not.toMatch(STACK);
    if (answer.text === "") {
      expect(answer.status, where).toBeLessThan(400);
      return;
    }
    const all = payloads(answer.text, answer.type);
    // An error status always comes with errors a client can read (JSON, or JSON parts of the stream it asked for).
    if (answer.status >= 400)
      expect(
        all.some((payload) => (payload.errors?.length ?? 0) > 0),
        where,
      ).toBe(true);
    for (const payload of all) {
      for (const error of payload.errors ?? []) {
        expect(typeof error.extensions?.code, where).toBe("string");
        expect(error.extensions.code, where).not.toBe("INTERNAL_SERVER_ERROR");
        expect(error.message, where).not.toBe("Unexpected error.");
        expect(error.message, where).not.toMatch(SQL);
        expect(Object.keys(error.extensions), where).not.toContain("originalError");
        expect(Object.keys(error.extensions), where).not.toContain("stacktrace");
      }
    }
  }

  it("fixed hostile requests: bodies, media types, methods, Accept headers, documents", async () => {
    for (const request of fixedRequests) check(request, await send(request));
  });

  it(`${GENERATED_OPERATIONS} generated operations with hostile variables, literals and broken documents`, async () => {
    const codes = new Map<string, number>();
    for (const request of generatedRequests()) {
      const answer = await send(request);
      check(request, answer);
      for (const error of JSON.parse(answer.text).errors ?? [])
        codes.set(error.extensions.code, (codes.get(error.extensions.code) ?? 0) + 1);
    }
    // The generator reaches every layer: parsing, validation, the input limits, the scalars and the resolvers.
    for (const code of ["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"])
      expect(codes.get(code) ?? 0, code).toBeGreaterThan(0);
  });
});
