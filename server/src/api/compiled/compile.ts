// A read compiled to one SQL statement that builds the whole `data` object as JSON in
// PostgreSQL (as PostGraphile does): every list, nested relation, count and totalCount is a
// subquery, so a read of any depth is one round trip, and the API does no per-row work.
// It covers the entity reads (`<plural>` pages, `<single>` by id, forward `<plural>Connection`
// pages) with every column, relation, count and audit name of the object types; anything else
// (reports, aggregates, backward or sorted connections, history, introspection) is
// NotCompilable and runs through the resolvers.
//
// The arguments go through the same functions the resolvers use (filters, sort keys, page
// sizes, soft delete, personal-data refusals), and the statement runs in the request's
// transaction as its viewer, so row-level security and column privileges scope it exactly
// as they scope Prisma's queries. `compiled-reads.test.ts` compares the two paths.
import { datamodel, resources, type FieldMeta, type Resource } from "@p181/schema";
import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
} from "graphql";
import { canSeePersonalData } from "../../auth/viewer.ts";
import type { Context } from "../../context.ts";
import type { DirectRead } from "../../database/transaction.ts";
import { log } from "../../logging.ts";
import type { Where } from "../filters.ts";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../limits.ts";
import { listWhere, pageRows, relationRows, type ListArgs, type ListRows } from "../list-args.ts";
import { objectFields } from "../object-fields.ts";
import { readWhere, type Deleted } from "../scoping.ts";
import { compileWhere, quote, SqlParams } from "../../sql/where.ts";
import { NotCompilable, Selections, type SelectedField } from "./selection.ts";

type RootField = { kind: "one" | "page" | "connection"; resource: Resource };

/** The arguments of the fields compiled (coerced by graphql-js, as the resolvers receive them). */
interface FieldArgs extends ListArgs {
  id?: number;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const rootFields = new Map<string, RootField>(
  Object.values(resources).flatMap((resource) => [
    [resource.single, { kind: "one", resource }] as const,
    [resource.plural, { kind: "page", resource }] as const,
    [`${resource.plural}Connection`, { kind: "connection", resource }] as const,
  ]),
);

/** json_build_object takes at most 100 arguments, i.e. 50 keys; wider objects are a row turned into JSON. */
const MAX_BUILD_KEYS = 50;

/** The operation's read as one statement, or null: the DirectReader the request transaction runs without Prisma. */
export function readCompiled(args: ExecutionArgs, context: Context): DirectRead | null {
  return compileRead(args.schema, args.document, args.operationName, args.variableValues, context);
}

/** The read as one statement, or null when it is not a query the compiler covers. */
export function compileRead(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
  context: Context,
): DirectRead | null {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== "query") return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  try {
    const compiler = new ReadCompiler(schema, new Selections(fragments, coerced.coerced), coerced.coerced, context);
    const data = compiler.root(operation.selectionSet);
    return { sql: `SELECT (${data})::text AS data`, values: compiler.params.values };
  } catch (error) {
    // Not covered, or arguments the resolvers refuse: they run and report it. Anything else is
    // a gap in the compiler, worth knowing about, but the resolvers still answer.
    if (!(error instanceof NotCompilable) && !(error instanceof GraphQLError))
      log.warn("read not compiled", { error: (error as Error).message });
    return null;
  }
}

