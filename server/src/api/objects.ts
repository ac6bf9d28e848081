// The GraphQL object type of every entity: its fields (with personal data null for roles
// that may not see it), to-one relations (nullable where row-level security may hide the
// target), filtered to-many relations and their counts, and who created and last changed
// it. Relations resolve through plugin-prisma's selection merging.
import { datamodel, mayPointOutsideArea, resourceOf, resources, type FieldMeta } from "@p181/schema";
import { canSeePersonalData } from "../auth/viewer.ts";
import { AccountName, accountName } from "./accounts.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { enumRef } from "./enums.ts";
import { graphqlScalar } from "./field-types.ts";
import { modelFilter, toPrismaWhere } from "./filters.ts";
import { modelOrderBy, toPrismaOrderBy } from "./ordering.ts";
import { pageSize } from "./limits.ts";
import { readWhere } from "./scoping.ts";

function outputType(field: FieldMeta): any {
  const base = field.kind === "enum" ? enumRef(field.type) : graphqlScalar(field);
  return field.isList ? [base] : base;
}

const isAuditUser = (field: FieldMeta) =>
  field.type === "User" && !field.isList && field.relationFields !== undefined && /(CreatedBy|UpdatedBy)$/.test(field.relationName ?? "");

function describe(field: FieldMeta): string {
  return `${field.label} | ${field.description}`;
}

export function exposedFields(model: string): FieldMeta[] {
  const hidden = resourceOf(model).hiddenFields;
  return datamodel.models[model]!.fields.filter((f) => !hidden.includes(f.name));
}

for (const resource of Object.values(resources)) {
  const model = resource.model;
  builder.prismaObject(model as any, {
    description: `${resource.label} | ${resource.description}`,
    fields: (t: any) => {
      const fields: Record<string, any> = {};
      for (const field of exposedFields(model)) {
        if (field.kind !== "object") {
          if (resource.personalFields.includes(field.name)) {
            fields[field.name] = t.field({
              type: outputType(field),
              nullable: true,
              description: `${describe(field)} Personal data: null for roles that may not see it.`,
              resolve: (parent: Record<string, unknown>, _args: unknown, context: Context) =>
                canSeePersonalData(context.viewer) ? parent[field.name] : null,
            });
          } else {
            fields[field.name] = t.expose(field.name, { type: outputType(field), nullable: !field.isRequired, description: describe(field) });
          }
        } else if (isAuditUser(field)) {
          const column = field.relationFields![0]!;
          fields[field.name] = t.field({
            type: AccountName,
            nullable: true,
            description: describe(field),
            resolve: (parent: Record<string, unknown>, _args: unknown, context: Context) => accountName(context, parent[column] as number | null),
          });
        } else if (!datamodel.models[field.type] || !resources[field.type]) {
          continue;
        } else if (!field.isList) {
          const nullable = mayPointOutsideArea(model, field);
          fields[field.name] = t.relation(field.name, {
            nullable,
            description: nullable && field.isRequired ? `${describe(field)} Null when it lies outside your area.` : describe(field),
          });
        } else {
          fields[field.name] = t.relation(field.name, {
            description: describe(field),
            args: {
              where: t.arg({ type: modelFilter(field.type) }),
              orderBy: t.arg({ type: [modelOrderBy(field.type)] }),
              skip: t.arg.int(),
              take: t.arg.int(),
            },
            query: (args: any, context: Context) => ({
              where: readWhere(context, toPrismaWhere(field.type, args.where, context.viewer)),
              orderBy: toPrismaOrderBy(field.type, args.orderBy, context.viewer),
              skip: args.skip ?? 0,
              take: pageSize(args.take),
            }),
          });
          fields[`${field.name}Count`] = t.relationCount(field.name, {
            description: `${field.label}数量 | Number of ${field.name} (live, within your area).`,
            args: { where: t.arg({ type: modelFilter(field.type) }) },
            where: (args: any, context: Context) =>
              readWhere(context, toPrismaWhere(field.type, args.where, context.viewer)),
          });
        }
      }
      return fields;
    },
  });
}
