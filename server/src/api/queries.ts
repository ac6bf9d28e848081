// Read fields for every entity: one record, an offset page with totalCount (the
// admin), a Relay connection (BI tools).
import { resources, type Resource } from "@p181/schema";
import type { Prisma } from "@p181/db";
import type { ArgBuilder } from "@pothos/core";
import { canSeePersonalData } from "../auth/viewer.ts";
import { builder, type BuilderTypes, type ModelShape } from "../builder.ts";
import type { Context } from "../context.ts";
import { modelDelegate, type ModelDelegate } from "../database/delegates.ts";
import { modelFilter } from "./filters.ts";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./limits.ts";
import { listWhere, pageRows, type ListRows } from "./list-args.ts";
import { modelOrderBy, toPrismaOrderBy } from "./ordering.ts";
import { DeletedFilter, readWhere } from "./scoping.ts";

type PageParent = ListRows;

/**
 * How Prisma loads the relations a query selects: as JSON built by one SQL statement (join),
 * or one statement per relation level (query). The join form selects every column of each
 * related table in a subquery, which the roles without personal-data rights may not read
 * (column privileges), so they keep the per-level form.
 */
export function relationStrategy(context: Context): "join" | "query" {
  return canSeePersonalData(context.viewer) ? "join" : "query";
}

/** The Prisma delegate of a model, e.g. prisma.partyMember. */
export function delegate(context: Context, resource: Resource): ModelDelegate<ModelShape> {
  return modelDelegate(context.prisma, resource.model);
}

function listArgs(arg: ArgBuilder<BuilderTypes>, model: string) {
  return {
    where: arg({ type: modelFilter(model), description: "Conditions the rows must meet." }),
    orderBy: arg({ type: [modelOrderBy(model)], description: "Sort keys, most significant first." }),
    deleted: arg({ type: DeletedFilter, defaultValue: "LIVE" }),
  };
}

function pageType(resource: Resource, model: Prisma.ModelName) {
  const ref = builder.objectRef<PageParent>(`${resource.model}Page`);
  ref.implement({
    description: `A page of ${resource.model} (${resource.label}) and the number of rows matching the filter.`,
    fields: (t) => ({
      items: t.prismaField({
        type: [model],
        description: "The rows of this page.",
        resolve: (query, parent, _args, context) =>
          delegate(context, resource).findMany({
            ...query,
            relationLoadStrategy: relationStrategy(context),
            where: parent.where,
            orderBy: parent.orderBy,
            skip: parent.skip,
            take: parent.take,
          }),
      }),
      totalCount: t.int({
        description: "Rows matching the filter, over all pages.",
        resolve: (parent, _args, context) => delegate(context, resource).count({ where: parent.where }),
      }),
    }),
  });
  return ref;
}

for (const resource of Object.values(resources)) {
  const model = resource.model as Prisma.ModelName;
  const page = pageType(resource, model);
  builder.queryFields((t) => ({
    [resource.single]: t.prismaField({
      type: model,
      nullable: true,
      description: `${resource.label} | One ${resource.model} by id, if it exists within your area.`,
      args: { id: t.arg.int({ required: true }), deleted: t.arg({ type: DeletedFilter, defaultValue: "LIVE" }) },
      resolve: (query, _root, args, context) =>
        delegate(context, resource).findFirst({
          ...query,
          relationLoadStrategy: relationStrategy(context),
          where: readWhere(context, { id: args.id }, args.deleted),
        }),
    }),
    [resource.plural]: t.field({
      type: page,
      description: `${resource.label} | A page of ${resource.model} rows with the total count (offset paging).`,
      args: {
        ...listArgs(t.arg, resource.model),
        skip: t.arg.int({ defaultValue: 0, description: "Rows to skip." }),
        take: t.arg.int({ defaultValue: DEFAULT_PAGE_SIZE, description: `Rows to return (at most ${MAX_PAGE_SIZE}).` }),
      },
      resolve: (_root, args, context): PageParent => pageRows(resource.model, context, args),
    }),
    [`${resource.plural}Connection`]: t.prismaConnection(
      {
        type: model,
        cursor: "id",
        defaultSize: DEFAULT_PAGE_SIZE,
        maxSize: MAX_PAGE_SIZE,
        description: `${resource.label} | ${resource.model} rows as a Relay cursor connection.`,
        args: listArgs(t.arg, resource.model),
        totalCount: (_connection, args, context) =>
          delegate(context, resource).count({ where: listWhere(resource.model, context, args) }),
        resolve: (query, _root, args, context) =>
          delegate(context, resource).findMany({
            ...query,
            relationLoadStrategy: relationStrategy(context),
            where: listWhere(resource.model, context, args),
            orderBy: toPrismaOrderBy(resource.model, args.orderBy, context.viewer),
          }),
      },
      {},
      {},
    ),
  }));
}