class ReadCompiler {
  readonly params = new SqlParams();
  private readonly personal: boolean;
  private readonly columnsUsed = new Map<string, Set<string>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly selections: Selections,
    private readonly variables: Record<string, unknown>,
    private readonly context: Context,
  ) {
    this.personal = canSeePersonalData(context.viewer);
  }

  root(selectionSet: Parameters<Selections["collect"]>[0]): string {
    const query = this.schema.getQueryType()!;
    return jsonObject(
      this.selections.collect(selectionSet, query.name).map((selected) => {
        if (selected.name === "__typename") return [selected.key, text(query.name)];
        const root = rootFields.get(selected.name);
        if (!root) throw new NotCompilable(`Query.${selected.name}`);
        const args = this.args(query.name, selected);
        const compile = { one: this.one, page: this.page, connection: this.connection }[root.kind];
        return [selected.key, compile.call(this, root.resource, args, selected)];
      }),
    );
  }

  private one(resource: Resource, args: FieldArgs, selected: SelectedField): string {
    const alias = this.params.alias();
    const where = readWhere(this.context, { id: args.id }, args.deleted as Deleted);
    return `(SELECT ${this.object(resource.model, selected, alias)} FROM ${quote(resource.model)} ${alias} WHERE ${compileWhere(resource.model, where, alias, this.params)})`;
  }

  private page(resource: Resource, args: FieldArgs, selected: SelectedField): string {
    const model = resource.model;
    const rows = pageRows(model, this.context, args);
    const typeName = `${model}Page`;
    return jsonObject(
      this.selections.collect(selected.node.selectionSet, typeName).map((field) => {
        switch (field.name) {
          case "__typename":
            return [field.key, text(typeName)];
          case "items":
            return [field.key, this.list(model, field, rows)];
          case "totalCount":
            return [field.key, this.count(model, rows.where)];
          default:
            throw new NotCompilable(`${typeName}.${field.name}`);
        }
      }),
    );
  }

  /**
   * A Relay connection walked forwards (`first`, `after`; sorted by id), the way BI tools pull
   * every row: as plugin-prisma's prismaConnection answers it, with its cursors (`GPC:N:<id>`)
   * and its reading of `after` (rows from the cursor row on, which must still be visible, minus
   * one). Backward pages and other sort orders go to the resolvers.
   */
  private connection(resource: Resource, args: FieldArgs, selected: SelectedField): string {
    const model = resource.model;
    if (args.last != null || args.before != null || (args.orderBy?.length ?? 0) > 0)
      throw new NotCompilable("a backward or sorted connection");
    if (args.first != null && (!Number.isSafeInteger(args.first) || args.first < 0)) throw new NotCompilable("first");
    const after = args.after == null ? null : cursorId(args.after);
    const size = Math.min(args.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const where = listWhere(model, this.context, args);
    const connectionType = this.fieldType(this.schema.getQueryType()!.name, selected.name);
    const edgeType = this.fieldType(connectionType, "edges");
    const alias = this.params.alias();
    const page = this.params.alias();
    const nodes: string[] = [];
    const parts = this.selections.collect(selected.node.selectionSet, connectionType).map((field): [string, string] => {
      switch (field.name) {
        case "__typename":
          return [field.key, text(connectionType)];
        case "totalCount":
          return [field.key, this.count(model, where)];
        case "edges": {
          const edge = this.selections.collect(field.node.selectionSet, edgeType).map((part): [string, string] => {
            if (part.name === "__typename") return [part.key, text(edgeType)];
            if (part.name === "cursor") return [part.key, cursorSql(`${page}.id`)];
            if (part.name !== "node") throw new NotCompilable(`${edgeType}.${part.name}`);
            nodes.push(`${this.object(model, part, alias)} AS o${nodes.length}`);
            return [part.key, `${page}.o${nodes.length - 1}`];
          });
          return [
            field.key,
            `coalesce(json_agg(${jsonObject(edge)} ORDER BY ${page}.n) FILTER (WHERE ${page}.n <= ${size}), '[]'::json)`,
          ];
        }
        case "pageInfo": {
          const info: Record<string, string> = {
            __typename: text("PageInfo"),
            hasNextPage: `count(*) > ${size}`,
            hasPreviousPage: after === null ? "false" : "true",
            startCursor: cursorSql(`min(${page}.id) FILTER (WHERE ${page}.n <= ${size})`),
            endCursor: cursorSql(`max(${page}.id) FILTER (WHERE ${page}.n <= ${size})`),
          };
          return [
            field.key,
            jsonObject(
              this.selections.collect(field.node.selectionSet, "PageInfo").map((part): [string, string] => {
                const value = info[part.name];
                if (!value) throw new NotCompilable(`PageInfo.${part.name}`);
                return [part.key, value];
              }),
            ),
          ];
        }
        default:
          throw new NotCompilable(`${connectionType}.${field.name}`);
      }
    });
    const conditions = [compileWhere(model, where, alias, this.params)];
    if (after !== null)
      conditions.push(`${alias}."id" >= (SELECT c."id" FROM ${quote(model)} c WHERE c."id" = ${after})`);
    // One row more than the page tells whether there is a next one.
    const rows =
      `SELECT ${alias}."id" AS id${nodes.map((node) => `, ${node}`).join("")} FROM ${quote(model)} ${alias}` +
      ` WHERE ${conditions.join(" AND ")} ORDER BY ${alias}."id" ASC LIMIT ${size + 1} OFFSET ${after === null ? 0 : 1}`;
    return `(SELECT ${jsonObject(parts)} FROM (SELECT r.*, row_number() OVER (ORDER BY r.id) AS n FROM (${rows}) r) ${page})`;
  }

  /** The name of the type a field returns, lists and non-null unwrapped. */
  private fieldType(typeName: string, fieldName: string): string {
    const type = this.schema.getType(typeName) as
      | { getFields?: () => Record<string, GraphQLField<unknown, unknown>> }
      | undefined;
    const field = type?.getFields?.()[fieldName];
    if (!field) throw new NotCompilable(`${typeName}.${fieldName}`);
    return getNamedType(field.type).name;
  }

  /** A JSON array of the rows, in order: a subquery per list. */
  private list(model: string, selected: SelectedField, rows: ListRows, link?: (alias: string) => string): string {
    if (!Number.isSafeInteger(rows.skip) || !Number.isSafeInteger(rows.take) || rows.skip < 0 || rows.take < 0)
      throw new NotCompilable("paging");
    const alias = this.params.alias();
    const conditions = [link?.(alias), compileWhere(model, rows.where, alias, this.params)]
      .filter(Boolean)
      .join(" AND ");
    const order = rows.orderBy.map((entry) => this.orderTerm(model, entry, alias)).join(", ");
    // The page's rows first, their JSON after: built in the sorting query, it would be built for
    // every matching row before the sort (PostgreSQL postpones only expensive expressions).
    // json_agg keeps the order of its input, a sorted subquery (the aggregate is not parallel).
    const object = this.object(model, selected, alias);
    // Only the columns the JSON uses: the fewer, the less PostgreSQL copies through the sort.
    const columns = [...(this.columnsUsed.get(alias) ?? ["id"])].map((name) => `${alias}.${quote(name)}`).join(", ");
    const page = `SELECT ${columns} FROM ${quote(model)} ${alias} WHERE ${conditions} ORDER BY ${order} LIMIT ${rows.take} OFFSET ${rows.skip}`;
    return `coalesce((SELECT json_agg(${object}) FROM (${page}) ${alias}), '[]'::json)`;
  }

  /** A column of the row `alias`, noted as used (list() selects only those). */
  private column(alias: string, name: string): string {
    const used = this.columnsUsed.get(alias) ?? new Set<string>();
    used.add(name);
    this.columnsUsed.set(alias, used);
    return `${alias}.${quote(name)}`;
  }

  private count(model: string, where: Where, link?: (alias: string) => string): string {
    const alias = this.params.alias();
    const conditions = [link?.(alias), compileWhere(model, where, alias, this.params)].filter(Boolean).join(" AND ");
    return `(SELECT count(*)::int FROM ${quote(model)} ${alias} WHERE ${conditions})`;
  }

  private object(model: string, selected: SelectedField, alias: string): string {
    const fields = objectFields(model);
    const parts = this.selections.collect(selected.node.selectionSet, model).map((field): [string, string] => {
      if (field.name === "__typename") return [field.key, text(model)];
      const exposed = fields.get(field.name);
      if (!exposed) throw new NotCompilable(`${model}.${field.name}`);
      switch (exposed.kind) {
        case "column":
          return [
            field.key,
            exposed.personal && !this.personal ? "NULL" : columnJson(exposed.field, this.column(alias, field.name)),
          ];
        case "account":
          return [field.key, this.account(field, this.column(alias, exposed.column))];
        case "toOne": {
          const target = exposed.field.type;
          const inner = this.params.alias();
          const key = this.column(alias, exposed.field.relationFields![0]!);
          return [
            field.key,
            `(SELECT ${this.object(target, field, inner)} FROM ${quote(target)} ${inner} WHERE ${inner}."id" = ${key})`,
          ];
        }
        case "list": {
          const args = this.args(model, field);
          const target = exposed.field.type;
          const rows = relationRows(target, this.context, args);
          return [field.key, this.list(target, field, rows, this.backLink(model, exposed.field, alias))];
        }
        case "count": {
          const args = this.args(model, field);
          const target = exposed.field.type;
          const where = listWhere(target, this.context, { where: args.where });
          return [field.key, this.count(target, where, this.backLink(model, exposed.field, alias))];
        }
        default:
          throw new NotCompilable(`${model}.${field.name}`);
      }
    });
    return jsonObject(parts);
  }

  /** The condition tying a related row (alias) to its parent row: the related table's foreign key. */
  private backLink(model: string, field: FieldMeta, parent: string): (alias: string) => string {
    const back = objectFieldsOf(field.type).find((f) => f.relationName === field.relationName && f.relationFields);
    if (!back || back.relationFields!.length !== 1) throw new NotCompilable(`${model}.${field.name}`);
    const parentId = this.column(parent, "id");
    return (alias) => `${alias}.${quote(back.relationFields![0]!)} = ${parentId}`;
  }

  /** createdBy / updatedBy: id and display name through the SECURITY DEFINER function the resolvers use. */
  private account(selected: SelectedField, column: string): string {
    const alias = this.params.alias();
    const parts = this.selections.collect(selected.node.selectionSet, "AccountName").map((field): [string, string] => {
      if (field.name === "__typename") return [field.key, text("AccountName")];
      if (field.name !== "id" && field.name !== "displayName") throw new NotCompilable(`AccountName.${field.name}`);
      return [field.key, `${alias}.${quote(field.name)}`];
    });
    return `(SELECT ${jsonObject(parts)} FROM p181.account_names(ARRAY[${column}]) ${alias})`;
  }

  /** A sort key: a column, or a column of a to-one relation (followed as a subquery, null when hidden or absent). */
  private orderTerm(model: string, entry: Record<string, unknown>, alias: string): string {
    const { expression, direction } = this.orderExpression(model, entry, alias);
    return `${expression} ${direction}`;
  }

  private orderExpression(
    model: string,
    entry: Record<string, unknown>,
    alias: string,
  ): { expression: string; direction: string } {
    const keys = Object.keys(entry);
    if (keys.length !== 1) throw new NotCompilable("a sort entry with several fields");
    const key = keys[0]!;
    const value = entry[key];
    const field = objectFieldsOf(model).find((f) => f.name === key);
    if (!field) throw new NotCompilable(`${model}.${key}`);
    if (field.kind !== "object") {
      if (value !== "asc" && value !== "desc") throw new NotCompilable("sort direction");
      return { expression: `${alias}.${quote(key)}`, direction: value === "asc" ? "ASC" : "DESC" };
    }
    if (field.isList || !field.relationFields || typeof value !== "object" || value === null)
      throw new NotCompilable(`sort by ${model}.${key}`);
    const inner = this.params.alias();
    const nested = this.orderExpression(field.type, value as Record<string, unknown>, inner);
    return {
      expression: `(SELECT ${nested.expression} FROM ${quote(field.type)} ${inner} WHERE ${inner}."id" = ${alias}.${quote(field.relationFields[0]!)})`,
      direction: nested.direction,
    };
  }

  private args(typeName: string, selected: SelectedField): FieldArgs {
    const type = this.schema.getType(typeName) as
      | { getFields?: () => Record<string, GraphQLField<unknown, unknown>> }
      | undefined;
    const definition = type?.getFields?.()[selected.name];
    if (!definition) throw new NotCompilable(`${typeName}.${selected.name}`);
    return getArgumentValues(definition, selected.node, this.variables) as FieldArgs;
  }
}

