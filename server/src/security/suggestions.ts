// Removes graphql-js's "Did you mean …?" hints, which let anyone rebuild the schema without
// introspection. graphql-armor's plugin only covers field hints in validation errors; enum and
// input-field hints also appear when variables are coerced at execution.
import { GraphQLError } from "graphql";
import { handleStreamOrSingleExecutionResult, type Plugin } from "graphql-yoga";

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function withoutSuggestions(error: Error): GraphQLError | Error {
  if (!error.message.includes("Did you mean")) return error;
  // Validation errors may come from another copy of graphql-js (CJS vs ESM), so no instanceof.
  const { nodes, source, positions, path, originalError, extensions } = error as Partial<GraphQLError>;
  return new GraphQLError(error.message.replace(SUGGESTION, ""), {
    nodes,
    source,
    positions,
    path,
    originalError,
    extensions,
  });
}

export function useHideSuggestions(): Plugin {
  return {
    onValidate() {
      return ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map(withoutSuggestions));
      };
    },
    onExecute() {
      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            if (result.errors) setResult({ ...result, errors: result.errors.map(withoutSuggestions) });
          });
        },
      };
    },
  };
}
