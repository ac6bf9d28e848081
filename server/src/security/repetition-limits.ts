// Refuses documents that repeat the same field or pile directives on one node: both cost
// validation and execution time and serve no real client (graphql-cop's "field duplication"
// and "directive overloading").
import type { ASTNode, DirectiveNode, ValidationContext, ValidationRule } from "graphql";
import { limitError } from "./errors.ts";

export interface RepetitionOptions {
  /** Times one response key (alias or field name) may appear in one selection set. Default 3. */
  maxFieldRepeats?: number;
  /** Directives on one field, fragment or operation (`@include` + `@skip` is 2). Default 3. */
  maxDirectivesPerNode?: number;
}

export const repetitionDefaults: Required<RepetitionOptions> = { maxFieldRepeats: 3, maxDirectivesPerNode: 3 };

export function repetitionRule(options: RepetitionOptions = {}): ValidationRule {
  const { maxFieldRepeats, maxDirectivesPerNode } = { ...repetitionDefaults, ...options };
  return (context: ValidationContext) => {
    let reportedFields = false;
    let reportedDirectives = false;
    return {
      SelectionSet(node) {
        if (reportedFields) return;
        const counts = new Map<string, number>();
        for (const selection of node.selections) {
          if (selection.kind !== "Field") continue;
          const key = selection.alias?.value ?? selection.name.value;
          const count = (counts.get(key) ?? 0) + 1;
          counts.set(key, count);
          if (count > maxFieldRepeats) {
            reportedFields = true;
            context.reportError(
              limitError(
                "fieldRepeats",
                `Field "${key}" is repeated more than ${maxFieldRepeats} times in one selection.`,
              ),
            );
            return;
          }
        }
      },
      enter(node: ASTNode) {
        if (reportedDirectives || !("directives" in node)) return;
        const directives = node.directives as readonly DirectiveNode[] | undefined;
        if (directives && directives.length > maxDirectivesPerNode) {
          reportedDirectives = true;
          context.reportError(
            limitError("directives", `More than ${maxDirectivesPerNode} directives on one field or fragment.`),
          );
        }
      },
    };
  };
}
