// Every write goes through here: single, bulk, nested and import. PostgreSQL decides
// which rows the viewer may write (row-level security, also on the changed row, so nothing
// can be moved out of the area) and whether each foreign key points at a row the viewer
// may see; each record written is journalled for the audit log and re-checked by the
// domain rules before the transaction commits.
import { mayWriteEntity, resourceOf } from "@p181/schema";
import type { Prisma } from "@p181/db";
import type { Viewer } from "../../auth/viewer.ts";
import { modelDelegate, type ModelDelegate, type ModelRow } from "../../database/delegates.ts";
import { isKnownRequestError } from "../../security/prisma-errors.ts";
import { forbidden, invalid, notFound } from "./errors.ts";
import { canonicalIdentifiers } from "./identifiers.ts";
import { childRelations, requiredFields, writableFields } from "./fields.ts";
import type { Journal } from "./journal.ts";
import { lockNaturalKeys } from "./key-locks.ts";
import { assertUnchanged, nextVersion, versionCondition } from "./stale.ts";

export interface WriteContext {
  tx: Prisma.TransactionClient;
  viewer: Viewer;
  journal: Journal;
}

type Input = Record<string, unknown>;
type Row = ModelRow;

function table(ctx: WriteContext, model: string): ModelDelegate {
  return modelDelegate(ctx.tx, resourceOf(model).model);
}

function assertMayWrite(ctx: WriteContext, model: string): void {
  if (!mayWriteEntity(model, ctx.viewer))
    throw forbidden(`您的角色不能修改${resourceOf(model).label} / your role may not change ${model}`, {
      entity: model,
    });
}

/**
 * Updates a row the viewer can see; one they may see but not change is refused by name (they
 * know it). With `expected`, only that version of the row is updated (write/stale.ts).
 */
async function updateVisible(
  ctx: WriteContext,
  model: string,
  before: Row,
  data: Input,
  expected?: Date | null,
): Promise<Row> {
  const id = before.id;
  try {
    return await table(ctx, model).update({
      where: { id, ...versionCondition(expected) },
      data: { ...data, updatedById: ctx.viewer.userId, updatedAt: nextVersion(before.updatedAt as Date) },
    });
  } catch (error) {
    if (isKnownRequestError(error) && error.code === "P2025") {
      if (expected) {
        const current: Row | null = await table(ctx, model).findFirst({ where: { id } });
        if (current) assertUnchanged(model, current, expected);
      }
      throw forbidden(
        `${resourceOf(model).label} ${id} 不在您的修改范围内 / ${model} ${id} is outside the area you may change`,
        { entity: model, recordId: id },
      );
    }
    throw error;
  }
}

function scalarData(ctx: WriteContext, model: string, input: Input): Input {
  const allowed = new Set(writableFields(model, ctx.viewer).map((f) => f.name));
  const children = new Set(childRelations(model).map((c) => c.field.name));
  const data: Input = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || children.has(key)) continue;
    if (!allowed.has(key)) throw invalid(model, key, "不能由客户端写入 / cannot be written by your role");
    data[key] = value;
  }
  return canonicalIdentifiers(model, data);
}

export async function createRecord(ctx: WriteContext, model: string, input: Input, fixed: Input = {}): Promise<number> {
  assertMayWrite(ctx, model);
  const data = { ...scalarData(ctx, model, input), ...fixed };
  for (const field of requiredFields(model)) {
    if (data[field.name] === undefined || data[field.name] === null)
      throw invalid(model, field.name, `${field.label}必填 / is required`);
  }
  const created: Row = await table(ctx, model).create({
    data: { ...data, createdById: ctx.viewer.userId, updatedById: ctx.viewer.userId },
  });
  ctx.journal.record({ model, recordId: created.id, action: "CREATE", before: null, after: created });
  await writeChildren(ctx, model, created.id, input);
  return created.id;
}

/** The row as the viewer sees it; hidden and missing rows get the same answer. */
async function liveRow(ctx: WriteContext, model: string, id: number, deleted = false): Promise<Row> {
  assertMayWrite(ctx, model);
  const row = await table(ctx, model).findFirst({ where: { id, deletedAt: deleted ? { not: null } : null } });
  if (!row) throw notFound(model, id);
  return row;
}

