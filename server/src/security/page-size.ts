// A hard cap on page sizes: every argument named take/first/last, on any field of any
// generated list or connection, checked before anything is executed.
import {
  Kind,
  type ArgumentNode,
  type DocumentNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from "graphql";
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

/** The page-size arguments a document gives by variable, in document order, with the variables' defaults. */
interface VariablePageSizes {
  arguments: { argument: string; variable: string }[];
  defaults: Map<string, number>;
}

const variablePageSizes = new WeakMap<DocumentNode, Map<string, VariablePageSizes>>();

/** Made once per document (yoga's parser cache keeps one object per text): only the values are checked per request. */
function pageSizeVariables(document: DocumentNode, argumentNames: readonly string[]): VariablePageSizes {
  const key = argumentNames.join(",");
  let byNames = variablePageSizes.get(document);
  if (!byNames) variablePageSizes.set(document, (byNames = new Map()));
  const known = byNames.get(key);
  if (known) return known;
  const found: VariablePageSizes = { arguments: [], defaults: new Map() };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue?.kind === Kind.INT)
        found.defaults.set(variable.variable.name.value, Number(variable.defaultValue.value));
    }
  }
  visit(document, {
    Argument(node) {
      if (argumentNames.includes(node.name.value) && node.value.kind === Kind.VARIABLE) {
        found.arguments.push({ argument: node.name.value, variable: node.value.name.value });
      }
    },
  });
  byNames.set(key, found);
  return found;
}

/** The first page-size argument given by a variable whose value (or default) is above the maximum. */
export function oversizedVariable(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  options: PageSizeOptions = {},
): { argument: string; value: number } | null {
  const { max, argumentNames } = { ...pageSizeDefaults, ...options };
  const sizes = pageSizeVariables(document, argumentNames);
  for (const { argument, variable } of sizes.arguments) {
    const value = variables?.[variable] ?? sizes.defaults.get(variable);
    if (typeof value === "number" && Math.abs(value) > max) return { argument, value };
  }
  return null;
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
