// Compiles the Prisma where-objects the API builds (user filters, soft delete, area
// scope) to SQL, for the queries Prisma cannot express (group by a truncated date) and the
// compiled reads (api/compiled/). Identifiers come from the datamodel only; every value is a bind parameter.
import { datamodel, type FieldMeta } from "@p181/schema";

export class SqlParams {
  readonly values: unknown[] = [];
  private aliases = 0;
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ""}`;
  }
  alias(): string {
    return `r${++this.aliases}`;
  }
}

export const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

type Where = Record<string, unknown>;

function fieldOf(model: string, name: string): FieldMeta {
  const field = datamodel.models[model]?.fields.find((f) => f.name === name);
  if (!field) throw new Error(`Unknown field ${model}.${name}`);
  return field;
}

function castOf(field: FieldMeta): string | undefined {
  if (field.kind === "enum") return quote(field.type);
  if (field.type === "Decimal") return "numeric";
  if (field.type === "DateTime") return field.dbType === "Date" ? "date" : "timestamp(3)";
  return undefined;
}

function isPlainObject(value: unknown): value is Where {
  return (
    typeof value === "object" &&
    value !== null &&
    !(value instanceof Date) &&
    !Array.isArray(value) &&
    !("toFixed" in (value as object))
  );
}

export function compileWhere(model: string, where: Where, alias: string, params: SqlParams): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue;
    if (key === "AND") parts.push(all((value as Where[]).map((w) => compileWhere(model, w, alias, params))));
    else if (key === "OR") parts.push(any((value as Where[]).map((w) => compileWhere(model, w, alias, params))));
    else if (key === "NOT") parts.push(`NOT (${compileWhere(model, value as Where, alias, params)})`);
    else {
      const field = fieldOf(model, key);
      parts.push(
        field.kind === "object"
          ? relation(model, field, value as Where, alias, params)
          : scalar(field, value, `${alias}.${quote(key)}`, params),
      );
    }
  }
  return all(parts);
}

function all(parts: string[]): string {
  const real = parts.filter((p) => p !== "TRUE");
  return real.length === 0 ? "TRUE" : real.length === 1 ? real[0]! : `(${real.join(" AND ")})`;
}

function any(parts: string[]): string {
  return parts.length === 0 ? "FALSE" : `(${parts.join(" OR ")})`;
}

function scalar(field: FieldMeta, condition: unknown, column: string, params: SqlParams): string {
  const cast = castOf(field);
  if (condition === null) return `${column} IS NULL`;
  if (!isPlainObject(condition)) return `${column} = ${params.add(condition, cast)}`;
  const insensitive = condition.mode === "insensitive";
  const like = insensitive ? "ILIKE" : "LIKE";
  const parts: string[] = [];
  for (const [op, value] of Object.entries(condition)) {
    if (value === undefined || op === "mode") continue;
    switch (op) {
      case "equals":
        parts.push(value === null ? `${column} IS NULL` : `${column} = ${params.add(value, cast)}`);
        break;
      case "not":
        parts.push(
          value === null
            ? `${column} IS NOT NULL`
            : isPlainObject(value)
              ? `NOT (${scalar(field, value, column, params)})`
              : `${column} IS DISTINCT FROM ${params.add(value, cast)}`,
        );
        break;
      case "in":
        parts.push(`${column} = ANY(${params.add(value, cast ? `${cast}[]` : undefined)})`);
        break;
      case "notIn":
        parts.push(`NOT (${column} = ANY(${params.add(value, cast ? `${cast}[]` : undefined)}))`);
        break;
      case "lt":
      case "lte":
      case "gt":
      case "gte": {
        const operator = { lt: "<", lte: "<=", gt: ">", gte: ">=" }[op];
        parts.push(`${column} ${operator} ${params.add(value, cast)}`);
        break;
      }
      // As in Prisma, the value is a LIKE pattern: filters.ts has escaped the user's % _ and \.
      case "contains":
        parts.push(`${column} ${like} ${params.add(`%${String(value)}%`)}`);
        break;
      case "startsWith":
        parts.push(`${column} ${like} ${params.add(`${String(value)}%`)}`);
        break;
      case "endsWith":
        parts.push(`${column} ${like} ${params.add(`%${String(value)}`)}`);
        break;
      case "has":
        parts.push(`${params.add(value, cast)} = ANY(${column})`);
        break;
      case "hasSome":
        parts.push(`${column} && ${params.add(value, cast ? `${cast}[]` : "text[]")}`);
        break;
      case "hasEvery":
        parts.push(`${column} @> ${params.add(value, cast ? `${cast}[]` : "text[]")}`);
        break;
      case "isEmpty":
        parts.push(value ? `cardinality(${column}) = 0` : `cardinality(${column}) > 0`);
        break;
      default:
        throw new Error(`Unsupported filter operator ${op}`);
    }
  }
  return all(parts);
}

function relation(model: string, field: FieldMeta, condition: Where, alias: string, params: SqlParams): string {
  const target = field.type;
  const inner = params.alias();
  let outerKey: string;
  let innerKey: string;
  if (field.relationFields) {
    outerKey = `${alias}.${quote(field.relationFields[0]!)}`;
    innerKey = `${inner}."id"`;
  } else {
    const back = datamodel.models[target]!.fields.find(
      (f) => f.relationName === field.relationName && f.relationFields,
    );
    if (!back) throw new Error(`Cannot follow ${model}.${field.name}`);
    outerKey = `${alias}."id"`;
    innerKey = `${inner}.${quote(back.relationFields![0]!)}`;
  }
  // "A related row matches" as an uncorrelated IN (SELECT …), with EXISTS's two-valued result (no
  // NULL key on either side). PostgreSQL runs each subquery once and hashes it; correlated EXISTS
  // nested a few relations deep got nested-loop plans, exponential in the depth.
  const exists = (where: Where, negate = false) =>
    `${negate ? "NOT " : ""}(${outerKey} IS NOT NULL AND ${outerKey} IN (SELECT ${innerKey} FROM ${quote(target)} ${inner} WHERE ${innerKey} IS NOT NULL AND ${compileWhere(target, where, inner, params)}))`;
  if (!field.isList) {
    if ("is" in condition || "isNot" in condition) {
      const parts: string[] = [];
      if (condition.is !== undefined)
        parts.push(
          condition.is === null
            ? `${alias}.${quote(field.relationFields![0]!)} IS NULL`
            : exists(condition.is as Where),
        );
      if (condition.isNot !== undefined)
        parts.push(
          condition.isNot === null
            ? `${alias}.${quote(field.relationFields![0]!)} IS NOT NULL`
            : exists(condition.isNot as Where, true),
        );
      return all(parts);
    }
    return exists(condition);
  }
  const parts: string[] = [];
  if (condition.some) parts.push(exists(condition.some as Where));
  if (condition.none) parts.push(exists(condition.none as Where, true));
  if (condition.every) parts.push(exists({ NOT: condition.every as Where }, true));
  return all(parts);
}
