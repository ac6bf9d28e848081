// Limits on the values a client sends in arguments, inline or in variables, checked when the
// operation starts: before graphql-js coerces the variables (which recurses, and overflows the
// stack on deeply nested input), before any resolver runs and before any SQL.
//
// Every argument of every field and directive of the operation is walked with its input type,
// literals and the variables they refer to alike (a variable nested in a literal adds to the
// literal's depth, and a variable used twice is checked at both places). Validation refuses
// unused variables; any a document still declared but never reached would be walked on their
// own. The walk is iterative, so no input can overflow it, and linear in the size of the
// request. A refusal is BAD_USER_INPUT naming the argument or variable, the place inside it and
// the limit.
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { inputError } from "./errors.ts";

export interface InputLimitOptions {
  /**
   * Deepest nesting of input objects and lists in one filter (`where`), counting the argument's
   * own object as 1. Default 14: `{ zone: { town: { code: { equals: "T01" } } } }` is 4; a
   * filter through four list relations (`members: { some: { organisation: … } }` is three
   * levels a step) stays within it. Each list relation is one more semi-join, which PostgreSQL
   * plans under row-level security as a nested loop: five of them took 2.6 s and six 12 s on a
   * 300-row test database, so deeper filters are refused rather than left to the statement
   * timeout. Prisma's JSON protocol fails at about 64 levels of OR.
   */
  maxFilterDepth?: number;
  /**
   * Deepest nesting of any other argument (bulk `data` with nested child lists, `orderBy`).
   * Default 32: the deepest nested write the schema allows without repeating an input type is
   * 27 levels (towns → zones → organisations → members → …). graphql-js's variable coercion
   * overflows the stack at a few thousand.
   */
  maxDepth?: number;
  /** Values in one `in`, `notIn`, `hasSome` or `hasEvery` list. Default 1,000. */
  maxInList?: number;
  /** Conditions in one `AND` or `OR` list. Default 500 (the admin's import sends 200). */
  maxConditions?: number;
  /** Characters (UTF-16 units) in one string inside a filter. Default 500. */
  maxFilterString?: number;
  /** Values (strings, numbers, enums, booleans, nulls) in one filter argument, all levels. Default 5,000. */
  maxFilterValues?: number;
  /** Entries in one `orderBy` list. Default 20. */
  maxOrderBy?: number;
  /** Items in any other list (bulk `data`, ids, `by`, …). Default 5,000, the bulk-mutation limit. */
  maxListLength?: number;
}

export const inputLimitDefaults: Required<InputLimitOptions> = {
  maxFilterDepth: 14,
  maxDepth: 32,
  maxInList: 1_000,
  maxConditions: 500,
  maxFilterString: 500,
  maxFilterValues: 5_000,
  maxOrderBy: 20,
  maxListLength: 5_000,
};

/** No input object of the schema has more fields; a bigger object is refused before it is walked. */
const MAX_OBJECT_FIELDS = 1_000;
const IN_LISTS = new Set(["in", "notIn", "hasSome", "hasEvery"]);
const CONDITION_LISTS = new Set(["AND", "OR"]);

/** NUL, which PostgreSQL text cannot hold, and UTF-16 surrogates without their pair, which no encoding can. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const BAD_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function badCharacter(text: string): string | null {
  const match = BAD_CHARACTER.exec(text);
  if (!match) return null;
  return match[0] === "\u0000"
    ? "a NUL character (U+0000)"
    : `an unpaired UTF-16 surrogate (U+${match[0].charCodeAt(0).toString(16).toUpperCase()})`;
}

type Variables = Readonly<Record<string, unknown>> | null | undefined;

/** An AST literal, or a JSON value from the variables. */
type Value = { ast: ValueNode } | { json: unknown };

interface Frame {
  value: Value;
  /** The input type expected here; undefined where the value does not fit the schema (coercion will say so). */
  type: GraphQLInputType | undefined;
  /** Where the value is: the key in its parent, and the parent's frame (the path is built only for an error). */
  key: string | number;
  up: Frame | undefined;
  depth: number;
  /** The input object type and field this value is the value of. */
  parent?: { type: string; field: string };
}

/** Where a walk starts: an argument of a field or directive, or a declared variable. */
interface Root {
  /** "Argument \"where\" of partyMembers" or "Variable \"$w\"". */
  label: string;
  name: string;
  type: GraphQLInputType | undefined;
  value: Value;
  extensions: Record<string, unknown>;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at; at = at.up) path.unshift(at.key);
  return path;
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
}

