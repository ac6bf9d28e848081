// The GraphQL object type of every entity: its fields (with personal data null for roles
// that may not see it), to-one relations (nullable where row-level security may hide the
// target), filtered to-many relations and their counts, and who created and last changed
// it. Relations resolve through plugin-prisma's selection merging; what each field is comes
// from object-fields.ts.
import { mayPointOutsideArea, resources, type FieldMeta } from "@p181/schema";
import type { Prisma } from "@p181/db";
import type { FieldMap, TypeParam } from "@pothos/core";
import { canSeePersonalData } from "../auth/viewer.ts";
import { AccountName, accountName } from "./accounts.ts";
import { builder, type BuilderTypes, type RuntimeModelFieldBuilder } from "../builder.ts";
import type { Context } from "../context.ts";
import { enumRef } from "./enums.ts";
import { graphqlScalar } from "./field-types.ts";
import { modelFilter } from "./filters.ts";
import { listWhere, relationRows, type ListArgs } from "./list-args.ts";
import { objectFields } from "./object-fields.ts";
import { modelOrderBy } from "./ordering.ts";

function outputType(field: FieldMeta): TypeParam<BuilderTypes> {
  const base = field.kind === "enum" ? enumRef(field.type) : graphqlScalar(field);
  return field.isList ? [base] : base;
}

function describe(field: FieldMeta): string {
  return `${field.label} | ${field.description}`;
}

for (const resource of Object.values(resources)) {
  const model = resource.model;
  builder.prismaObject(model as Prisma.ModelName, {
    description: `${resource.label} | ${resource.description}`,
    fields: (t: RuntimeModelFieldBuilder) => {
      const fields: FieldMap = {};
      for (const [name, exposed] of objectFields(model)) {
        const field = exposed.field;
        switch (exposed.kind) {
          case "column":
            fields[name] = exposed.personal
              ? t.field({
                  type: outputType(field),
                  nullable: true,
                  description: `${describe(field)} Personal data: null for roles that may not see it.`,
                  resolve: (parent: Record<string, unknown>, _args: unknown, context: Context) =>
                    canSeePersonalData(context.viewer) ? parent[name] : null,
                })
              : t.expose(name, { type: outputType(field), nullable: !field.isRequired, description: describe(field) });
            break;
          case "account":
            fields[name] = t.field({
              type: AccountName,
              nullable: true,
              description: describe(field),
              resolve: (parent: Record<string, unknown>, _args: unknown, context: Context) =>
                accountName(context, parent[exposed.column] as number | null),
            });
            break;
          case "toOne": {
            const nullable = mayPointOutsideArea(model, field);
            fields[name] = t.relation(name, {
              nullable,
              description:
                nullable && field.isRequired
                  ? `${describe(field)} Null when it lies outside your area.`
                  : describe(field),
            });
            break;
          }
          case "list":
            fields[name] = t.relation(name, {
              description: describe(field),
              args: {
                where: t.arg({ type: modelFilter(field.type) }),
                orderBy: t.arg({ type: [modelOrderBy(field.type)] }),
                skip: t.arg.int(),
                take: t.arg.int(),
              },
              query: (args: ListArgs, context: Context) => relationRows(field.type, context, args),
            });
            break;
          case "count":
            fields[name] = t.relationCount(field.name, {
              description: `${field.label}数量 | Number of ${field.name} (live, within your area).`,
              args: { where: t.arg({ type: modelFilter(field.type) }) },
              where: (args: ListArgs, context: Context) => listWhere(field.type, context, { where: args.where }),
            });
            break;
        }
      }
      return fields;
    },
  });
}
