// Last line before the response: in production no error carries debugging details, whatever
// NODE_ENV says (yoga adds `extensions.originalError` with a stack when NODE_ENV=development,
// even for an app built with development: false).
import type { ExecutionResult } from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";

const DEBUG_EXTENSIONS = ["originalError", "stacktrace", "exception"];

function clean(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((error) => DEBUG_EXTENSIONS.some((key) => error.extensions?.[key] !== undefined)))
    return result;
  return {
    ...result,
    errors: result.errors.map((error) => {
      const extensions = Object.fromEntries(
        Object.entries(error.extensions ?? {}).filter(([key]) => !DEBUG_EXTENSIONS.includes(key)),
      );
      return createGraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions });
    }),
  };
}

export function useProductionErrors(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(clean));
      else if (!(Symbol.asyncIterator in result)) setResult(clean(result as ExecutionResult));
    },
  };
}