function isFilterType(name: string | undefined): boolean {
  return name?.endsWith("Filter") ?? false;
}

function checkRoot(
  root: Root,
  options: Required<InputLimitOptions>,
  variables: Variables,
  variableDefaults: Map<string, ValueNode>,
): GraphQLError | null {
  const rootType = root.type ? getNamedType(root.type) : undefined;
  const inFilter = isFilterType(rootType?.name);
  const maxDepth = inFilter ? options.maxFilterDepth : options.maxDepth;
  let filterValues = 0;
  const refuse = (limit: Parameters<typeof inputError>[0], frame: Frame | string, problem: string) => {
    const at = typeof frame === "string" ? frame : formatPath(pathOf(frame));
    return inputError(limit, `${root.label}: ${at} ${problem}`, { ...root.extensions, at });
  };

  const stack: Frame[] = [{ value: root.value, type: root.type, key: root.name, up: undefined, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    let value = frame.value;
    if ("ast" in value && value.ast.kind === Kind.VARIABLE) {
      const name = value.ast.name.value;
      if (variables && Object.hasOwn(variables, name)) value = { json: variables[name] };
      else {
        const fallback = variableDefaults.get(name);
        if (!fallback) continue;
        value = { ast: fallback };
      }
    }
    const nullable = frame.type ? getNullableType(frame.type) : undefined;

    // A list's items or an object's fields, without copying a huge list before it is refused.
    let items: { length: number; at: (i: number) => Value } | null = null;
    let fields: [string, Value][] | null = null;
    let text: string | null = null;
    if ("ast" in value) {
      const node = value.ast;
      if (node.kind === Kind.LIST) items = { length: node.values.length, at: (i) => ({ ast: node.values[i]! }) };
      else if (node.kind === Kind.OBJECT) fields = node.fields.map((field) => [field.name.value, { ast: field.value }]);
      else if (node.kind === Kind.STRING) text = node.value;
    } else {
      const json = value.json;
      if (Array.isArray(json)) items = { length: json.length, at: (i) => ({ json: json[i] }) };
      else if (typeof json === "object" && json !== null) {
        const keys = Object.keys(json);
        if (keys.length > MAX_OBJECT_FIELDS)
          return refuse("listLength", frame, `has ${keys.length} fields; no input has more than ${MAX_OBJECT_FIELDS}.`);
        fields = keys.map((key) => [key, { json: (json as Record<string, unknown>)[key] }]);
      } else if (typeof json === "string") text = json;
    }

    if (items === null && fields === null) {
      if (inFilter && ++filterValues > options.maxFilterValues) {
        return refuse(
          "filterSize",
          root.name,
          `holds more than ${options.maxFilterValues} values; split the request or use fewer conditions.`,
        );
      }
      if (text !== null) {
        const bad = badCharacter(text);
        if (bad) return refuse("characters", frame, `contains ${bad}, which text cannot hold.`);
        if (inFilter && text.length > options.maxFilterString) {
          return refuse(
            "filterString",
            frame,
            `is ${text.length} characters long; filter texts are limited to ${options.maxFilterString}.`,
          );
        }
      }
      continue;
    }

    const depth = frame.depth + 1;
    if (depth > maxDepth) {
      return refuse("inputDepth", frame, `nests input more than ${maxDepth} levels deep.`);
    }

    if (items !== null) {
      const field = frame.parent?.field;
      const inFilterType = field !== undefined && isFilterType(frame.parent?.type);
      const itemType = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : undefined;
      const itemName = itemType ? getNamedType(itemType).name : undefined;
      const [limit, max, what] =
        inFilterType && IN_LISTS.has(field)
          ? (["inList", options.maxInList, "values"] as const)
          : inFilterType && CONDITION_LISTS.has(field)
            ? (["conditions", options.maxConditions, "conditions"] as const)
            : itemName?.endsWith("OrderBy")
              ? (["orderBy", options.maxOrderBy, "sort keys"] as const)
              : (["listLength", options.maxListLength, "items"] as const);
      if (items.length > max) return refuse(limit, frame, `has ${items.length} ${what}; at most ${max} are allowed.`);
      for (let i = items.length - 1; i >= 0; i--) {
        stack.push({ value: items.at(i), type: itemType, key: i, up: frame, depth, parent: frame.parent });
      }
      continue;
    }

    const objectType = nullable && isInputObjectType(nullable) ? nullable : undefined;
    const fieldTypes = objectType?.getFields();
    for (let i = fields!.length - 1; i >= 0; i--) {
      const [name, item] = fields![i]!;
      stack.push({
        value: item,
        type: fieldTypes?.[name]?.type,
        key: name,
        up: frame,
        depth,
        parent: objectType ? { type: objectType.name, field: name } : undefined,
      });
    }
  }
  return null;
}

function operationOf(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
}

/** What the checks need from the document alone, worked out once per document and operation. */
interface InputPlan {
  /** Every argument of every field and directive, in document order. */
  arguments: {
    root: Root;
    /** Holds no variable and was found within the limits when the plan was made: nothing to check per request. */
    settled: boolean;
  }[];
  /** Declared variables no argument refers to (validation refuses them; graphql-js would coerce them anyway). */
  unreferenced: { name: string; type: GraphQLInputType | undefined }[];
  variableDefaults: Map<string, ValueNode>;
}

function variablesIn(value: ValueNode): Set<string> {
  const names = new Set<string>();
  visit(value, {
    Variable(node) {
      names.add(node.name.value);
    },
  });
  return names;
}

function planInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  limits: Required<InputLimitOptions>,
): InputPlan {
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) variableDefaults.set(definition.variable.name.value, definition.defaultValue);
  }
  // Arguments, literals and variables together, with the argument's name and path.
  const planned: InputPlan["arguments"] = [];
  const referenced = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Argument(node) {
        const owner = typeInfo.getDirective()
          ? `@${typeInfo.getDirective()!.name}`
          : (typeInfo.getFieldDef()?.name ?? "?");
        const root: Root = {
          label: `Argument "${node.name.value}" of ${owner}`,
          name: node.name.value,
          type: typeInfo.getInputType() ?? undefined,
          value: { ast: node.value },
          extensions: { argument: node.name.value, field: owner },
        };
        const names = variablesIn(node.value);
        for (const name of names) referenced.add(name);
        planned.push({
          root,
          settled: names.size === 0 && checkRoot(root, limits, undefined, variableDefaults) === null,
        });
        return false;
      },
    }),
  );
  const unreferenced = (operation.variableDefinitions ?? [])
    .filter((definition) => !referenced.has(definition.variable.name.value))
    .map((definition) => ({
      name: definition.variable.name.value,
      type: typeFromAST(schema, definition.type) as GraphQLInputType | undefined,
    }));
  return { arguments: planned, unreferenced, variableDefaults };
}

