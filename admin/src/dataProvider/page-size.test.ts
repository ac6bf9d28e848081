// An operator lowers GRAPHQL_MAX_PAGE_SIZE below the admin's usual pages: lists, lookups,
// export and import still see every row, because the admin pages by what the API serves
// (`apiLimits`), not by a copy of the default – asked once per session.
import { vi } from "vitest";

vi.hoisted(() => {
  process.env.GRAPHQL_MAX_PAGE_SIZE = "20";
});

import { backendsUnderTest } from "@p181/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi } from "../api.ts";
import { cityAdminPermissions } from "../testing/permissions.ts";
import { maxPageSize } from "./limits.ts";
import type { GraphQLRequester } from "../graphql/request.ts";
import { autoMap } from "@p181/schema/cells";
import { importableFields } from "../importExport/columns.ts";
import { findExisting } from "../importExport/commit.ts";
import { fetchAllRows } from "../importExport/export.ts";
import { planImport } from "../importExport/plan.ts";
import { resolveReferences } from "../importExport/references.ts";
import { PASSWORD } from "../testing/fixture.ts";
import { cookieFetch, startTestServer, type TestServer } from "../testing/server.ts";

const ZONES = 45;
const admin = cityAdminPermissions;

describe.each(backendsUnderTest())("GRAPHQL_MAX_PAGE_SIZE=20 on %s", (backend) => {
  let server: TestServer;
  let api: ReturnType<typeof createApi>;
  let requester: GraphQLRequester;
  let zoneIds: number[];
  /** How many requests asked for the limits. */
  let limitsAsked = 0;

  beforeAll(async () => {
    server = await startTestServer(backend);
    await server.db.prisma.zone.createMany({
      data: Array.from({ length: ZONES }, (_, i) => ({
        code: `XQ-P${String(i).padStart(2, "0")}`,
        name: `新村${i}`,
        kind: "VILLAGE" as const,
        townId: server.fixture.towns.xq,
      })),
    });
    zoneIds = (await server.db.prisma.zone.findMany({ select: { id: true } })).map((zone) => zone.id);
    const fetch = cookieFetch();
    api = createApi({
      url: `${server.url}/graphql`,
      fetch: (input, init) => {
        if (String(init?.body ?? "").includes("apiLimits")) limitsAsked++;
        return fetch(input, init);
      },
    });
    await api.authProvider.login({ username: "admin", password: PASSWORD });
    requester = api.requester;
  });
  afterAll(() => server?.close());

  it("is what the API serves, and a list asking for 500 rows gets a page of 20 instead of an error", async () => {
    expect(await api.dataProvider.apiLimits()).toEqual({ maxPageSize: 20, defaultPageSize: 25 });
    const { data, total } = await api.dataProvider.getList("Zone", {
      pagination: { page: 1, perPage: 500 },
      sort: { field: "id", order: "ASC" },
      filter: {},
    });
    expect(data).toHaveLength(20);
    expect(total).toBe(zoneIds.length);
  });

  it("fetches many records by id in as many pages as it takes", async () => {
    const { data } = await api.dataProvider.getMany("Zone", { ids: zoneIds });
    expect(data.map((zone) => zone.id).sort((a, b) => a - b)).toEqual([...zoneIds].sort((a, b) => a - b));
  });

  it("exports every row", async () => {
    const rows = await fetchAllRows(requester, { model: "Zone", filter: {}, sort: { field: "id", order: "ASC" } });
    expect(rows).toHaveLength(zoneIds.length);
  });

  it("finds every existing record and every reference of a large import", async () => {
    const fields = importableFields("Zone", admin);
    const header = ["编码", "名称", "所属镇(街道/区)", "类型"];
    const cells = [
      header,
      ...Array.from({ length: ZONES }, (_, i) => [`XQ-P${String(i).padStart(2, "0")}`, `新村${i}`, "新桥镇", "行政村"]),
    ];
    const rows = cells.map((row, i) => ({ number: i + 1, cells: row }));
    const plan = planImport("Zone", fields, autoMap("Zone", fields, rows[0]!), rows.slice(1));
    await resolveReferences(requester, plan);
    expect(plan.problems).toEqual([]);
    expect(plan.rows.every((row) => row.values.townId === server.fixture.towns.xq)).toBe(true);
    const existing = await findExisting(requester, plan);
    expect(existing.ids.size).toBe(ZONES);
    expect(existing.unchanged.size).toBe(ZONES);
  });

  it("asked for the limits once for all of the above: the data provider and the feature modules share them", async () => {
    // The lists went through the data provider, the export and the import through the requester.
    expect(await maxPageSize(requester)).toBe(20);
    expect((await api.dataProvider.apiLimits()).maxPageSize).toBe(20);
    expect(limitsAsked).toBe(1);
  });
});
