// The security matrix, generated from the metadata: for every role × every entity × every
// relation (to-one and list), relation filter, sort path and foreign key, on a world whose
// rows cross areas on purpose (world.ts), no hidden row or personal field is returned,
// counted, used to order or confirmed, and no reference outside what the role may see can
// be written. A new entity or relation is covered without writing a test.
import { datamodel, mayWriteEntity, resources, type FieldMeta } from "@p181/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import type { Viewer } from "../../auth/viewer.ts";
import { claimsOf, claimsStatement } from "../../database/claims.ts";
import { requestClients } from "../../database/transaction.ts";
import { requiredFields } from "../../api/write/fields.ts";
import { modelDelegate } from "../../database/delegates.ts";
import { execute, type ResponseJson } from "../../testing/graphql.ts";
import { sampleValue } from "../../testing/samples.ts";
import { createApp, type App } from "../../yoga.ts";
import { pack } from "./documents.ts";
import { ROLES, sees, seesPersonalData, type RoleName } from "./visibility.ts";
import { buildWorld, references, restrictedViewers, type World, type WorldRow } from "./world.ts";

const entities = Object.values(resources).filter((r) => r.model !== "User");

/** A GraphQL error as the app sends it: always with extensions (their code). */
type AnswerError = { path?: string[]; extensions: Record<string, unknown>; message: string };
/** A row in an answer: its id and the fields asked for (a to-one relation is an object like it). */
type AnswerItem = Record<string, unknown> & { id: number };
const upper = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const alias = (...parts: (string | number)[]) => parts.join("_").replace(/[^A-Za-z0-9_]/g, "_");

/** To-many relations of a model to entities, with the child's column pointing back. */
function listRelations(model: string): { field: FieldMeta; column: string }[] {
  return datamodel.models[model]!.fields.flatMap((field) => {
    if (field.kind !== "object" || !field.isList || !resources[field.type] || field.type === "User") return [];
    const back = datamodel.models[field.type]!.fields.find(
      (f) => f.relationName === field.relationName && f.relationFields,
    );
    return back ? [{ field, column: back.relationFields![0]! }] : [];
  });
}

const personalOf = (model: string) => resources[model]?.personalFields ?? [];

