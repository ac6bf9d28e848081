import SchemaBuilder, { type InputFieldsFromShape, type RecursivelyNormalizeNullableFields } from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type PrismaTypes from "@p181/db/pothos-types";
import { getDatamodel } from "@p181/db/pothos-types";
import type { Prisma } from "@p181/db";
import type { Context } from "./context.ts";
import { isProduction } from "./settings.ts";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    Decimal: { Input: Prisma.Decimal; Output: Prisma.Decimal | number | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [RelayPlugin, PrismaPlugin],
  relay: {},
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: isProduction() ? null : "warn",
  },
});

builder.queryType({});
builder.mutationType({});

/** The schema types of `builder` (Pothos's `Types` parameter), for refs and helpers outside a type's definition. */
export type BuilderTypes = typeof builder.$inferSchemaTypes;

/** The fields `implement` takes for an input type of shape `Shape`, when they are built in a loop. */
export type InputFields<Shape extends object> = InputFieldsFromShape<
  BuilderTypes,
  RecursivelyNormalizeNullableFields<Shape>,
  "InputObject"
>;

/** A row of an entity (a model with a numeric id), as plugin-prisma types a model field's parent and result. */
export type ModelShape = Extract<PrismaTypes[Prisma.ModelName]["Shape"], { id: number }>;

/**
 * The field builder of a Prisma object whose model is named at run time, in a loop over the
 * datamodel. plugin-prisma types `t.expose`, `t.relation` and `t.relationCount` by the field names
 * of one model, and a union of the models makes TypeScript give up (its relation cache overflows),
 * so these fields are checked by Pothos when the schema is built, and by the API tests.
 */
// biome-ignore lint/suspicious/noExplicitAny: plugin-prisma types a model's field builder by a model name known only at run time here
export type RuntimeModelFieldBuilder = any;
