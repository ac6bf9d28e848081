// `<plural>Aggregate` and `<plural>GroupBy` for every entity: count, sum, avg, min and
// max of the numeric fields, grouped by any scalar or enum field or by a date cut to
// year, quarter or month, with the same filters and area scope as the lists.
import { datamodel, resources, type FieldMeta, type Resource } from "@p181/schema";
import { GraphQLError } from "graphql";
import { builder, type BuilderTypes } from "../builder.ts";
import type { Context } from "../context.ts";
import { enumRef } from "./enums.ts";
import { graphqlScalar, isNumeric } from "./field-types.ts";
import { modelFilter, toPrismaWhere } from "./filters.ts";
import { MAX_PAGE_SIZE } from "./limits.ts";
import { delegate } from "./queries.ts";
import { DeletedFilter, readWhere, type Deleted } from "./scoping.ts";
import { compileWhere, quote, SqlParams } from "../sql/where.ts";

const DatePart = builder.enumType("DatePart", {
  description: "日期粒度 | How dates are cut when grouping.",
  values: {
    YEAR: { value: "year", description: "年 | Calendar year." },
    QUARTER: { value: "quarter", description: "季度 | Calendar quarter." },
    MONTH: { value: "month", description: "月 | Calendar month." },
  } as const,
});

type Numbers = Record<string, number | null>;
interface AggregateShape {
  count: number;
  sum: Numbers;
  avg: Numbers;
  min: Numbers;
  max: Numbers;
}

function numericFields(resource: Resource): FieldMeta[] {
  return datamodel.models[resource.model]!.fields.filter(
    (f) => isNumeric(f) && f.name !== "id" && !f.name.endsWith("Id"),
  );
}

function groupableFields(resource: Resource): FieldMeta[] {
  return datamodel.models[resource.model]!.fields.filter(
    (f) =>
      f.kind !== "object" &&
      !f.isList &&
      f.type !== "Json" &&
      !resource.personalFields.includes(f.name) &&
      !resource.hiddenFields.includes(f.name),
  );
}

function numbersType(resource: Resource, fields: FieldMeta[]) {
  return builder.objectRef<Numbers>(`${resource.model}Numbers`).implement({
    description: `Numeric fields of ${resource.model}, aggregated.`,
    fields: (t) =>
      Object.fromEntries(
        fields.map((f) => [
          f.name,
          t.float({ nullable: true, description: `${f.label} | ${f.description}`, resolve: (n) => n[f.name] ?? null }),
        ]),
      ),
  });
}

function toNumbers(values: Record<string, unknown> | null | undefined): Numbers {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([k, v]) => [k, v === null || v === undefined ? null : Number(v)]),
  );
}