export type InputLimitCheck = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
) => GraphQLError | null;

/**
 * Finds the first input value of an operation that breaks a limit. The walk over the document
 * (and its literals) happens on the first request with that document (yoga's parser cache
 * keeps one object per text); later requests only walk what their variables bring.
 */
export function inputLimitCheck(options: InputLimitOptions = {}): InputLimitCheck {
  const limits = { ...inputLimitDefaults, ...options };
  const plans = new WeakMap<DocumentNode, Map<string, { schema: GraphQLSchema; plan: InputPlan }>>();
  return (schema, document, operationName, variables) => {
    const operation = operationOf(document, operationName);
    if (!operation) return null; // graphql-js reports the missing operation
    let byOperation = plans.get(document);
    if (!byOperation) plans.set(document, (byOperation = new Map()));
    let plan = byOperation.get(operationName ?? "");
    if (plan?.schema !== schema) {
      plan = { schema, plan: planInput(schema, document, operation, limits) };
      byOperation.set(operationName ?? "", plan);
    }
    const { arguments: planned, unreferenced, variableDefaults } = plan.plan;
    for (const { root, settled } of planned) {
      if (settled) continue;
      const error = checkRoot(root, limits, variables, variableDefaults);
      if (error) return error;
    }
    for (const { name, type } of unreferenced) {
      if (!variables || !Object.hasOwn(variables, name)) continue;
      const error = checkRoot(
        { label: `Variable "$${name}"`, name, type, value: { json: variables[name] }, extensions: { variable: name } },
        limits,
        variables,
        variableDefaults,
      );
      if (error) return error;
    }
    return null;
  };
}

export function useInputLimits(options: InputLimitOptions = {}): Plugin {
  const check = inputLimitCheck(options);
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args.schema, args.document, args.operationName, args.variableValues);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
