// A CRUD round trip for EVERY entity, generated from the metadata: create, read,
// filter, update, soft delete, restore and history.
import { resources } from "@p181/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { execute } from "../testing/graphql.ts";
import { editableText, sampleInput, sampleRow } from "../testing/samples.ts";
import { cityAdmin } from "../testing/viewers.ts";
import { createApp, type App } from "../yoga.ts";

const upper = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Entities whose domain rules need more than sample values to be met. */
async function extraInput(db: TestDatabase, model: string, input: Record<string, unknown>): Promise<void> {
  if (model === "VolunteerTeam") {
    const members = await Promise.all(Array.from({ length: 10 }, () => sampleRow(db.prisma, "PartyMember")));
    input.memberships = { create: members.map((memberId) => ({ memberId, joinedOn: "2013-06-01" })) };
  }
  if (model === "Instructor") Object.assign(input, { partyWorkYears: 10, economicWorkYears: 10, leadershipYears: 10 });
  if (model === "VolunteerMembership") {
    const members = await Promise.all(Array.from({ length: 10 }, () => sampleRow(db.prisma, "PartyMember")));
    await db.prisma.volunteerMembership.createMany({
      data: members.map((memberId) => ({ teamId: input.teamId as number, memberId, joinedOn: new Date("2013-06-01") })),
    });
  }
  if (model === "AnnualTarget")
    Object.assign(input, { scopeLevel: "CITY", scopeCode: "CITY", plan: "TRAINING", metric: "TRAINING_SESSIONS" });
}

describe.each(backendsUnderTest())("CRUD round trip of every entity on %s", (backend) => {
  let db: TestDatabase;
  let app: App;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    const admin = await db.prisma.user.create({
      data: { username: "admin", displayName: "管理员", role: "CITY_ADMIN" },
    });
    app = createApp({ prisma: db.prisma, development: false, actAs: cityAdmin(admin.id) });
  });
  afterAll(() => db?.drop());

  it.each(Object.values(resources).map((r) => [r.model, r] as const))("%s", async (model, resource) => {
    const Name = upper(resource.single);
    const input = await sampleInput(db.prisma, model);
    await extraInput(db, model, input);

    const created = await execute(app, `mutation($data: ${model}CreateInput!) { create${Name}(data: $data) { id } }`, {
      data: input,
    });
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const id: number = created.data[`create${Name}`].id;

    const read = await execute(
      app,
      `{ one: ${resource.single}(id: ${id}) { id } list: ${resource.plural}(where: { id: { equals: ${id} } }) { totalCount } }`,
    );
    expect(read.data).toEqual({ one: { id }, list: { totalCount: 1 } });

    const text = editableText(model);
    if (text) {
      const updated = await execute(
        app,
        `mutation { update${Name}(id: ${id}, data: { ${text.name}: "已修改" }) { ${text.name} } }`,
      );
      expect(updated.errors, JSON.stringify(updated.errors)).toBeUndefined();
      expect(updated.data[`update${Name}`][text.name]).toBe("已修改");
    }

    await execute(app, `mutation { delete${Name}(id: ${id}) { id } }`);
    const gone = await execute(app, `{ ${resource.single}(id: ${id}) { id } }`);
    expect(gone.data[resource.single]).toBeNull();
    const restored = await execute(app, `mutation { restore${Name}(id: ${id}) { id } }`);
    expect(restored.errors, JSON.stringify(restored.errors)).toBeUndefined();

    const history = await execute(app, `{ history(entity: "${model}", recordId: ${id}) { action } }`);
    expect(history.data.history.map((h: { action: string }) => h.action)).toEqual([
      "RESTORE",
      "DELETE",
      ...(text ? ["UPDATE"] : []),
      "CREATE",
    ]);
  });
});