describe.each(backendsUnderTest())("security matrix on %s", (backend) => {
  let db: TestDatabase;
  let world: World;
  let apps: Record<RoleName, App>;
  let viewers: Record<RoleName, Viewer>;
  /** Column values of every world row, read as the owner: foreign keys the expectations follow. */
  const columns = new Map<string, Map<number, Record<string, unknown>>>();
  const checks = new Map<string, number>();
  const tally = (category: string, n = 1) => checks.set(category, (checks.get(category) ?? 0) + n);

  const hiddenRows = (role: RoleName, model: string) =>
    world.rowsOf(model).filter((row) => !sees(role, model, row.place));
  const rowOf = (model: string, id: unknown) => world.rowsOf(model).find((row) => row.id === id);
  const visible = (role: RoleName, row: WorldRow | undefined) => row !== undefined && sees(role, row.model, row.place);

  async function run(
    app: App,
    fields: string[],
  ): Promise<{ data: Record<string, ResponseJson>; errors: AnswerError[] }> {
    const data: Record<string, ResponseJson> = {};
    const errors: AnswerError[] = [];
    for (const document of pack(fields)) {
      const answer = await execute(app, document);
      expect(answer.status, JSON.stringify(answer.errors)).toBeLessThan(500);
      Object.assign(data, answer.data ?? {});
      errors.push(...((answer.errors ?? []) as typeof errors));
    }
    return { data, errors };
  }

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    world = await buildWorld(db.prisma);
    viewers = await restrictedViewers(db.prisma, world);
    apps = Object.fromEntries(
      ROLES.map((role) => [role, createApp({ prisma: db.prisma, development: false, actAs: viewers[role] })]),
    ) as typeof apps;
    for (const { model } of entities) {
      const rows: Record<string, unknown>[] = await modelDelegate(db.prisma, model).findMany();
      columns.set(model, new Map(rows.map((row) => [row.id as number, row])));
    }
  }, 240_000);

  afterAll(async () => {
    const total = [...checks.values()].reduce((sum, n) => sum + n, 0);
    const toOne = entities.reduce((n, r) => n + references(r.model).length, 0);
    const toMany = entities.reduce((n, r) => n + listRelations(r.model).length, 0);
    console.log(
      `security matrix on ${backend}: ${total} checks — ${ROLES.length} roles × ${entities.length} entities × ` +
        `${toOne} to-one and ${toMany} list relations, ${world.rows.length} rows (${world.crosses.length} crossing areas): ` +
        [...checks].map(([category, n]) => `${category} ${n}`).join(", "),
    );
    await db?.drop();
  });

  it("places every entity's rows in the areas the world asked for (the database derives them)", () => {
    expect(world.skipped).toEqual([]);
    for (const row of world.rows) {
      const stored = columns.get(row.model)!.get(row.id)!;
      const territory = resources[row.model]!.territory;
      if (!territory) continue;
      const town = row.place.town ? world.towns[row.place.town] : null;
      expect(stored.areaTownId, `${row.model} ${row.id}`).toBe(town);
      if (territory.zone)
        expect(stored.areaZoneId, `${row.model} ${row.id}`).toBe(row.place.zone ? world.zones[row.place.zone] : null);
      tally("derived areas");
    }
  });

  describe.each(ROLES)("as %s", (role) => {
    it("lists, counts, aggregates and single records show exactly the rows of the viewer's area", async () => {
      const fields = entities.flatMap(({ model, single, plural }) => [
        `${alias("l", model)}: ${plural}(deleted: ALL, take: 100) { totalCount items { id } }`,
        `${alias("a", model)}: ${plural}Aggregate(deleted: ALL) { count }`,
        `${alias("g", model)}: ${plural}GroupBy(by: [createdAt], datePart: YEAR, deleted: ALL) { count }`,
        ...hiddenRows(role, model).map(
          (row) => `${alias("h", model, row.id)}: ${single}(id: ${row.id}, deleted: ALL) { id }`,
        ),
      ]);
      const { data, errors } = await run(apps[role], fields);
      expect(errors).toEqual([]);
      for (const { model } of entities) {
        const expected = world
          .rowsOf(model)
          .filter((row) => visible(role, row))
          .map((row) => row.id)
          .sort((a, b) => a - b);
        const list = data[alias("l", model)];
        expect(
          list.items.map((item: { id: number }) => item.id),
          model,
        ).toEqual(expected);
        expect(list.totalCount, model).toBe(expected.length);
        expect(data[alias("a", model)].count, model).toBe(expected.length);
        expect(
          data[alias("g", model)].reduce((sum: number, group: { count: number }) => sum + group.count, 0),
          model,
        ).toBe(expected.length);
        for (const row of hiddenRows(role, model))
          expect(data[alias("h", model, row.id)], `${model} ${row.id}`).toBeNull();
        tally("lists/counts/aggregates/groups", 4);
        tally("hidden single records", hiddenRows(role, model).length);
      }
    });

    it("raw SQL in the viewer's transaction sees the same rows, and personal columns only with the right", async () => {
      const clients = requestClients(db.prisma);
      const statement = claimsStatement(claimsOf(viewers[role], new Request("http://matrix/")), 10_000);
      const counts = await clients.restricted.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(statement.sql, ...statement.values);
        const union = entities
          .map(({ model }) => `SELECT '${model}' AS model, count(*)::int AS n FROM "${model}"`)
          .join(" UNION ALL ");
        return tx.$queryRawUnsafe<{ model: string; n: number }[]>(union);
      });
      for (const { model, n } of counts) {
        expect(n, model).toBe(world.rowsOf(model).filter((row) => visible(role, row)).length);
        tally("raw SQL counts");
      }
      for (const { model } of entities) {
        for (const field of personalOf(model)) {
          const read = clients.restricted.$transaction(async (tx) => {
            await tx.$executeRawUnsafe(statement.sql, ...statement.values);
            return tx.$queryRawUnsafe(`SELECT "${field}" FROM "${model}" LIMIT 1`);
          });
          if (seesPersonalData(role)) await expect(read).resolves.toBeDefined();
          else await expect(read).rejects.toThrow(/permission denied/);
          tally("personal columns in SQL");
        }
      }
    });

    it("to-one relations are null where their row lies outside the area, personal data only for roles with the right", async () => {
      const fields = entities.map(({ model, plural }) => {
        const relations = references(model).map((r) => `${r.name} { id ${personalOf(r.type).join(" ")} }`);
        const keys = references(model).map((r) => r.relationFields![0]!);
        return `${alias("r", model)}: ${plural}(deleted: ALL, take: 100) { items { id ${[...new Set(keys)].join(" ")} ${personalOf(model).join(" ")} ${relations.join(" ")} } }`;
      });
      const { data, errors } = await run(apps[role], fields);
      expect(errors).toEqual([]);
      for (const { model } of entities) {
        for (const item of data[alias("r", model)].items as AnswerItem[]) {
          for (const field of personalOf(model)) {
            if (!seesPersonalData(role)) expect(item[field], `${model}.${field}`).toBeNull();
            tally("personal fields");
          }
          for (const relation of references(model)) {
            const id = columns.get(model)!.get(item.id)![relation.relationFields![0]!];
            const target = rowOf(relation.type, id);
            const got = item[relation.name] as AnswerItem | null | undefined;
            if (id === null || id === undefined) expect(got, `${model}.${relation.name}`).toBeNull();
            else if (visible(role, target)) expect(got?.id, `${model} ${item.id}.${relation.name}`).toBe(id);
            else expect(got, `${model} ${item.id}.${relation.name} → hidden ${relation.type} ${id}`).toBeNull();
            if (got && !seesPersonalData(role))
              for (const field of personalOf(relation.type)) expect(got[field]).toBeNull();
            tally("to-one relations");
          }
        }
      }
    });

    it("list relations and their counts hold only the viewer's rows", async () => {
      const fields = entities.flatMap(({ model, plural }) =>
        listRelations(model).map(
          ({ field }) =>
            `${alias("m", model, field.name)}: ${plural}(deleted: ALL, take: 20) { items { id ${field.name}(take: 20) { id } ${field.name}Count } }`,
        ),
      );
      const { data, errors } = await run(apps[role], fields);
      expect(errors).toEqual([]);
      for (const { model } of entities) {
        for (const { field, column } of listRelations(model)) {
          for (const item of data[alias("m", model, field.name)].items as AnswerItem[]) {
            const expected = world
              .rowsOf(field.type)
              .filter((child) => columns.get(field.type)!.get(child.id)![column] === item.id && visible(role, child))
              .map((child) => child.id)
              .sort((a, b) => a - b);
            expect(
              (item[field.name] as { id: number }[]).map((child) => child.id).sort((a, b) => a - b),
              `${model} ${item.id}.${field.name}`,
            ).toEqual(expected);
            expect(item[`${field.name}Count`], `${model} ${item.id}.${field.name}Count`).toBe(expected.length);
            tally("list relations and counts", 2);
          }
        }
      }
    });

    it("relation filters never match, count or confirm a hidden row", async () => {
      const fields: string[] = [];
      const expectations: { key: string; expected: number; what: string }[] = [];
      for (const { model, plural } of entities) {
        const visibleRows = world.rowsOf(model).filter((row) => visible(role, row));
        for (const relation of references(model)) {
          const column = relation.relationFields![0]!;
          for (const hidden of hiddenRows(role, relation.type)) {
            const key = alias("f", model, relation.name, hidden.id);
            fields.push(
              `${key}: ${plural}(deleted: ALL, where: { ${relation.name}: { id: { equals: ${hidden.id} } } }) { totalCount }`,
            );
            expectations.push({
              key,
              expected: 0,
              what: `${model}.${relation.name} = hidden ${relation.type} ${hidden.id}`,
            });
          }
          const key = alias("any", model, relation.name);
          fields.push(`${key}: ${plural}(deleted: ALL, where: { ${relation.name}: { id: { gt: 0 } } }) { totalCount }`);
          const expected = visibleRows.filter((row) =>
            visible(role, rowOf(relation.type, columns.get(model)!.get(row.id)![column])),
          ).length;
          expectations.push({ key, expected, what: `${model}.${relation.name} exists` });
        }
        for (const { field, column } of listRelations(model)) {
          const hiddenChildren = hiddenRows(role, field.type).filter(
            (child) => columns.get(field.type)!.get(child.id)![column] != null,
          );
          for (const child of hiddenChildren) {
            const some = alias("s", model, field.name, child.id);
            fields.push(
              `${some}: ${plural}(deleted: ALL, where: { ${field.name}: { some: { id: { equals: ${child.id} } } } }) { totalCount }`,
            );
            expectations.push({ key: some, expected: 0, what: `${model}.${field.name} some hidden ${child.id}` });
            const none = alias("n", model, field.name, child.id);
            fields.push(
              `${none}: ${plural}(deleted: ALL, where: { ${field.name}: { none: { id: { equals: ${child.id} } } } }) { totalCount }`,
            );
            expectations.push({
              key: none,
              expected: visibleRows.length,
              what: `${model}.${field.name} none hidden ${child.id}`,
            });
          }
        }
      }
      const { data, errors } = await run(apps[role], fields);
      expect(errors).toEqual([]);
      for (const { key, expected, what } of expectations) expect(data[key].totalCount, what).toBe(expected);
      tally("relation filters", expectations.length);
    });

    it("hidden rows never order results", async () => {
      const fields = entities.flatMap(({ model, plural }) =>
        references(model).map(
          (r) =>
            `${alias("o", model, r.name)}: ${plural}(deleted: ALL, take: 100, orderBy: [{ ${r.name}: { createdAt: ASC } }]) { items { id } }`,
        ),
      );
      const orders: Record<string, unknown>[] = [];
      for (const when of [null, "1990-01-01T00:00:00Z", "2100-01-01T00:00:00Z"]) {
        if (when) {
          for (const { model } of entities) {
            const ids = hiddenRows(role, model).map((row) => row.id);
            if (ids.length > 0)
              await modelDelegate(db.prisma, model).updateMany({
                where: { id: { in: ids } },
                data: { createdAt: new Date(when) },
              });
          }
        }
        const { data, errors } = await run(apps[role], fields);
        expect(errors).toEqual([]);
        orders.push(data);
      }
      expect(orders[1]).toEqual(orders[0]);
      expect(orders[2]).toEqual(orders[0]);
      tally("sort paths", fields.length * 2);
    });

    it("history and errors answer the same for a hidden record as for a missing one", async () => {
      const missing = 987_654;
      const writer = role === "townAdmin" || role === "zoneSecretary";
      const fields = entities.flatMap(({ model }) => [
        `${alias("hm", model)}: history(entity: "${model}", recordId: ${missing}) { id }`,
        ...hiddenRows(role, model).map(
          (row) => `${alias("hh", model, row.id)}: history(entity: "${model}", recordId: ${row.id}) { id }`,
        ),
      ]);
      const { errors } = await run(apps[role], fields);
      const byAlias = new Map(errors.map((e) => [e.path?.[0], e]));
      for (const { model } of entities) {
        const absent = byAlias.get(alias("hm", model))!;
        expect(absent.extensions.code).toBe("NOT_FOUND");
        for (const row of hiddenRows(role, model)) {
          const answer = byAlias.get(alias("hh", model, row.id));
          expect(answer?.extensions.code, `${model} ${row.id}`).toBe("NOT_FOUND");
          expect(answer?.message.replace(String(row.id), "#")).toBe(absent.message.replace(String(missing), "#"));
          tally("history of hidden records");
        }
      }
      if (!writer) return;
      for (const resource of entities) {
        const { model, single, naturalKey } = resource;
        if (!naturalKey || !mayWriteEntity(model, viewers[role])) continue;
        const hidden = hiddenRows(role, model)[0];
        if (!hidden) continue;
        const stored = columns.get(model)!.get(hidden.id)!;
        const input: Record<string, unknown> = {};
        for (const field of requiredFields(model)) input[field.name] = sampleValue(field);
        for (const key of naturalKey)
          input[key] = stored[key] instanceof Date ? (stored[key] as Date).toISOString().slice(0, 10) : stored[key];
        const answer = await execute(
          apps[role],
          `mutation($data: ${model}CreateInput!) { upsert${upper(single)}(data: $data) { id } }`,
          { data: input },
        );
        const error = answer.errors?.[0];
        expect(error, `upsert ${model} on a hidden row's key`).toBeDefined();
        // "Taken" (CONFLICT) is the one thing a key may tell; the other refusals come before the key is looked at.
        expect(["CONFLICT", "REFERENCE", "FORBIDDEN", "BAD_USER_INPUT"]).toContain(error!.extensions!.code);
        expect(JSON.stringify(answer), `upsert ${model} names no hidden id`).not.toMatch(
          new RegExp(`\\b${hidden.id}\\b`),
        );
        tally("natural keys of hidden records");
      }
      for (const { model, single } of entities) {
        if (!mayWriteEntity(model, viewers[role])) continue;
        const Name = upper(single);
        const absent = await execute(apps[role], `mutation { delete${Name}(id: ${missing}) { id } }`);
        for (const row of hiddenRows(role, model).slice(0, 2)) {
          const answer = await execute(apps[role], `mutation { delete${Name}(id: ${row.id}) { id } }`);
          expect(answer.errors?.[0]?.extensions?.code, `${model} ${row.id}`).toBe("NOT_FOUND");
          expect(answer.errors?.[0]?.message.replace(String(row.id), "#")).toBe(
            absent.errors?.[0]?.message.replace(String(missing), "#"),
          );
          expect((await modelDelegate(db.prisma, model).findUnique({ where: { id: row.id } }))!.deletedAt).toBeNull();
          tally("writes to hidden records");
        }
      }
    });

    it("every foreign key refuses a target outside what the role may see, and nothing is written", async () => {
      if (role !== "townAdmin" && role !== "zoneSecretary") return;
      const home = role === "zoneSecretary" ? "A1" : "A1";
      for (const { model, single } of entities) {
        if (!mayWriteEntity(model, viewers[role])) continue;
        const own = world.at(model, home) ?? world.at(model, "A");
        if (!own || !sees(role, model, own.place)) continue;
        const Name = upper(single);
        const input: Record<string, unknown> = {};
        for (const field of requiredFields(model)) input[field.name] = sampleValue(field);
        for (const relation of references(model)) {
          const column = relation.relationFields![0]!;
          const value = columns.get(model)!.get(own.id)![column];
          if (value !== null && value !== undefined) input[column] = value;
        }
        for (const relation of references(model)) {
          const column = relation.relationFields![0]!;
          const hidden = hiddenRows(role, relation.type).at(-1);
          if (!hidden) continue;
          const before = await modelDelegate(db.prisma, model).count();
          const created = await execute(
            apps[role],
            `mutation($data: ${model}CreateInput!) { create${Name}(data: $data) { id } }`,
            {
              data: { ...input, [column]: hidden.id },
            },
          );
          expect(
            created.errors?.[0]?.extensions?.code,
            `create ${model}.${column} → hidden ${relation.type}: ${JSON.stringify(created.errors)}`,
          ).toBe("REFERENCE");
          expect(created.errors?.[0]?.extensions?.field).toBe(column);
          expect(await modelDelegate(db.prisma, model).count()).toBe(before);
          const updated = await execute(
            apps[role],
            `mutation { update${Name}(id: ${own.id}, data: { ${column}: ${hidden.id} }) { id } }`,
          );
          expect(updated.errors?.[0]?.extensions?.code, `update ${model}.${column} → hidden ${relation.type}`).toBe(
            "REFERENCE",
          );
          expect(columns.get(model)!.get(own.id)![column]).toBe(
            (await modelDelegate(db.prisma, model).findUnique({ where: { id: own.id } }))![column],
          );
          tally("foreign keys written", 2);
        }
      }
    });

    it("personal data cannot be filtered or sorted by roles that may not see it", async () => {
      const fields: string[] = [];
      for (const { model, plural } of entities) {
        for (const field of personalOf(model)) {
          fields.push(`${alias("pf", model, field)}: ${plural}(where: { ${field}: { isNull: false } }) { totalCount }`);
          fields.push(`${alias("po", model, field)}: ${plural}(orderBy: [{ ${field}: ASC }]) { totalCount }`);
        }
        for (const relation of references(model)) {
          for (const field of personalOf(relation.type)) {
            fields.push(
              `${alias("pr", model, relation.name, field)}: ${plural}(orderBy: [{ ${relation.name}: { ${field}: DESC } }]) { totalCount }`,
            );
          }
        }
      }
      const { errors } = await run(apps[role], fields);
      if (seesPersonalData(role)) expect(errors).toEqual([]);
      else {
        expect(errors.map((e) => e.path?.[0]).sort()).toEqual(fields.map((f) => f.slice(0, f.indexOf(":"))).sort());
        expect(new Set(errors.map((e) => e.extensions.code))).toEqual(new Set(["FORBIDDEN"]));
      }
      tally("personal filters and sorts", fields.length);
    });
  });
});