for (const resource of Object.values(resources)) {
  const numeric = numericFields(resource);
  const groupable = groupableFields(resource);
  const numbers = numeric.length > 0 ? numbersType(resource, numeric) : null;
  const statFields = <Shape extends AggregateShape>(t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Shape>) => ({
    count: t.int({ description: "行数 | Number of rows.", resolve: (a) => a.count }),
    ...(numbers
      ? Object.fromEntries(
          (["sum", "avg", "min", "max"] as const).map((stat) => [
            stat,
            t.field({ type: numbers, resolve: (a) => a[stat] }),
          ]),
        )
      : {}),
  });

  const aggregate = builder.objectRef<AggregateShape>(`${resource.model}Aggregate`).implement({
    description: `Aggregates over ${resource.model} (${resource.label}).`,
    fields: statFields,
  });

  const groupField = builder.enumType(`${resource.model}GroupField`, {
    description: `Fields ${resource.model} can be grouped by.`,
    values: Object.fromEntries(groupable.map((f) => [f.name, { description: `${f.label} | ${f.description}` }])),
  });
  const groupKey = builder.objectRef<Record<string, unknown>>(`${resource.model}GroupKey`).implement({
    description: `The values a ${resource.model} group shares; fields not grouped by are null.`,
    fields: (t) =>
      Object.fromEntries(
        groupable.map((f) => [
          f.name,
          t.field({
            type: f.kind === "enum" ? enumRef(f.type) : graphqlScalar(f),
            nullable: true,
            description: `${f.label} | ${f.description}`,
            resolve: (key) => key[f.name],
          }),
        ]),
      ),
  });
  const group = builder
    .objectRef<AggregateShape & { key: Record<string, unknown> }>(`${resource.model}Group`)
    .implement({
      description: `One group of ${resource.model} rows and its aggregates.`,
      fields: (t) => ({
        key: t.field({ type: groupKey, resolve: (g) => g.key }),
        ...statFields(t),
      }),
    });

  builder.queryFields((t) => ({
    [`${resource.plural}Aggregate`]: t.field({
      type: aggregate,
      description: `${resource.label} | Count, sum, average, minimum and maximum over the matching rows.`,
      args: {
        where: t.arg({ type: modelFilter(resource.model) }),
        deleted: t.arg({ type: DeletedFilter, defaultValue: "LIVE" }),
      },
      resolve: async (_root, args, context): Promise<AggregateShape> => {
        const where = readWhere(context, toPrismaWhere(resource.model, args.where, context.viewer), args.deleted);
        const pick = Object.fromEntries(numeric.map((f) => [f.name, true]));
        const result = await delegate(context, resource).aggregate({
          where,
          _count: { _all: true },
          ...(numeric.length ? { _sum: pick, _avg: pick, _min: pick, _max: pick } : {}),
        });
        return {
          count: result._count._all,
          sum: toNumbers(result._sum),
          avg: toNumbers(result._avg),
          min: toNumbers(result._min),
          max: toNumbers(result._max),
        };
      },
    }),
    [`${resource.plural}GroupBy`]: t.field({
      type: [group],
      description: `${resource.label} | Aggregates per group of rows sharing the values of the given fields.`,
      args: {
        by: t.arg({ type: [groupField], required: true, description: "Fields to group by." }),
        datePart: t.arg({ type: DatePart, description: "Cut date fields in `by` to this part (e.g. per year)." }),
        where: t.arg({ type: modelFilter(resource.model) }),
        deleted: t.arg({ type: DeletedFilter, defaultValue: "LIVE" }),
        take: t.arg.int({ defaultValue: MAX_PAGE_SIZE, description: `Groups to return (at most ${MAX_PAGE_SIZE}).` }),
      },
      resolve: (_root, args, context) => groupBy(resource, numeric, context, args),
    }),
  }));
}

async function groupBy(
  resource: Resource,
  numeric: FieldMeta[],
  context: Context,
  args: {
    by: string[];
    datePart?: string | null;
    where?: Record<string, unknown> | null;
    deleted?: Deleted | null;
    take?: number | null;
  },
) {
  if (args.by.length === 0)
    throw new GraphQLError("groupBy needs at least one field in `by`", { extensions: { code: "BAD_USER_INPUT" } });
  const meta = datamodel.models[resource.model]!;
  const where = readWhere(context, toPrismaWhere(resource.model, args.where, context.viewer), args.deleted);
  const params = new SqlParams();
  const keys = [...new Set(args.by)].map((name) => {
    const field = meta.fields.find((f) => f.name === name)!;
    const column = `t.${quote(name)}`;
    const cut = args.datePart && field.type === "DateTime" ? `date_trunc('${args.datePart}', ${column})` : column;
    return { name, sql: field.dbType === "Date" && cut !== column ? `${cut}::date` : cut };
  });
  const stats = numeric.flatMap((f) =>
    (["sum", "avg", "min", "max"] as const).map(
      (stat) => `${stat}(t.${quote(f.name)})::float8 AS ${quote(`${stat}_${f.name}`)}`,
    ),
  );
  // `take` has a default; only an explicit null reaches here without one, and gets no groups.
  const sql = `SELECT ${keys.map((k) => `${k.sql} AS ${quote(`key_${k.name}`)}`).join(", ")}, count(*)::int AS "count"${stats.length ? `, ${stats.join(", ")}` : ""}
    FROM ${quote(resource.model)} t
    WHERE ${compileWhere(resource.model, where, "t", params)}
    GROUP BY ${keys.map((_, i) => i + 1).join(", ")}
    ORDER BY ${keys.map((_, i) => i + 1).join(", ")}
    LIMIT ${Math.max(0, Math.min(args.take ?? 0, MAX_PAGE_SIZE))}`;
  const rows = await context.prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params.values);
  return rows.map((row) => {
    const pick = (prefix: string) =>
      Object.fromEntries(
        Object.entries(row)
          .filter(([k]) => k.startsWith(prefix))
          .map(([k, v]) => [k.slice(prefix.length), v]),
      );
    return {
      key: pick("key_"),
      count: row.count as number,
      sum: toNumbers(pick("sum_")),
      avg: toNumbers(pick("avg_")),
      min: toNumbers(pick("min_")),
      max: toNumbers(pick("max_")),
    };
  });
}
