// A hard cap on page sizes: every argument named take/first/last, on any field of any
// generated list or connection, checked before anything is executed.
import { Kind, type ArgumentNode, type DocumentNode, type ValidationContext, type ValidationRule, visit } from "graphql";
import type { Plugin } from "graphql-yoga";
import { limitError } from "./errors.ts";

export interface PageSizeOptions {
  /** Largest page a query may ask for, by absolute value (a negative `take` pages backwards). Default 500. */
  max?: number;
  /** Arguments that size a page. Default take, first, last. */
  argumentNames?: readonly string[];
}

export const pageSizeDefaults: Required<PageSizeOptions> = { max: 500, argumentNames: ["take", "first", "last"] };

function tooLarge(argument: string, value: number, max: number) {
  return limitError("pageSize", `${argument}: ${value} is above the maximum page size of ${max}.`);
}

/** Literal values, at validation (cached per document, answered with HTTP 400). */
export function pageSizeRule(options: PageSizeOptions = {}): ValidationRule {
  const { max, argumentNames } = { ...pageSizeDefaults, ...options };
  return (context: ValidationContext) => ({
    Argument(node: ArgumentNode) {
      if (!argumentNames.includes(node.name.value) || node.value.kind !== Kind.INT) return;
      const value = Number(node.value.value);
      if (Math.abs(value) > max) context.reportError(tooLarge(node.name.value, value, max));
    },
  });
}

/** The first page-size argument given by a variable whose value (or default) is above the maximum. */
export function oversizedVariable(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  options: PageSizeOptions = {},
): { argument: string; value: number } | null {
  const { max, argumentNames } = { ...pageSizeDefaults, ...options };
  const defaults = new Map<string, number>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue?.kind === Kind.INT) defaults.set(variable.variable.name.value, Number(variable.defaultValue.value));
    }
  }
  let found: { argument: string; value: number } | null = null;
  visit(document, {
    Argument(node) {
      if (found || !argumentNames.includes(node.name.value) || node.value.kind !== Kind.VARIABLE) return;
      const name = node.value.name.value;
      const value = variables?.[name] ?? defaults.get(name);
      if (typeof value === "number" && Math.abs(value) > max) found = { argument: node.name.value, value };
    },
  });
  return found;
}

/** Values passed in variables, checked when the operation starts, before any resolver runs. */
export function usePageSizeVariables(options: PageSizeOptions = {}): Plugin {
  const max = options.max ?? pageSizeDefaults.max;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const found = oversizedVariable(args.document, args.variableValues, options);
      if (found) setResultAndStopExecution({ errors: [tooLarge(found.argument, found.value, max)] });
    },
  };
}
