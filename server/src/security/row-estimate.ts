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
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
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

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
  variableDefaults: Map<string, number>;
  options: Required<RowEstimateOptions>;
}

function intValue(value: ValueNode, walk: Walk): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = walk.variables?.[value.name.value];
    return typeof given === "number" ? given : walk.variableDefaults.get(value.name.value);
  }
  return undefined;
}

/** The page size a field asks for: its argument, else the argument's schema default. */
function pageSizeOf(node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, field: GraphQLField<unknown, unknown>, walk: Walk) {
  for (const name of walk.options.argumentNames) {
    const argument = node.arguments?.find((a) => a.name.value === name);
    const value = argument ? intValue(argument.value, walk) : undefined;
    if (value !== undefined) return Math.abs(value);
  }
  for (const name of walk.options.argumentNames) {
    const fallback = field.args.find((a) => a.name === name)?.defaultValue;
    if (typeof fallback === "number") return Math.abs(fallback);
  }
  return undefined;
}

interface Size {
  /** List items (rows), all levels added up. */
  rows: number;
  /** Fields in the response: every selected field once per object holding it, and every list item. */
  values: number;
}

/**
 * Rows and values under a selection set reached `multiplier` times. A non-list field with a
 * page-size argument (a page `{ items }` or a connection `{ edges }`) passes its size to the
 * lists below it.
 */
function sizeOf(selectionSet: SelectionSetNode, type: GraphQLNamedType, multiplier: number, inherited: number | undefined, walk: Walk, seen: Set<string>): Size {
  const size: Size = { rows: 0, values: 0 };
  const add = (more: Size) => {
    size.rows += more.rows;
    size.values += more.values;
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) {
        size.values += multiplier;
        continue;
      }
      if (!(isObjectType(type) || isInterfaceType(type))) continue;
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      const pageSize = pageSizeOf(selection, field, walk);
      // Lists of scalars and enums (e.g. skills: [String!]) are one value, not rows.
      const isList = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
      const reached = isList ? multiplier * (pageSize ?? inherited ?? walk.options.defaultPageSize) : multiplier;
      size.values += multiplier;
      if (isList) {
        size.rows += reached;
        size.values += reached;
      }
      if (selection.selectionSet) {
        add(sizeOf(selection.selectionSet, getNamedType(field.type), reached, isList ? undefined : pageSize, walk, seen));
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      if (condition) add(sizeOf(selection.selectionSet, condition, multiplier, inherited, walk, seen));
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      const condition = walk.schema.getType(fragment.typeCondition.name.value);
      if (condition) add(sizeOf(fragment.selectionSet, condition, multiplier, inherited, walk, new Set([...seen, fragment.name.value])));
    }
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
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const operation = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return { rows: 0, values: 0 };
  const root = operation.operation === "mutation" ? schema.getMutationType() : operation.operation === "subscription" ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return { rows: 0, values: 0 };
  const variableDefaults = new Map<string, number>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue?.kind === Kind.INT) variableDefaults.set(definition.variable.name.value, Number(definition.defaultValue.value));
  }
  const walk: Walk = { schema, fragments, variables, variableDefaults, options: { ...rowEstimateDefaults, ...options } };
  return sizeOf(operation.selectionSet, root, 1, undefined, walk, new Set());
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
      const { rows, values } = estimateResponse(args.schema, args.document, args.operationName, args.variableValues, options);
      if (rows > maxRows) {
        setResultAndStopExecution({
          errors: [limitError("rows", `This query may return ${rows} rows, more than the limit of ${maxRows}: ask for smaller pages or fewer nested lists.`)],
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
