// A STALE error carries the row as it is now, seen as the viewer sees it: its fields are
// resolved and serialised by the entity's own GraphQL type, as a mutation's result is (so
// personal data is null for roles that may not read it, dates are YYYY-MM-DD, decimals
// strings), and `updatedBy` is the account's display name only.
import {
  GraphQLError,
  defaultFieldResolver,
  getNullableType,
  isLeafType,
  isListType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
} from "graphql";
import type { Context } from "../context.ts";
import type { AccountNameShape } from "./accounts.ts";
import { exposedFields } from "./object-fields.ts";
import { STALE_ROW } from "./write/stale.ts";

type Row = Record<string, unknown>;

function serialize(type: GraphQLOutputType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) return (value as unknown[]).map((item) => serialize(nullable.ofType, item));
  return isLeafType(nullable) ? nullable.serialize(value) : null;
}

/** The field's value on `row`, by the type's own resolver (as if the row were a mutation's result). */
function resolve(
  type: GraphQLObjectType,
  field: GraphQLField<unknown, Context>,
  row: Row,
  context: Context,
  info: GraphQLResolveInfo,
): unknown {
  return (field.resolve ?? defaultFieldResolver)(row, {}, context, {
    ...info,
    fieldName: field.name,
    returnType: field.type,
    parentType: type,
  });
}

async function currentValues(model: string, row: Row, context: Context, info: GraphQLResolveInfo) {
  const type = info.schema.getType(model) as GraphQLObjectType;
  const fields = type.getFields();
  const current: Row = {};
  for (const meta of exposedFields(model)) {
    const field = fields[meta.name];
    if (meta.kind === "object" || !field) continue;
    current[meta.name] = serialize(field.type, await resolve(type, field, row, context, info));
  }
  const updatedBy = fields.updatedBy
    ? ((await resolve(type, fields.updatedBy, row, context, info)) as AccountNameShape | null)
    : null;
  return { current, updatedBy: updatedBy && { id: updatedBy.id, displayName: updatedBy.displayName } };
}

/** The error with the current values of its stale row added (`extensions.current`, `extensions.updatedBy`); other errors unchanged. */
export async function withCurrentValues(error: unknown, context: Context, info: GraphQLResolveInfo): Promise<unknown> {
  if (!(error instanceof GraphQLError)) return error;
  const row = Reflect.get(error.extensions, STALE_ROW) as Row | undefined;
  if (!row) return error;
  const extensions: Record<string, unknown> = { ...error.extensions };
  Reflect.deleteProperty(extensions, STALE_ROW);
  const { current, updatedBy } = await currentValues(String(extensions.entity), row, context, info);
  return new GraphQLError(error.message, { extensions: { ...extensions, updatedBy, current } });
}
