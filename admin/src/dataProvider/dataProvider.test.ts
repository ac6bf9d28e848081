// The data provider against the real API and database (both backends): the app runs
// in-process on a loopback port, the providers sign in through the real login mutation.
import { backendsUnderTest } from "@p181/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi } from "../api.ts";
import { comparedFields, staleConflictOf } from "./stale.ts";
import { fixtureIdNumber, PASSWORD } from "../testing/fixture.ts";
import { cookieFetch, startTestServer, type TestServer } from "../testing/server.ts";

async function signIn(server: TestServer, username: string) {
  const api = createApi({ url: `${server.url}/graphql`, fetch: cookieFetch() });
  await api.authProvider.login({ username, password: PASSWORD });
  return api;
}

describe.each(backendsUnderTest())("data provider on %s", (backend) => {
  let server: TestServer;
  let admin: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    server = await startTestServer(backend);
    admin = await signIn(server, "admin");
  });
  afterAll(() => server?.close());

  it("signs in, knows the user and their permissions, and signs out", async () => {
    const town = await signIn(server, "xq-admin");
    expect(await town.authProvider.getPermissions!({})).toMatchObject({
      role: "TOWN_ADMIN",
      townId: server.fixture.towns.xq,
      canWrite: true,
    });
    expect(await town.authProvider.getIdentity!()).toMatchObject({ fullName: "xq-admin" });
    await town.authProvider.logout({});
    await expect(town.authProvider.checkAuth({})).rejects.toThrow();
    // A fresh client with the same cookies (a reloaded page) gets the CSRF token back from `me`.
    await expect(
      createApi({ url: `${server.url}/graphql`, fetch: cookieFetch() }).authProvider.checkAuth({}),
    ).rejects.toThrow();
    await expect(
      createApi({ url: `${server.url}/graphql`, fetch: cookieFetch() }).authProvider.login({
        username: "admin",
        password: "wrong",
      }),
    ).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining("用户名或密码错误"),
    });
  });

  it("getList filters, sorts, pages and counts", async () => {
    const { dataProvider } = admin;
    const all = await dataProvider.getList("PartyMember", {
      pagination: { page: 1, perPage: 2 },
      sort: { field: "name", order: "ASC" },
      filter: {},
    });
    expect(all.total).toBe(5);
    expect(all.data).toHaveLength(2);
    const page2 = await dataProvider.getList("PartyMember", {
      pagination: { page: 2, perPage: 2 },
      sort: { field: "joinedOn", order: "DESC" },
      filter: {},
    });
    expect(page2.data.map((r) => r.name)).toEqual(["张强", "李华"]);
    expect(page2.data[0]).toMatchObject({
      organisation: { name: "西村党支部" },
      zone: { name: "西村" },
      joinedOn: "2012-05-04",
      category: "PROBATIONARY",
    });

    const byTown = await dataProvider.getList("PartyMember", {
      pagination: { page: 1, perPage: 25 },
      sort: { field: "id", order: "ASC" },
      filter: { town: server.fixture.towns.yy },
    });
    expect(byTown.data.map((r) => r.name)).toEqual(["陈静"]);
    const byZone = await dataProvider.getList("PartyMember", {
      pagination: { page: 1, perPage: 25 },
      sort: { field: "id", order: "ASC" },
      filter: { zone: server.fixture.zones.west },
    });
    expect(byZone.total).toBe(2);
    const byYear = await dataProvider.getList("PartyMember", {
      pagination: { page: 1, perPage: 25 },
      sort: { field: "id", order: "ASC" },
      filter: { year: 2013 },
    });
    expect(byYear.data.map((r) => r.name)).toEqual(["赵敏"]);
    const search = await dataProvider.getList("PartyMember", {
      pagination: { page: 1, perPage: 25 },
      sort: { field: "id", order: "ASC" },
      filter: { q: "明" },
    });
    expect(search.data.map((r) => r.name)).toEqual(["王明"]);
    const byEnum = await dataProvider.getList("PartyMember", {
      pagination: { page: 1, perPage: 25 },
      sort: { field: "id", order: "ASC" },
      filter: { category: ["PROBATIONARY"] },
    });
    expect(byEnum.total).toBe(1);
    // A reference column sorts by the target's display field.
    const byOrganisation = await dataProvider.getList("PartyMember", {
      pagination: { page: 1, perPage: 25 },
      sort: { field: "organisationId", order: "ASC" },
      filter: {},
    });
    expect(byOrganisation.data.map((r) => r.organisation.name)).toEqual(
      ["东村党支部", "东村党支部", "科技园党支部", "西村党支部", "西村党支部"].sort(),
    );
  });

  it("getOne, getMany and getManyReference", async () => {
    const { dataProvider } = admin;
    const { members, organisations } = server.fixture;
    expect((await dataProvider.getOne("PartyMember", { id: members.wang })).data).toMatchObject({
      id: members.wang,
      name: "王明",
      skills: ["农技"],
    });
    const many = await dataProvider.getMany("PartyMember", { ids: [members.li, members.chen] });
    expect(many.data.map((r) => r.name).sort()).toEqual(["李华", "陈静"].sort());
    const refs = await dataProvider.getManyReference("PartyMember", {
      target: "organisationId",
      id: organisations.west,
      pagination: { page: 1, perPage: 10 },
      sort: { field: "name", order: "ASC" },
      filter: {},
    });
    expect(refs.total).toBe(2);
    await expect(dataProvider.getOne("PartyMember", { id: 999_999 })).rejects.toMatchObject({ status: 404 });
  });

  it("create, update, updateMany, delete, deleteMany, restore and history", async () => {
    const { dataProvider } = admin;
    const { organisations, zones } = server.fixture;
    const created = await dataProvider.create("PartyMember", {
      data: {
        idNumber: "321181199001010092",
        name: "周新",
        gender: "MALE",
        category: "FULL",
        education: "MASTER",
        organisationId: organisations.east,
        zoneId: zones.east,
        joinedOn: "2013-05-01",
        birthDate: "1990-01-01",
        skills: ["法律", "财会"],
        phone: "",
      },
    });
    expect(created.data).toMatchObject({
      name: "周新",
      joinedOn: "2013-05-01",
      skills: ["法律", "财会"],
      phone: null,
      organisation: { name: "东村党支部" },
    });
    const id = created.data.id;

    const updated = await dataProvider.update("PartyMember", {
      id,
      data: { ...created.data, name: "周欣", organisation: { id: 0 } },
      previousData: created.data,
    });
    expect(updated.data.name).toBe("周欣");

    const second = await dataProvider.create("PartyMember", {
      data: {
        idNumber: "321181199001010105",
        name: "吴越",
        gender: "FEMALE",
        category: "FULL",
        education: "BACHELOR",
        organisationId: organisations.east,
        joinedOn: "2014-01-01",
        birthDate: "1990-01-01",
      },
    });
    const many = await dataProvider.updateMany("PartyMember", {
      ids: [id, second.data.id],
      data: { flowStatus: "OUTFLOW" },
    });
    expect(many.data).toEqual([id, second.data.id]);
    expect(await server.db.prisma.partyMember.count({ where: { flowStatus: "OUTFLOW" } })).toBe(2);

    // A delete names the version it saw too: after updateMany, that is a fresh one.
    await expect(dataProvider.delete("PartyMember", { id, previousData: updated.data })).rejects.toMatchObject({
      body: { code: "STALE" },
    });
    await dataProvider.delete("PartyMember", {
      id,
      previousData: (await dataProvider.getOne("PartyMember", { id })).data,
    });
    const deleted = await dataProvider.getList("PartyMember", {
      pagination: { page: 1, perPage: 10 },
      sort: { field: "id", order: "ASC" },
      filter: { deleted: "DELETED" },
    });
    expect(deleted.data.map((r) => r.id)).toEqual([id]);
    await dataProvider.restore("PartyMember", { id });
    await dataProvider.deleteMany("PartyMember", { ids: [id, second.data.id] });
    expect(
      await server.db.prisma.partyMember.count({
        where: { id: { in: [id, second.data.id] }, deletedAt: { not: null } },
      }),
    ).toBe(2);
    expect((await dataProvider.restoreMany("PartyMember", { ids: [id, second.data.id] })).data).toHaveLength(2);

    const history = await dataProvider.history("PartyMember", { id });
    expect(history.data.map((h) => h.action)).toEqual([
      "RESTORE",
      "DELETE",
      "RESTORE",
      "DELETE",
      "UPDATE",
      "UPDATE",
      "CREATE",
    ]);
    expect(history.data.find((h) => h.before?.name === "周新")?.after?.name).toBe("周欣");
    expect(history.data[0]!.user?.displayName).toBe("admin");
  });

  it("saves a pasted block, changes to existing rows and new rows, in one all-or-nothing mutation", async () => {
    const { dataProvider } = admin;
    const { members, organisations } = server.fixture;
    const [wang, li] = (await dataProvider.getMany("PartyMember", { ids: [members.wang, members.li] })).data.sort(
      (a, b) => a.id - b.id,
    );
    const changes = await dataProvider.saveRows("PartyMember", {
      updates: [
        { id: wang!.id, data: { name: "王明明", education: "MASTER" }, previousData: wang! },
        { id: li!.id, data: { joinedOn: "2002-01-01" }, previousData: li! },
      ],
      creates: [],
    });
    expect(changes).toEqual({ ids: [wang!.id, li!.id] });
    const created = await dataProvider.saveRows("PartyMember", {
      updates: [],
      creates: [
        {
          idNumber: "321181199001010113",
          name: "郑新",
          gender: "MALE",
          category: "FULL",
          education: "BACHELOR",
          organisationId: organisations.east,
          joinedOn: "2015-06-01",
          birthDate: "1990-01-01",
        },
      ],
    });
    const rows = await server.db.prisma.partyMember.findMany({
      where: { id: { in: [...changes.ids, ...created.ids] } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => r.name)).toEqual(["王明明", "李华", "郑新"]);
    expect(rows[0]!.education).toBe("MASTER");

    // All or nothing: one bad row (a duplicate ID number) writes none of them.
    const [wangNow] = (await dataProvider.getMany("PartyMember", { ids: [members.wang] })).data;
    await expect(
      dataProvider.saveRows("PartyMember", {
        updates: [
          { id: wang!.id, data: { name: "不应写入" }, previousData: wangNow! },
          { id: li!.id, data: { idNumber: "321181199001010113" }, previousData: li! },
        ],
        creates: [],
      }),
    ).rejects.toMatchObject({ status: 409 });
    expect((await server.db.prisma.partyMember.findUniqueOrThrow({ where: { id: wang!.id } })).name).toBe("王明明");

    // A change and a new row together: a refused new row (the same ID number again) takes the change back with it.
    const [liNow] = (await dataProvider.getMany("PartyMember", { ids: [members.li] })).data;
    const both = dataProvider.saveRows("PartyMember", {
      updates: [{ id: li!.id, data: { name: "李华华" }, previousData: liNow! }],
      creates: [
        {
          idNumber: "321181199001010113",
          name: "重复",
          gender: "MALE",
          category: "FULL",
          education: "BACHELOR",
          organisationId: organisations.east,
          joinedOn: "2015-06-01",
          birthDate: "1990-01-01",
        },
      ],
    });
    await expect(both).rejects.toMatchObject({ status: 409, body: { row: 1 } });
    expect((await server.db.prisma.partyMember.findUniqueOrThrow({ where: { id: li!.id } })).name).toBe("李华");
  });

  it("sends the version it started from: a record changed meanwhile is refused as STALE, and can be overwritten on purpose", async () => {
    const { dataProvider } = admin;
    const { members } = server.fixture;
    const town = await signIn(server, "xq-admin");
    const { data: loaded } = await dataProvider.getOne("PartyMember", { id: members.zhang });
    const { data: theirs } = await town.dataProvider.update("PartyMember", {
      id: members.zhang,
      data: { ...loaded, occupation: "教师" },
      previousData: loaded,
    });
    expect(theirs.updatedAt > loaded.updatedAt).toBe(true);

    const refused = dataProvider.update("PartyMember", {
      id: members.zhang,
      data: { ...loaded, occupation: "医生" },
      previousData: loaded,
    });
    await expect(refused).rejects.toMatchObject({
      status: 409,
      body: {
        code: "STALE",
        entity: "PartyMember",
        recordId: members.zhang,
        updatedAt: theirs.updatedAt,
        updatedBy: { displayName: "xq-admin" },
        current: { occupation: "教师" },
      },
    });
    const conflict = staleConflictOf(await refused.catch((error) => error))!;
    expect(
      comparedFields("PartyMember", loaded, { ...loaded, occupation: "医生" }, conflict.current).map((c) => [
        c.field.name,
        c.theirs,
        c.mine,
      ]),
    ).toEqual([["occupation", "教师", "医生"]]);

    const paste = dataProvider.saveRows("PartyMember", {
      updates: [{ id: members.zhang, data: { occupation: "医生" }, previousData: loaded }],
      creates: [],
    });
    await expect(paste).rejects.toMatchObject({ body: { code: "STALE", row: 0 } });
    expect((await server.db.prisma.partyMember.findUniqueOrThrow({ where: { id: members.zhang } })).occupation).toBe(
      "教师",
    );

    const { data: mine } = await dataProvider.update("PartyMember", {
      id: members.zhang,
      data: { ...loaded, occupation: "医生" },
      previousData: loaded,
      meta: { expectedUpdatedAt: conflict.updatedAt },
    });
    expect(mine.occupation).toBe("医生");
    // The version a save returns is good for the next one.
    const { data: again } = await dataProvider.update("PartyMember", {
      id: members.zhang,
      data: { ...mine, occupation: "律师" },
      previousData: mine,
    });
    expect(again.occupation).toBe("律师");
  });

  it("maps API errors to React-Admin errors with the Chinese message first", async () => {
    const { dataProvider } = admin;
    const { organisations } = server.fixture;
    const duplicate = {
      idNumber: fixtureIdNumber(1),
      name: "重复",
      gender: "MALE",
      category: "FULL",
      education: "BACHELOR",
      organisationId: organisations.east,
      joinedOn: "2013-01-01",
      birthDate: "1990-01-01",
    };
    await expect(dataProvider.create("PartyMember", { data: duplicate })).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/^已有相同身份证号的党员/),
      body: { code: "CONFLICT", entity: "PartyMember", fields: ["idNumber"] },
    });
    const { organisationId: _, ...orphan } = duplicate;
    await expect(
      dataProvider.create("PartyMember", { data: { ...orphan, idNumber: "321181199001010121" } }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^党员 · 所在党组织: /),
      body: { code: "BAD_USER_INPUT", field: "organisationId" },
    });
    const { category: __, ...incomplete } = duplicate;
    await expect(
      dataProvider.create("PartyMember", { data: { ...incomplete, idNumber: "32118119900101013X" } }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^党员 · 党员类别: 必填/),
      body: { code: "BAD_USER_INPUT", field: "category" },
    });

    const viewer = await signIn(server, "viewer");
    expect(await viewer.authProvider.getPermissions!({})).toMatchObject({ role: "VIEWER", canWrite: false });
    await expect(
      viewer.dataProvider.update("PartyMember", {
        id: server.fixture.members.wang,
        data: { name: "x" },
        previousData: { name: "y" },
      }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/^[\u4e00-\u9fff]/),
    });

    // Another town's rows are neither listed nor writable for a town admin.
    const yy = await signIn(server, "yy-admin");
    const seen = await yy.dataProvider.getList("PartyMember", {
      pagination: { page: 1, perPage: 25 },
      sort: { field: "id", order: "ASC" },
      filter: {},
    });
    expect(seen.data.map((r) => r.name)).toEqual(["陈静"]);
    await expect(
      yy.dataProvider.update("PartyMember", {
        id: server.fixture.members.wang,
        data: { name: "x" },
        previousData: { name: "y" },
      }),
    ).rejects.toMatchObject({
      body: { code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) },
    });
  });
});
