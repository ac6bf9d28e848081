// The compiled reads answer exactly what the resolvers answer, for every entity, field,
// relation and count, for the city admin and every restricted role, on a world whose rows
// cross areas (security/matrix/world.ts), in one SQL statement after the claims.
import { datamodel, resources } from "@p181/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import type { Viewer } from "../../auth/viewer.ts";
import { buildWorld, restrictedViewers, type World } from "../../security/matrix/world.ts";
import { execute, type GraphQLResponse } from "../../testing/graphql.ts";
import { cityAdmin } from "../../testing/viewers.ts";
import { createApp, type App } from "../../yoga.ts";
import { objectFields } from "../object-fields.ts";

const entities = Object.values(resources).filter((r) => r.model !== "User");

/**
 * Every field of the entity's type: columns, audit names, to-one relations, lists and counts.
 * Lists of accounts are left out: the resolvers' joined form reads every column of User,
 * which column privileges refuse (see "accounts of a town" below).
 */
function everyField(model: string): string {
  return [...objectFields(model)]
    .filter(([, exposed]) => exposed.kind === "column" || exposed.kind === "account" || exposed.field.type !== "User")
    .map(([name, exposed]) => {
      switch (exposed.kind) {
        case "column":
          return name;
        case "account":
          return `${name} { id displayName }`;
        case "toOne":
          return `${name} { __typename id }`;
        case "list":
          return `${name}(take: 3, orderBy: [{ id: DESC }]) { id }`;
        default:
          return name;
      }
    })
    .join(" ");
}

/** A string column of the model to sort and filter by, if it has one. */
const textColumn = (model: string) =>
  datamodel.models[model]!.fields.find(
    (f) =>
      f.type === "String" && !f.isList && f.kind === "scalar" && !resources[model]!.personalFields.includes(f.name),
  )?.name;

type RoleName = "cityAdmin" | "townAdmin" | "zoneSecretary" | "planOfficer" | "viewer";

