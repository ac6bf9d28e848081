import type { DocumentNode, GraphQLError, ValidationRule } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * Runs cheap limit rules before graphql-js's full validation and refuses the document with
 * only their errors. Hostile documents (thousands of fields, directives or aliases) never reach
 * the full rule set, some of which is quadratic in the size of a selection set
 * (OverlappingFieldsCanBeMerged).
 *
 * The rules must depend on the document alone, not on variables: their result is kept per
 * document. yoga's parser cache hands every request with the same text the same document
 * object, and its validation cache only spares the full rule set, not this gate, which runs
 * before it.
 */
export function useValidationGate(rules: readonly ValidationRule[]): Plugin {
  const verdicts = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  return {
    // yoga's own validate function: under vitest, `import "graphql"` here may load a second
    // copy of graphql-js that rejects the schema as "from another module or realm".
    onValidate({ params, validateFn, setResult }) {
      let errors = verdicts.get(params.documentAST);
      if (errors === undefined) {
        errors = validateFn(params.schema, params.documentAST, rules as ValidationRule[], {
          maxErrors: 10,
        }) as readonly GraphQLError[];
        verdicts.set(params.documentAST, errors);
      }
      if (errors.length > 0) setResult([...errors]);
    },
  };
}
