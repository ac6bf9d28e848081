// Upper bounds on the rows and values one operation can return, from the page sizes of its
// lists and the fields it selects, checked before execution. Nested lists multiply (500
// organisations × 500 members × …), which neither the depth limit nor graphql-armor's cost (it
// only multiplies by literal first/last) sees; wide selections (every column, to-one relations
// expanded through fragments) multiply the work per row. Building and sending the response runs
// on the event loop, so these bounds keep one request from stalling every other for seconds.
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { limitError } from "./errors.ts";
import { pageSizeDefaults } from "./page-size.ts";

export interface RowEstimateOptions {
  /**
   * Most rows (list items, all levels added up) one operation may ask for. Default 20,000:
   * 100 members with their organisation, town and zone is 100; towns → zones → organisations
   * with default pages is about 16,000; 500 organisations × 500 members × … is refused.
   * Measured on PostgreSQL (measure-response.ts): 20,000 nested rows of one column block the
   * event loop for about 0.5 s; the former limit, 100,000, for 1.6-3.4 s.
   */
  maxRows?: number;
  /**
   * Most values one operation may ask for: every selected field once per object holding it,
   * plus every list item, nested lists multiplied. Default 100,000: the widest page of any
   * entity (500 users with every column and relation count) is 73,000. Measured on PostgreSQL:
   * 100,000 values block the event loop for about 0.3-0.6 s; before this limit, 100,000 rows of
   * 26 columns (2.6 million values) blocked it for 15 s, and members with every to-one relation
   * expanded two levels deep for 6-65 s.
   */
  maxValues?: number;
  /** Rows assumed for a list without a page-size argument or default. Default 25, the API's default page. */
  defaultPageSize?: number;
  /** Arguments that size a page. Default take, first, last. */
  argumentNames?: readonly string[];
}

export const rowEstimateDefaults: Required<RowEstimateOptions> = {
  maxRows: 20_000,
  maxValues: 100_000,
  defaultPageSize: 25,
  argumentNames: pageSizeDefaults.argumentNames,
};

type Variables = Readonly<Record<string, unknown>> | null | undefined;

/** Where a field's page size comes from: the first of its page-size arguments that has a number, else the schema's default. */
interface PageSizeSource {
  /** In argumentNames order: a literal, or a variable (with the operation's default for it). */
  given: ({ literal: number } | { variable: string; fallback: number | undefined })[];
  schemaDefault: number | undefined;
}

/**
 * A selected field as the estimate needs it, fragments expanded. Made once per document and
 * operation (the walk over the document and the schema's fields); only the page sizes given
 * in variables are looked up per request.
 */
interface SizedField {
  /** A list of objects (rows); a list of scalars or enums is one value. Undefined for a field that only counts as one value. */
  isList?: boolean;
  pageSize?: PageSizeSource;
  children: SizedField[];
}

interface Compile {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variableDefaults: Map<string, number>;
  argumentNames: readonly string[];
}

function pageSizeSource(node: FieldNode, field: GraphQLField<unknown, unknown>, compile: Compile): PageSizeSource {
  const given: PageSizeSource["given"] = [];
  for (const name of compile.argumentNames) {
    const value = node.arguments?.find((a) => a.name.value === name)?.value;
    if (value?.kind === Kind.INT) given.push({ literal: Number(value.value) });
    else if (value?.kind === Kind.VARIABLE)
      given.push({ variable: value.name.value, fallback: compile.variableDefaults.get(value.name.value) });
  }
  let schemaDefault: number | undefined;
  for (const name of compile.argumentNames) {
    const fallback = field.args.find((a) => a.name === name)?.defaultValue;
    if (typeof fallback === "number") {
      schemaDefault = fallback;
      break;
    }
  }
  return { given, schemaDefault };
}

function compileSelection(
  selectionSet: SelectionSetNode,
  type: GraphQLNamedType,
  compile: Compile,
  seen: Set<string>,
  into: SizedField[] = [],
): SizedField[] {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) {
        into.push({ children: [] });
        continue;
      }
      if (!(isObjectType(type) || isInterfaceType(type))) continue;
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      into.push({
        // Lists of scalars and enums (e.g. skills: [String!]) are one value, not rows.
        isList: isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)),
        pageSize: pageSizeSource(selection, field, compile),
        children: selection.selectionSet
          ? compileSelection(selection.selectionSet, getNamedType(field.type), compile, seen)
          : [],
      });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? compile.schema.getType(selection.typeCondition.name.value) : type;
      if (condition) compileSelection(selection.selectionSet, condition, compile, seen, into);
    } else {
      const fragment = compile.fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      const condition = compile.schema.getType(fragment.typeCondition.name.value);
      if (condition)
        compileSelection(fragment.selectionSet, condition, compile, new Set([...seen, fragment.name.value]), into);
    }
  }
  return into;
}

function compileOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  argumentNames: readonly string[],
): SizedField[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const operation = document.definitions.find(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return [];
  const root =
    operation.operation === "mutation"
      ? schema.getMutationType()
      : operation.operation === "subscription"
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return [];
  const variableDefaults = new Map<string, number>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue?.kind === Kind.INT)
      variableDefaults.set(definition.variable.name.value, Number(definition.defaultValue.value));
  }
  return compileSelection(
    operation.selectionSet,
    root,
    { schema, fragments, variableDefaults, argumentNames },
    new Set(),
  );
}

const compiled = new WeakMap<DocumentNode, Map<string, { schema: GraphQLSchema; fields: SizedField[] }>>();

/** The operation's sized fields, made on the first request with this document (yoga's parser cache keeps one object per text). */
function sizedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  argumentNames: readonly string[],
): SizedField[] {
  const key = `${operationName ?? ""}\n${argumentNames.join(",")}`;
  let byOperation = compiled.get(document);
  if (!byOperation) compiled.set(document, (byOperation = new Map()));
  const found = byOperation.get(key);
  if (found?.schema === schema) return found.fields;
  const fields = compileOperation(schema, document, operationName, argumentNames);
  byOperation.set(key, { schema, fields });
  return fields;
}

function pageSizeOf(source: PageSizeSource, variables: Variables): number | undefined {
  for (const given of source.given) {
    if ("literal" in given) return Math.abs(given.literal);
    const value = variables?.[given.variable];
    const size = typeof value === "number" ? value : given.fallback;
    if (size !== undefined) return Math.abs(size);
  }
  return source.schemaDefault === undefined ? undefined : Math.abs(source.schemaDefault);
}

interface Size {
  /** List items (rows), all levels added up. */
  rows: number;
  /** Fields in the response: every selected field once per object holding it, and every list item. */
  values: number;
}

/**
 * Rows and values under sized fields reached `multiplier` times. A non-list field with a
 * page-size argument (a page `{ items }` or a connection `{ edges }`) passes its size to the
 * lists below it.
 */
function sizeOf(
  fields: readonly SizedField[],
  multiplier: number,
  inherited: number | undefined,
  variables: Variables,
  defaultPageSize: number,
): Size {
  const size: Size = { rows: 0, values: 0 };
  for (const field of fields) {
    size.values += multiplier;
    if (!field.pageSize) continue;
    const pageSize = pageSizeOf(field.pageSize, variables);
    const reached = field.isList ? multiplier * (pageSize ?? inherited ?? defaultPageSize) : multiplier;
    if (field.isList) {
      size.rows += reached;
      size.values += reached;
    }
    const below = sizeOf(field.children, reached, field.isList ? undefined : pageSize, variables, defaultPageSize);
    size.rows += below.rows;
    size.values += below.values;
  }
  return size;
}

/** Upper bounds on the rows and values one operation can return, from its page sizes. */
export function estimateResponse(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
  options: RowEstimateOptions = {},
): Size {
  const { argumentNames, defaultPageSize } = { ...rowEstimateDefaults, ...options };
  return sizeOf(sizedFields(schema, document, operationName, argumentNames), 1, undefined, variables, defaultPageSize);
}

export function estimateRows(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
  options: RowEstimateOptions = {},
): number {
  return estimateResponse(schema, document, operationName, variables, options).rows;
}

export function useRowEstimate(options: RowEstimateOptions = {}): Plugin {
  const maxRows = options.maxRows ?? rowEstimateDefaults.maxRows;
  const maxValues = options.maxValues ?? rowEstimateDefaults.maxValues;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { rows, values } = estimateResponse(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues,
        options,
      );
      if (rows > maxRows) {
        setResultAndStopExecution({
          errors: [
            limitError(
              "rows",
              `This query may return ${rows} rows, more than the limit of ${maxRows}: ask for smaller pages or fewer nested lists.`,
            ),
          ],
        });
      } else if (values > maxValues) {
        setResultAndStopExecution({
          errors: [
            limitError(
              "values",
              `This query may return ${values} values (fields × rows), more than the limit of ${maxValues}: select fewer fields or ask for smaller pages.`,
            ),
          ],
        });
      }
    },
  };
}
