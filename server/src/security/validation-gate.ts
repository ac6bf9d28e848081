import type { ValidationRule } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * Runs cheap limit rules before graphql-js's full validation and refuses the document with
 * only their errors. Hostile documents (thousands of fields, directives or aliases) never reach
 * the full rule set, some of which is quadratic in the size of a selection set
 * (OverlappingFieldsCanBeMerged).
 *
 * The rules must depend on the document alone, not on variables: yoga caches validation
 * results per document.
 */
export function useValidationGate(rules: readonly ValidationRule[]): Plugin {
  return {
    // yoga's own validate function: under vitest, `import "graphql"` here may load a second
    // copy of graphql-js that rejects the schema as "from another module or realm".
    onValidate({ params, validateFn, setResult }) {
      const errors = validateFn(params.schema, params.documentAST, rules as ValidationRule[], { maxErrors: 10 });
      if (errors.length > 0) setResult(errors);
    },
  };
}