/** `expected`: the `updatedAt` the client read; the write is refused (STALE) if the row has changed since. */
export async function updateRecord(
  ctx: WriteContext,
  model: string,
  id: number,
  input: Input,
  fixed: Input = {},
  expected?: Date | null,
): Promise<number> {
  const before = await liveRow(ctx, model, id);
  assertUnchanged(model, before, expected);
  const data = { ...scalarData(ctx, model, input), ...fixed };
  if (Object.keys(data).length > 0) {
    const after = await updateVisible(ctx, model, before, data, expected);
    ctx.journal.record({ model, recordId: id, action: "UPDATE", before, after });
  }
  await writeChildren(ctx, model, id, input);
  return id;
}

export async function deleteRecord(
  ctx: WriteContext,
  model: string,
  id: number,
  expected?: Date | null,
): Promise<number> {
  const before = await liveRow(ctx, model, id);
  assertUnchanged(model, before, expected);
  const after = await updateVisible(ctx, model, before, { deletedAt: new Date() }, expected);
  ctx.journal.record({ model, recordId: id, action: "DELETE", before, after });
  return id;
}

export async function restoreRecord(
  ctx: WriteContext,
  model: string,
  id: number,
  expected?: Date | null,
): Promise<number> {
  const before = await liveRow(ctx, model, id, true);
  assertUnchanged(model, before, expected);
  const after = await updateVisible(ctx, model, before, { deletedAt: null }, expected);
  ctx.journal.record({ model, recordId: id, action: "RESTORE", before, after });
  return id;
}

/**
 * Creates, or updates the record with the same natural key (restoring it if it was deleted).
 * Only rows the viewer can see are found: a key taken by a hidden row ends in a CONFLICT
 * that names the key, not the row. Concurrent upserts of the same key wait for each other
 * (key-locks.ts), so they are idempotent.
 */
export async function upsertRecord(ctx: WriteContext, model: string, given: Input): Promise<number> {
  // The key is looked up as it is stored: an ID number typed with a lower-case x finds its row.
  const input = canonicalIdentifiers(model, given);
  const key = resourceOf(model).naturalKey;
  if (!key) throw invalid(model, "id", "没有自然键，不能按键更新 / has no natural key to upsert on");
  for (const field of key) {
    if (input[field] === undefined || input[field] === null)
      throw invalid(model, field, "按键更新时必填 / is required to upsert");
  }
  await lockNaturalKeys(ctx.tx, model, [input]);
  const existing: Row | null = await table(ctx, model).findFirst({
    where: Object.fromEntries(key.map((f) => [f, input[f]])),
  });
  if (!existing) return createRecord(ctx, model, input);
  if (existing.deletedAt) await restoreRecord(ctx, model, existing.id);
  return updateRecord(ctx, model, existing.id, input);
}

interface ChildInput {
  create?: Input[];
  connect?: number[];
  disconnect?: number[];
  update?: { id: number; data: Input; expectedUpdatedAt?: Date | null }[];
  delete?: number[];
}

async function writeChildren(ctx: WriteContext, model: string, parentId: number, input: Input): Promise<void> {
  for (const relation of childRelations(model)) {
    const nested = input[relation.field.name] as ChildInput | undefined | null;
    if (!nested) continue;
    const owned = { [relation.foreignKey]: parentId };
    const belongs = async (childId: number) => {
      const child = await liveRow(ctx, relation.target, childId);
      if (child[relation.foreignKey] !== parentId) throw notFound(relation.target, childId);
    };
    for (const child of nested.create ?? []) await createRecord(ctx, relation.target, child, owned);
    for (const childId of nested.connect ?? []) await updateRecord(ctx, relation.target, childId, {}, owned);
    for (const childId of nested.disconnect ?? []) {
      if (relation.foreignKeyRequired)
        throw invalid(relation.target, relation.foreignKey, "必填，不能断开 / is required and cannot be disconnected");
      await belongs(childId);
      await updateRecord(ctx, relation.target, childId, {}, { [relation.foreignKey]: null });
    }
    for (const { id, data, expectedUpdatedAt } of nested.update ?? []) {
      await belongs(id);
      await updateRecord(ctx, relation.target, id, data, {}, expectedUpdatedAt);
    }
    for (const childId of nested.delete ?? []) {
      await belongs(childId);
      await deleteRecord(ctx, relation.target, childId);
    }
  }
}
