// The app answers over fetch, without a port, on both backends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import type { ResponseJson } from "./testing/graphql.ts";
import { cityAdmin } from "./testing/viewers.ts";
import { createApp, type App } from "./yoga.ts";

describe.each(backendsUnderTest())("GraphQL app on %s", (backend) => {
  let db: TestDatabase;
  let app: App;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    app = createApp({ prisma: db.prisma, development: false, actAs: cityAdmin() });
    await db.prisma.town.create({
      data: {
        code: "XQ",
        name: "新桥镇",
        kind: "TOWN",
        zones: {
          create: [
            { code: "XQ-02", name: "西村", kind: "VILLAGE" },
            { code: "XQ-01", name: "东村", kind: "VILLAGE", economicallyWeak: true },
            { code: "XQ-03", name: "旧村", kind: "VILLAGE", deletedAt: new Date() },
          ],
        },
      },
    });
  });
  afterAll(() => db?.drop());

  async function graphql(query: string, on: App = app) {
    const response = await on.fetch("http://yoga/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: ResponseJson; errors?: { message: string }[] },
    };
  }

  it("lists towns with their live zones", async () => {
    const { body } = await graphql(
      "{ towns { items { code name zonesCount zones(orderBy: [{ code: ASC }]) { code economicallyWeak town { code } } } } }",
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.towns.items).toEqual([
      {
        code: "XQ",
        name: "新桥镇",
        zonesCount: 2,
        zones: [
          { code: "XQ-01", economicallyWeak: true, town: { code: "XQ" } },
          { code: "XQ-02", economicallyWeak: false, town: { code: "XQ" } },
        ],
      },
    ]);
  });

  it("reports health and database readiness", async () => {
    expect((await app.fetch("http://yoga/health")).status).toBe(200);
    expect((await app.fetch("http://yoga/ready")).status).toBe(200);
  });

  it("describes types with the labels from the Prisma doc comments (introspection is off in production)", async () => {
    const development = createApp({ prisma: db.prisma, development: true, actAs: cityAdmin() });
    const { body } = await graphql('{ __type(name: "Zone") { description } }', development);
    expect(body.data.__type.description).toMatch(/^村\(区\)域 \| /);
  });

  it("answers a bad query with a clear error and no internals", async () => {
    const { body } = await graphql("{ towns { items { nope } } }");
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "nope" on type "Town"/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});
