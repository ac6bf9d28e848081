// Write fields for every entity: create, update, soft delete, restore, upsert on the
// natural key, and their bulk forms, with nested writes of child lists.
import { resources, type Resource } from "@p181/schema";
import type { Prisma } from "@p181/db";
import type { ArgBuilder, InputFieldMap, InputObjectRef, InputShapeFromFields } from "@pothos/core";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { builder, type BuilderTypes, type InputFields } from "../builder.ts";
import type { Context } from "../context.ts";
import { enumRef } from "./enums.ts";
import { graphqlScalar } from "./field-types.ts";
import { modelFilter, toPrismaWhere } from "./filters.ts";
import { delegate } from "./queries.ts";
import { readWhere } from "./scoping.ts";
import { withCurrentValues } from "./stale-values.ts";
import { createRecord, deleteRecord, restoreRecord, updateRecord, upsertRecord } from "./write/engine.ts";
import { lockNaturalKeys } from "./write/key-locks.ts";
import { childRelations, requiredFields, writableFields } from "./write/fields.ts";
import { runWrite } from "./write/run.ts";
import { toClientError } from "../security/prisma-errors.ts";

type Input = Record<string, unknown>;
type MutationFields = PothosSchemaTypes.MutationFieldBuilder<BuilderTypes, BuilderTypes["Root"]>;
const upper = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The most rows one bulk mutation may write. */
export const MAX_BULK_ROWS = 5_000;

const inputs = new Map<string, InputObjectRef<BuilderTypes, Input>>();

const EXPECTED_UPDATED_AT =
  "读取时的更新时间 | The `updatedAt` you read (optimistic concurrency). If the row has changed since, nothing is written and the error is `STALE`, " +
  "with `extensions.current` (the row's values now, as you may see them), `updatedAt` and `updatedBy` (who changed it). Leave it out to write regardless.";
const expectedArg = (arg: ArgBuilder<BuilderTypes>) => arg({ type: "DateTime", description: EXPECTED_UPDATED_AT });

/** A field resolver's errors, a STALE one with the current values of its row (api/stale-values.ts). */
async function explained<T>(context: Context, info: GraphQLResolveInfo, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw await withCurrentValues(error, context, info);
  }
}

function dataInput(model: string, kind: "Create" | "Update"): InputObjectRef<BuilderTypes, Input> {
  const name = `${model}${kind}Input`;
  const existing = inputs.get(name);
  if (existing) return existing;
  const ref = builder.inputRef<Input>(name);
  inputs.set(name, ref);
  const required = new Set(requiredFields(model).map((f) => f.name));
  ref.implement({
    description:
      kind === "Create" ? `Values of a new ${model}.` : `Changes to a ${model}; fields left out keep their value.`,
    fields: (t) => {
      const fields: InputFieldMap = {};
      for (const field of writableFields(model, null)) {
        const base = field.kind === "enum" ? enumRef(field.type) : graphqlScalar(field);
        // Foreign keys stay optional here: nested under their parent they are filled in.
        const isRequired = kind === "Create" && required.has(field.name) && !field.name.endsWith("Id");
        fields[field.name] = t.field({
          type: field.isList ? [base] : base,
          required: isRequired,
          description: `${field.label} | ${field.description}`,
        });
      }
      for (const child of childRelations(model)) {
        fields[child.field.name] = t.field({
          type: nestedInput(child.target),
          description: `${child.field.label} | ${child.field.description}`,
        });
      }
      // A JSON field's value is `unknown`, which the fields of a record-shaped input cannot name.
      return fields as InputFields<Input>;
    },
  });
  return ref;
}

function nestedInput(model: string): InputObjectRef<BuilderTypes, Input> {
  const name = `${model}NestedInput`;
  const existing = inputs.get(name);
  if (existing) return existing;
  const ref = builder.inputRef<Input>(name);
  inputs.set(name, ref);
  const update = rowUpdateInput(model);
  ref.implement({
    description: `Writes to a list of ${model} under its parent.`,
    fields: (t) => ({
      create: t.field({ type: [dataInput(model, "Create")], description: "New rows, attached to the parent." }),
      connect: t.intList({ description: "Existing rows (by id) to attach to the parent." }),
      disconnect: t.intList({ description: "Rows to detach from the parent (optional links only)." }),
      update: t.field({ type: [update], description: "Rows of the parent to change." }),
      delete: t.intList({ description: "Rows of the parent to soft-delete." }),
    }),
  });
  return ref;
}