describe.each(backendsUnderTest())("compiled reads on %s", (backend) => {
  let db: TestDatabase;
  let world: World;
  const statements: string[] = [];
  const apps = {} as Record<RoleName, { compiled: App; resolvers: App }>;

  beforeAll(async () => {
    db = await createTestDatabase(backend, { onQuery: (sql) => statements.push(sql) });
    world = await buildWorld(db.prisma);
    const admin = await db.prisma.user.create({
      data: { username: "admin", displayName: "admin", role: "CITY_ADMIN" },
    });
    const viewers: Record<RoleName, Viewer> = {
      cityAdmin: cityAdmin(admin.id),
      ...(await restrictedViewers(db.prisma, world)),
    };
    for (const [role, viewer] of Object.entries(viewers) as [RoleName, Viewer][]) {
      apps[role] = {
        compiled: createApp({ prisma: db.prisma, development: false, actAs: viewer }),
        resolvers: createApp({ prisma: db.prisma, development: false, actAs: viewer, compiledReads: false }),
      };
    }
  }, 240_000);
  afterAll(() => db?.drop());

  /** Both answers, and the statements the compiled one sent (transaction framing left out). */
  async function both(
    role: RoleName,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ compiled: GraphQLResponse; resolvers: GraphQLResponse; statements: number }> {
    statements.length = 0;
    const compiled = await execute(apps[role].compiled, query, variables);
    const sent = statements.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK|DEALLOCATE)/i.test(sql.trim())).length;
    const resolvers = await execute(apps[role].resolvers, query, variables);
    return { compiled, resolvers, statements: sent };
  }

  describe.each(["cityAdmin", "townAdmin", "zoneSecretary", "planOfficer", "viewer"] as RoleName[])("as %s", (role) => {
    it("every entity with every field, relation and count, including deleted rows: the resolvers' answer, in one statement", async () => {
      for (const { model, plural, single } of entities) {
        const query = `{ page: ${plural}(deleted: ALL, take: 100) { __typename totalCount items { __typename ${everyField(model)} } } }`;
        const { compiled, resolvers, statements } = await both(role, query);
        expect(resolvers.errors, `${model}: ${JSON.stringify(resolvers.errors)}`).toBeUndefined();
        expect(compiled, model).toEqual(resolvers);
        expect(statements, model).toBe(2);
        const ids = (resolvers.data.page.items as { id: number }[]).map((item) => item.id);
        if (ids.length === 0) continue;
        const one = `query One($id: Int!) { row: ${single}(id: $id, deleted: ALL) { ...F } missing: ${single}(id: -1) { id } } fragment F on ${model} { ${everyField(model)} }`;
        const single_ = await both(role, one, { id: ids[0] });
        expect(single_.compiled, model).toEqual(single_.resolvers);
        expect(single_.statements, model).toBe(2);
      }
    });

    it("filters, sorts over relations, pages and directives as the resolvers do", async () => {
      for (const { model, plural } of entities) {
        const text = textColumn(model);
        const toOne = [...objectFields(model)].find(([, f]) => f.kind === "toOne")?.[1].field;
        const sortByRelation =
          toOne && textColumn(toOne.type) ? `{ ${toOne.name}: { ${textColumn(toOne.type)}: DESC } }, ` : "";
        const filter = text ? `{ OR: [{ ${text}: { contains: "A" } }, { id: { gt: 2 } }] }` : `{ id: { gt: 2 } }`;
        const query = `query Q($skip: Int, $yes: Boolean!) {
          ${plural}(where: ${filter}, orderBy: [${sortByRelation}${text ? `{ ${text}: ASC }` : "{ id: DESC }"}], skip: $skip, take: 4) {
            totalCount
            items { id ... on ${model} { __typename @include(if: $yes) } id2: id @skip(if: $yes) }
          }
        }`;
        const { compiled, resolvers, statements } = await both(role, query, { skip: 1, yes: true });
        expect(resolvers.errors, `${model}: ${JSON.stringify(resolvers.errors)}`).toBeUndefined();
        expect(compiled, model).toEqual(resolvers);
        expect(statements, model).toBe(2);
      }
    });
  });

  describe.each(["cityAdmin", "townAdmin", "zoneSecretary"] as RoleName[])("connections as %s", (role) => {
    it("walked forwards page by page, every entity: the resolvers' edges, cursors and page info, in one statement a page", async () => {
      for (const { model, plural } of entities) {
        const query = `query Walk($after: String) {
          c: ${plural}Connection(first: 2, after: $after, deleted: ALL) {
            __typename totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { __typename cursor node { id ${textColumn(model) ?? ""} } }
          }
        }`;
        let after: string | null = null;
        for (let page = 0; page < 50; page++) {
          const { compiled, resolvers, statements } = await both(role, query, { after });
          expect(resolvers.errors, `${model}: ${JSON.stringify(resolvers.errors)}`).toBeUndefined();
          expect(compiled, `${model} after ${after}`).toEqual(resolvers);
          expect(statements, model).toBe(2);
          if (!resolvers.data.c.pageInfo.hasNextPage) break;
          after = resolvers.data.c.pageInfo.endCursor;
        }
      }
    });
  });

  it("connections: a cursor of a row out of sight, the default page size, and what goes to the resolvers", async () => {
    const hidden = world.rowsOf("PartyMember").find((row) => row.place.town === "B")!;
    const cursor = Buffer.from(`GPC:N:${hidden.id}`).toString("base64");
    for (const [query, compiledStatements] of [
      [`{ partyMembersConnection(after: "${cursor}") { edges { cursor } pageInfo { hasNextPage } } }`, 2],
      [`{ partyMembersConnection { totalCount edges { node { id } } } }`, 2],
      [`{ partyMembersConnection(last: 2) { edges { node { id } } } }`, 3],
      [`{ partyMembersConnection(first: 2, orderBy: [{ name: DESC }]) { edges { node { id } } } }`, 3],
      [`{ partyMembersConnection(after: "not a cursor") { edges { cursor } } }`, 1],
    ] as const) {
      const { compiled, resolvers, statements } = await both("townAdmin", query);
      expect(compiled, query).toEqual(resolvers);
      expect(statements, query).toBeLessThanOrEqual(compiledStatements);
    }
  });

  it("a nested read of four levels is one statement", async () => {
    const query = `{ towns(take: 10) { items { name zones(take: 10, orderBy: [{ name: ASC }]) { name partyMembersCount organisations(take: 10) { name members(take: 5) { name organisation { town { code } } } } } } } }`;
    const { compiled, resolvers, statements } = await both("cityAdmin", query);
    expect(compiled).toEqual(resolvers);
    expect(statements).toBe(2);
  });

  it("accounts of a town: the columns asked for, which the joined form of the resolvers could not read", async () => {
    const query = `{ towns(take: 5) { items { code users(take: 5) { id username role } usersCount } } }`;
    const { compiled, resolvers, statements } = await both("cityAdmin", query);
    expect(resolvers.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(compiled.errors).toBeUndefined();
    expect(compiled.data.towns.items.length).toBeGreaterThan(0);
    expect(statements).toBe(2);
  });

  it("what it does not cover runs through the resolvers, with their errors", async () => {
    // A filter on personal data by a role that may not see it: refused by the resolvers' rule.
    const refused = await both("viewer", `{ partyMembers(where: { idNumber: { equals: "1" } }) { totalCount } }`);
    expect(refused.compiled).toEqual(refused.resolvers);
    expect(refused.compiled.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // A report next to a list: the whole operation goes to graphql-js.
    const mixed = await both("cityAdmin", `{ towns(take: 2) { items { id } } partyMembersAggregate { count } }`);
    expect(mixed.compiled).toEqual(mixed.resolvers);
  });
});