function objectFieldsOf(model: string): FieldMeta[] {
  const fields = resources[model] ? datamodel.models[model]?.fields : undefined;
  if (!fields) throw new NotCompilable(model);
  return fields;
}

/** The id in a forward cursor plugin-prisma issued, as an integer literal; anything else is the resolvers' to refuse. */
function cursorId(cursor: unknown): number {
  const match =
    typeof cursor === "string" ? /^GPC:N:(\d{1,10})$/.exec(Buffer.from(cursor, "base64").toString("utf8")) : null;
  const id = match ? Number(match[1]) : NaN;
  if (!(id <= 2_147_483_647) || Buffer.from(`GPC:N:${id}`).toString("base64") !== cursor)
    throw new NotCompilable("cursor");
  return id;
}

/** plugin-prisma's cursor of an id: base64 of `GPC:N:<id>` (null stays null). */
function cursorSql(id: string): string {
  return `encode(convert_to('GPC:N:' || ${id}, 'UTF8'), 'base64')`;
}

/** A column as the GraphQL scalar serialises it: ISO date-times, YYYY-MM-DD dates, decimals as strings without trailing zeros. */
function columnJson(field: FieldMeta, column: string): string {
  if (field.isList) {
    if (field.type !== "String" && field.kind !== "enum") throw new NotCompilable(`a list of ${field.type}`);
    // Prisma reads a NULL list as [].
    return `coalesce(${column}, '{}')`;
  }
  switch (field.type) {
    case "DateTime":
      return field.dbType === "Date"
        ? `to_char(${column}, 'YYYY-MM-DD')`
        : `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case "Decimal":
      return `trim_scale(${column})::text`;
    case "BigInt":
    case "Bytes":
      throw new NotCompilable(field.type);
    default:
      return column;
  }
}

/** A JSON object with these keys in this order. */
function jsonObject(parts: [string, string][]): string {
  if (parts.length <= MAX_BUILD_KEYS)
    return `json_build_object(${parts.map(([key, value]) => `${text(key)}, ${value}`).join(", ")})`;
  return `(SELECT row_to_json(wide) FROM (SELECT ${parts.map(([key, value]) => `${value} AS ${quote(name(key))}`).join(", ")}) wide)`;
}

/** A GraphQL name (letters, digits, underscore): the only text that reaches the SQL as a key or literal. */
function name(value: string): string {
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) throw new NotCompilable(`name ${value}`);
  return value;
}

function text(value: string): string {
  return `'${name(value)}'`;
}