function rowUpdateInput(model: string): InputObjectRef<BuilderTypes, Input> {
  const name = `${model}RowUpdate`;
  const existing = inputs.get(name);
  if (existing) return existing;
  const ref = builder.inputType(name, {
    description: `Changes to one ${model}, by id.`,
    fields: (t) => ({
      id: t.int({ required: true }),
      data: t.field({ type: dataInput(model, "Update"), required: true }),
      expectedUpdatedAt: t.field({ type: "DateTime", description: EXPECTED_UPDATED_AT }),
    }),
  }) as InputObjectRef<BuilderTypes, Input>;
  inputs.set(name, ref);
  return ref;
}

/**
 * Writes rows in order; an error names the row (0-based `extensions.row`, counted from
 * `first` when the rows follow others of the same mutation) it came from.
 */
async function eachRow<T>(rows: T[], write: (row: T) => Promise<number>, first = 0): Promise<number[]> {
  const ids: number[] = [];
  for (const [index, row] of rows.entries()) {
    try {
      ids.push(await write(row));
    } catch (error) {
      const known = error instanceof GraphQLError ? error : toClientError(error);
      if (!known) throw error;
      const number = first + index;
      throw new GraphQLError(`第${number + 1}行 / row ${number + 1}: ${known.message}`, {
        extensions: { ...known.extensions, row: number },
      });
    }
  }
  return ids;
}

type RowChange = { id: number; data: Input; expectedUpdatedAt?: Date | null };

const WriteResult = builder.objectRef<{ count: number; ids: number[] }>("WriteResult").implement({
  description: "写入结果 | What a bulk mutation wrote.",
  fields: (t) => ({
    count: t.exposeInt("count", { description: "Rows written." }),
    ids: t.exposeIntList("ids", { description: "Ids of the rows written." }),
  }),
});

function tooMany(count: number): GraphQLError | null {
  return count > MAX_BULK_ROWS
    ? new GraphQLError(`一次最多写入${MAX_BULK_ROWS}行 / at most ${MAX_BULK_ROWS} rows per mutation`, {
        extensions: { code: "BAD_USER_INPUT" },
      })
    : null;
}

async function matchingIds(
  resource: Resource,
  context: Context,
  where: Input,
  deleted: "LIVE" | "DELETED",
): Promise<number[]> {
  const rows: { id: number }[] = await delegate(context, resource).findMany({
    where: readWhere(context, toPrismaWhere(resource.model, where, context.viewer), deleted),
    select: { id: true },
    orderBy: { id: "asc" },
    take: MAX_BULK_ROWS + 1,
  });
  const error = tooMany(rows.length);
  if (error) throw error;
  return rows.map((row) => row.id);
}

