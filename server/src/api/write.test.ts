// Writes through the generic API: nested creates, updates, soft delete and restore,
// upserts, bulk writes that are all-or-nothing, domain rules, area scope, history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { buildFixture, type Fixture } from "../testing/fixture.ts";
import { execute } from "../testing/graphql.ts";
import { cityAdmin, planOfficer, townAdmin, viewerRole } from "../testing/viewers.ts";
import { createApp, type App } from "../yoga.ts";

describe.each(backendsUnderTest())("generic writes on %s", (backend) => {
  let db: TestDatabase;
  let fixture: Fixture;
  let admin: App;
  let memberIds: number[];
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    fixture = await buildFixture(db.prisma);
    admin = createApp({ prisma: db.prisma, development: false, actAs: cityAdmin(fixture.users.admin) });
    await db.prisma.partyMember.createMany({
      data: Array.from({ length: 12 }, (_, i) => ({
        idNumber: `3211811990010${String(i).padStart(5, "0")}`,
        name: `志愿者${i + 1}`,
        gender: "FEMALE" as const,
        birthDate: new Date("1990-01-01"),
        education: "BACHELOR" as const,
        organisationId: fixture.organisations.eastBranch,
        zoneId: fixture.zones.east,
        category: "FULL" as const,
        joinedOn: new Date("2010-07-01"),
        skills: ["医疗"],
      })),
    });
    memberIds = (
      await db.prisma.partyMember.findMany({ where: { name: { startsWith: "志愿者" } }, orderBy: { id: "asc" } })
    ).map((m) => m.id);
  });
  afterAll(() => db?.drop());

  const teamInput = (name: string, members: number) => ({
    name,
    organisationId: fixture.organisations.eastBranch,
    zoneId: fixture.zones.east,
    specialty: "MEDICAL",
    leaderName: "王明",
    foundedOn: "2013-03-05",
    memberships: { create: memberIds.slice(0, members).map((memberId) => ({ memberId, joinedOn: "2013-03-05" })) },
  });

  it("creates a record with nested children and grandchildren in one mutation, and audits each", async () => {
    const result = await execute(
      admin,
      `mutation($data: JointMeetingCreateInput!) { createJointMeeting(data: $data) {
          id title participantsCount decisions { sequence followUps { description status } } history { action entity user { displayName } } } }`,
      {
        data: {
          zoneId: fixture.zones.east,
          heldOn: "2013-04-10",
          title: "东村党建联席会",
          topics: "环境整治",
          attendeeCount: 12,
          participants: {
            create: [{ organisationId: fixture.organisations.eastBranch, representativeName: "李华", attendees: 3 }],
          },
          decisions: {
            create: [
              {
                sequence: 1,
                content: "清理河道",
                followUps: { create: [{ description: "联系水利站", ownerName: "王明", dueOn: "2013-05-01" }] },
              },
            ],
          },
        },
      },
    );
    expect(result.errors).toBeUndefined();
    const meeting = result.data.createJointMeeting;
    expect(meeting).toMatchObject({
      title: "东村党建联席会",
      participantsCount: 1,
      decisions: [{ sequence: 1, followUps: [{ description: "联系水利站", status: "OPEN" }] }],
    });
    expect(meeting.history).toEqual([{ action: "CREATE", entity: "JointMeeting", user: { displayName: "admin" } }]);
    const audit = await db.prisma.auditLog.groupBy({
      by: ["entity"],
      _count: { _all: true },
      orderBy: { entity: "asc" },
    });
    expect(audit.map((a) => [a.entity, a._count._all])).toEqual([
      ["FollowUpItem", 1],
      ["JointMeeting", 1],
      ["JointMeetingParticipant", 1],
      ["MeetingDecision", 1],
    ]);
  });

  it("updates, soft-deletes and restores, recording before and after", async () => {
    const zone = await db.prisma.zone.create({
      data: { code: "XQ-09", name: "北村", kind: "VILLAGE", townId: fixture.towns.xq },
    });
    const updated = await execute(
      admin,
      `mutation { updateZone(id: ${zone.id}, data: { name: "北湖村", population: 640 }) { name population } }`,
    );
    expect(updated.data.updateZone).toEqual({ name: "北湖村", population: 640 });
    await execute(admin, `mutation { deleteZone(id: ${zone.id}) { id } }`);
    const live = await execute(
      admin,
      `{ zones(where: { code: { equals: "XQ-09" } }) { totalCount } deleted: zones(deleted: DELETED) { items { code } } }`,
    );
    expect(live.data.zones.totalCount).toBe(0);
    expect(live.data.deleted.items).toEqual([{ code: "XQ-09" }]);
    await execute(admin, `mutation { restoreZone(id: ${zone.id}) { id } }`);
    const history = await execute(admin, `{ history(entity: "Zone", recordId: ${zone.id}) { action before after } }`);
    expect(history.data.history.map((h: { action: string }) => h.action)).toEqual(["RESTORE", "DELETE", "UPDATE"]);
    expect(history.data.history[2].before.name).toBe("北村");
    expect(history.data.history[2].after.name).toBe("北湖村");
    const mine = await execute(admin, `{ historyByUser(userId: ${fixture.users.admin}, entity: "Zone") { recordId } }`);
    expect(mine.data.historyByUser).toHaveLength(3);
  });

  it("upserts on the natural key", async () => {
    const upsert = (name: string) =>
      execute(
        admin,
        `mutation { upsertZone(data: { code: "YY-05", name: "${name}", kind: COMMUNITY, townId: ${fixture.towns.yy} }) { id name } }`,
      );
    const first = await upsert("南门社区");
    const second = await upsert("南门新社区");
    expect(second.data.upsertZone).toEqual({ id: first.data.upsertZone.id, name: "南门新社区" });
  });

  it("writes a bulk create all or nothing, naming the bad row's field", async () => {
    const before = await db.prisma.zone.count();
    const bad = await execute(
      admin,
      `mutation($data: [ZoneCreateInput!]!) { createManyZones(data: $data) { count } }`,
      {
        data: [
          { code: "YY-10", name: "甲社区", kind: "COMMUNITY", townId: fixture.towns.yy },
          { code: "YY-11", name: "乙社区", kind: "COMMUNITY" },
        ],
      },
    );
    expect(bad.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", entity: "Zone", field: "townId", row: 1 },
    });
    expect(await db.prisma.zone.count()).toBe(before);
    const duplicate = await execute(
      admin,
      `mutation { createManyZones(data: [{ code: "YY-12", name: "丙", kind: PARK, townId: ${fixture.towns.yy} }, { code: "YY-12", name: "丁", kind: PARK, townId: ${fixture.towns.yy} }]) { count } }`,
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await db.prisma.zone.count()).toBe(before);
    const good = await execute(
      admin,
      `mutation { createManyZones(data: [{ code: "YY-12", name: "丙", kind: PARK, townId: ${fixture.towns.yy} }]) { count ids } }`,
    );
    expect(good.data.createManyZones.count).toBe(1);
  });

  it("applies different changes to several rows in one transaction, naming a bad row", async () => {
    const zones = await db.prisma.zone.findMany({
      where: { townId: fixture.towns.xq, deletedAt: null },
      orderBy: { id: "asc" },
      take: 2,
    });
    const each = await execute(admin, `mutation($data: [ZoneRowUpdate!]!) { updateEachZones(data: $data) { count } }`, {
      data: [
        { id: zones[0]!.id, data: { population: 111 } },
        { id: zones[1]!.id, data: { population: 222 } },
      ],
    });
    expect(each.data.updateEachZones.count).toBe(2);
    const bad = await execute(admin, `mutation($data: [ZoneRowUpdate!]!) { updateEachZones(data: $data) { count } }`, {
      data: [
        { id: zones[0]!.id, data: { population: 333 } },
        { id: 999_999, data: { population: 444 } },
      ],
    });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND", row: 1 } });
    expect(bad.errors?.[0]?.message).toMatch(/^第2行 \/ row 2: /);
    expect((await db.prisma.zone.findUniqueOrThrow({ where: { id: zones[0]!.id } })).population).toBe(111);
  });

  it("saves a pasted block, changes and new rows, in one transaction, counting rows over both", async () => {
    const [zone] = await db.prisma.zone.findMany({ where: { code: "XQ-01" } });
    const document = `mutation($update: [ZoneRowUpdate!]!, $create: [ZoneCreateInput!]!) { saveRowsZones(update: $update, create: $create) { count ids } }`;
    const newZone = (code: string) => ({ code, name: `${code}村`, kind: "VILLAGE", townId: fixture.towns.xq });
    const saved = await execute(admin, document, {
      update: [{ id: zone!.id, data: { population: 1300 } }],
      create: [newZone("XQ-31")],
    });
    expect(saved.data.saveRowsZones.count).toBe(2);
    expect(saved.data.saveRowsZones.ids[0]).toBe(zone!.id);
    const refused = await execute(admin, document, {
      update: [{ id: zone!.id, data: { population: 1400 } }],
      create: [newZone("XQ-32"), newZone("XQ-31")],
    });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT", row: 2 } });
    expect((await db.prisma.zone.findUniqueOrThrow({ where: { id: zone!.id } })).population).toBe(1300);
    expect(await db.prisma.zone.count({ where: { code: "XQ-32" } })).toBe(0);
  });

  it("checks ID numbers and phones on every write and stores them canonically", async () => {
    const member = (idNumber: string, phone: string) => ({
      idNumber,
      phone,
      name: "身份校验",
      gender: "MALE",
      birthDate: "1949-12-31",
      education: "BACHELOR",
      organisationId: fixture.organisations.eastBranch,
      zoneId: fixture.zones.east,
      category: "FULL",
      joinedOn: "1975-07-01",
    });
    const create = `mutation($data: PartyMemberCreateInput!) { createPartyMember(data: $data) { id idNumber phone } }`;
    const wrongCheck = await execute(admin, create, { data: member("110105194912310021", "13912345678") });
    expect(wrongCheck.errors?.[0]?.message).toContain("校验位应为 X");
    expect(wrongCheck.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      entity: "PartyMember",
      field: "idNumber",
    });
    const shortPhone = await execute(admin, create, { data: member("11010519491231002X", "8765432") });
    expect(shortPhone.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "phone" });
    expect(await db.prisma.partyMember.count({ where: { name: "身份校验" } })).toBe(0);

    const created = await execute(admin, create, { data: member("11010519491231002x", "139 1234 5678") });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createPartyMember).toMatchObject({ idNumber: "11010519491231002X", phone: "13912345678" });
    const upserted = await execute(
      admin,
      `mutation($data: PartyMemberCreateInput!) { upsertPartyMember(data: $data) { id } }`,
      { data: { ...member("11010519491231002x", "0514-87654321"), name: "身份校验" } },
    );
    expect(upserted.data?.upsertPartyMember).toEqual({ id: created.data?.createPartyMember.id });
  });

  it("updates and deletes many by filter", async () => {
    const updated = await execute(
      admin,
      `mutation { updateManyZones(where: { town: { code: { equals: "YY" } } }, data: { economicallyWeak: true }) { count } }`,
    );
    expect(updated.data.updateManyZones.count).toBe(
      await db.prisma.zone.count({ where: { townId: fixture.towns.yy, deletedAt: null } }),
    );
    const deleted = await execute(
      admin,
      `mutation { deleteManyZones(where: { code: { startsWith: "YY-1" } }) { count } }`,
    );
    expect(deleted.data.deleteManyZones.count).toBe(1);
  });

  it("enforces the domain rules on nested and single writes: a volunteer team needs 10 members", async () => {
    const short = await execute(
      admin,
      `mutation($data: VolunteerTeamCreateInput!) { createVolunteerTeam(data: $data) { id } }`,
      { data: teamInput("医疗服务队", 9) },
    );
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: "RULE_VIOLATION" });
    expect(short.errors?.[0]?.message).toMatch(/VolunteerTeam/);
    expect(await db.prisma.volunteerTeam.count()).toBe(0);
    expect(await db.prisma.volunteerMembership.count()).toBe(0);

    const full = await execute(
      admin,
      `mutation($data: VolunteerTeamCreateInput!) { createVolunteerTeam(data: $data) { id membershipsCount } }`,
      { data: teamInput("医疗服务队", 10) },
    );
    expect(full.errors).toBeUndefined();
    expect(full.data.createVolunteerTeam.membershipsCount).toBe(10);
    const membership = await db.prisma.volunteerMembership.findFirstOrThrow({
      where: { teamId: full.data.createVolunteerTeam.id },
    });
    const leave = await execute(admin, `mutation { deleteVolunteerMembership(id: ${membership.id}) { id } }`);
    expect(leave.errors?.[0]?.extensions?.code).toBe("RULE_VIOLATION");
    expect(await db.prisma.volunteerMembership.count({ where: { deletedAt: null } })).toBe(10);
  });

  it("lets a write leave an existing rule break as it was, but refuses a new one", async () => {
    const team = await db.prisma.volunteerTeam.create({
      data: {
        name: "旧服务队",
        organisationId: fixture.organisations.eastBranch,
        specialty: "LEGAL",
        leaderName: "李华",
        foundedOn: new Date("2012-03-01"),
        memberships: {
          create: memberIds.slice(0, 7).map((memberId) => ({ memberId, joinedOn: new Date("2012-03-01") })),
        },
      },
    });
    const renamed = await execute(
      admin,
      `mutation { updateVolunteerTeam(id: ${team.id}, data: { leaderName: "赵敏" }) { leaderName } }`,
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.updateVolunteerTeam.leaderName).toBe("赵敏");
    const member = await execute(
      admin,
      `mutation { updatePartyMember(id: ${memberIds[0]}, data: { occupation: "医生" }) { occupation } }`,
    );
    expect(member.errors).toBeUndefined();
    const history = await db.prisma.auditLog.count({ where: { entity: "VolunteerTeam", recordId: team.id } });
    expect(history).toBe(1);

    const other = await execute(
      admin,
      `mutation($data: VolunteerTeamCreateInput!) { createVolunteerTeam(data: $data) { id } }`,
      { data: teamInput("新服务队", 3) },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe("RULE_VIOLATION");
    expect(await db.prisma.volunteerTeam.count({ where: { name: "新服务队" } })).toBe(0);
  });

  it("keeps writes inside the viewer's area and role", async () => {
    const town = createApp({
      prisma: db.prisma,
      development: false,
      actAs: townAdmin(fixture.towns.xq, fixture.users.xqAdmin),
    });
    const other = await execute(
      town,
      `mutation { createZone(data: { code: "YY-20", name: "外镇村", kind: VILLAGE, townId: ${fixture.towns.yy} }) { id } }`,
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "REFERENCE", field: "townId" });
    const foreign = await execute(
      town,
      `mutation { updateZone(id: ${fixture.zones.park}, data: { name: "改名" }) { id } }`,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const move = await execute(
      town,
      `mutation { updateZone(id: ${fixture.zones.west}, data: { townId: ${fixture.towns.yy} }) { id } }`,
    );
    expect(move.errors?.[0]?.extensions).toMatchObject({ code: "REFERENCE", field: "townId" });
    const own = await execute(
      town,
      `mutation { updateZone(id: ${fixture.zones.west}, data: { population: 801 }) { population } }`,
    );
    expect(own.data.updateZone.population).toBe(801);
    const nestedForeign = await execute(
      town,
      `mutation { updateTown(id: ${fixture.towns.xq}, data: { zones: { connect: [${fixture.zones.park}] } }) { id } }`,
    );
    expect(nestedForeign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await db.prisma.zone.findUniqueOrThrow({ where: { id: fixture.zones.park } })).townId).toBe(
      fixture.towns.yy,
    );

    const viewer = createApp({ prisma: db.prisma, development: false, actAs: viewerRole(fixture.users.viewer) });
    const readOnly = await execute(
      viewer,
      `mutation { updateZone(id: ${fixture.zones.west}, data: { population: 1 }) { id } }`,
    );
    expect(readOnly.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const officer = createApp({
      prisma: db.prisma,
      development: false,
      actAs: planOfficer(["TRAINING"], fixture.users.officer),
    });
    const wrongPlan = await execute(
      officer,
      `mutation { updateZone(id: ${fixture.zones.west}, data: { population: 2 }) { id } }`,
    );
    expect(wrongPlan.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const ownPlan = await execute(
      officer,
      `mutation { createTrainingSession(data: { title: "党性教育专题班", kind: THEMATIC_STUDY, topic: PARTY_SPIRIT, heldOn: "2013-06-01", hours: "6", lecturer: "市委党校", location: "党校", organiser: "组织部", plannedAttendees: 60, actualAttendees: 58 }) { id } }`,
    );
    expect(ownPlan.errors).toBeUndefined();
  });
});