for (const resource of Object.values(resources)) {
  const { model } = resource;
  const Name = upper(resource.single);
  const Names = upper(resource.plural);
  const create = dataInput(model, "Create");
  const update = dataInput(model, "Update");
  const one = <Args extends InputFieldMap>(
    t: MutationFields,
    description: string,
    args: Args,
    write: (args: InputShapeFromFields<Args>, context: Context) => Promise<number>,
  ) =>
    t.prismaField({
      type: model as Prisma.ModelName,
      description: `${resource.label} | ${description}`,
      args,
      resolve: async (query, _root, args, context, info) => {
        const id = await explained(context, info, () => write(args, context));
        return delegate(context, resource).findUniqueOrThrow({ ...query, where: { id } });
      },
    });
  const many = <Args extends InputFieldMap>(
    t: MutationFields,
    description: string,
    args: Args,
    write: (args: InputShapeFromFields<Args>, context: Context) => Promise<number[]>,
  ) =>
    t.field({
      type: WriteResult,
      description: `${resource.label} | ${description} All rows or none: one bad row writes nothing.`,
      args,
      resolve: async (_root, args, context, info) => {
        const ids = await explained(context, info, () => write(args, context));
        return { count: ids.length, ids };
      },
    });

  builder.mutationFields((t) => ({
    [`create${Name}`]: one(
      t,
      `Creates a ${model}, with nested child rows.`,
      { data: t.arg({ type: create, required: true }) },
      (args, context) => runWrite(context, (ctx) => createRecord(ctx, model, args.data)),
    ),
    [`update${Name}`]: one(
      t,
      `Changes a ${model} and, nested, its child rows.`,
      {
        id: t.arg.int({ required: true }),
        data: t.arg({ type: update, required: true }),
        expectedUpdatedAt: expectedArg(t.arg),
      },
      (args, context) =>
        runWrite(context, (ctx) => updateRecord(ctx, model, args.id, args.data, {}, args.expectedUpdatedAt)),
    ),
    [`delete${Name}`]: one(
      t,
      `Soft-deletes a ${model}; restore it with restore${Name}.`,
      { id: t.arg.int({ required: true }), expectedUpdatedAt: expectedArg(t.arg) },
      (args, context) => runWrite(context, (ctx) => deleteRecord(ctx, model, args.id, args.expectedUpdatedAt)),
    ),
    [`restore${Name}`]: one(
      t,
      `Restores a soft-deleted ${model}.`,
      { id: t.arg.int({ required: true }), expectedUpdatedAt: expectedArg(t.arg) },
      (args, context) => runWrite(context, (ctx) => restoreRecord(ctx, model, args.id, args.expectedUpdatedAt)),
    ),
    ...(resource.naturalKey
      ? {
          [`upsert${Name}`]: one(
            t,
            `Creates a ${model} or updates the one with the same ${resource.naturalKey.join(" + ")}.`,
            { data: t.arg({ type: create, required: true }) },
            (args, context) => runWrite(context, (ctx) => upsertRecord(ctx, model, args.data)),
          ),
          [`upsertMany${Names}`]: many(
            t,
            `Creates or updates many ${model} rows by ${resource.naturalKey.join(" + ")}.`,
            { data: t.arg({ type: [create], required: true }) },
            (args, context) => {
              const error = tooMany(args.data.length);
              if (error) throw error;
              return runWrite(context, async (ctx) => {
                await lockNaturalKeys(ctx.tx, model, args.data);
                return eachRow(args.data, (row) => upsertRecord(ctx, model, row));
              });
            },
          ),
        }
      : {}),
    [`createMany${Names}`]: many(
      t,
      `Creates many ${model} rows.`,
      { data: t.arg({ type: [create], required: true }) },
      (args, context) => {
        const error = tooMany(args.data.length);
        if (error) throw error;
        return runWrite(context, (ctx) => eachRow(args.data, (row) => createRecord(ctx, model, row)));
      },
    ),
    [`updateEach${Names}`]: many(
      t,
      `Applies different changes to several ${model} rows, each by id (each may name the version it read: expectedUpdatedAt).`,
      { data: t.arg({ type: [rowUpdateInput(model)], required: true }) },
      (args, context) => {
        const error = tooMany(args.data.length);
        if (error) throw error;
        return runWrite(context, (ctx) =>
          eachRow(args.data as RowChange[], (row) =>
            updateRecord(ctx, model, row.id, row.data, {}, row.expectedUpdatedAt),
          ),
        );
      },
    ),
    [`saveRows${Names}`]: many(
      t,
      `Changes some ${model} rows (each by id, at the version it read: expectedUpdatedAt) and adds new ones: a block pasted into a grid. Errors count rows over \`update\`, then \`create\`.`,
      {
        update: t.arg({ type: [rowUpdateInput(model)], required: true, defaultValue: [] }),
        create: t.arg({ type: [create], required: true, defaultValue: [] }),
      },
      (args, context) => {
        const changes = args.update as RowChange[];
        const additions = args.create;
        const error = tooMany(changes.length + additions.length);
        if (error) throw error;
        return runWrite(context, async (ctx) => [
          ...(await eachRow(changes, (row) => updateRecord(ctx, model, row.id, row.data, {}, row.expectedUpdatedAt))),
          ...(await eachRow(additions, (row) => createRecord(ctx, model, row), changes.length)),
        ]);
      },
    ),
    [`updateMany${Names}`]: many(
      t,
      `Applies the same changes to every ${model} matching the filter.`,
      { where: t.arg({ type: modelFilter(model), required: true }), data: t.arg({ type: update, required: true }) },
      async (args, context) => {
        const ids = await matchingIds(resource, context, args.where, "LIVE");
        return runWrite(context, async (ctx) => {
          for (const id of ids) await updateRecord(ctx, model, id, args.data);
          return ids;
        });
      },
    ),
    [`deleteMany${Names}`]: many(
      t,
      `Soft-deletes every ${model} matching the filter.`,
      { where: t.arg({ type: modelFilter(model), required: true }) },
      async (args, context) => {
        const ids = await matchingIds(resource, context, args.where, "LIVE");
        return runWrite(context, async (ctx) => {
          for (const id of ids) await deleteRecord(ctx, model, id);
          return ids;
        });
      },
    ),
    [`restoreMany${Names}`]: many(
      t,
      `Restores every soft-deleted ${model} matching the filter.`,
      { where: t.arg({ type: modelFilter(model), required: true }) },
      async (args, context) => {
        const ids = await matchingIds(resource, context, args.where, "DELETED");
        return runWrite(context, async (ctx) => {
          for (const id of ids) await restoreRecord(ctx, model, id);
          return ids;
        });
      },
    ),
  }));
}
