// Every error a client gets carries `extensions.code`, whichever layer raised it. yoga codes its
// own HTTP, parse and validation errors and masked ones (INTERNAL_SERVER_ERROR); graphql-js
// leaves variable coercion ("Variable "$w" got invalid value …") and operation-name errors
// bare, and Pothos's validation errors (bad cursors, first with last) reach clients uncoded.
//
// And every error reaches the client as JSON: a request whose Accept header names no media type
// the API can answer gets application/json (which GraphQL over HTTP allows) instead of an empty
// 406 that a client cannot read.
import type { ExecutionResult, GraphQLError } from "graphql";
import { createGraphQLError, processRegularResult, type Plugin } from "graphql-yoga";

export type ErrorCode = "BAD_USER_INPUT" | "BAD_REQUEST";

/** The code an uncoded error gets: input errors (variables, arguments a resolver refused) or a malformed request. */
export function codeFor(error: Pick<GraphQLError, "message" | "path">): ErrorCode {
  if (/^Variable "\$/.test(error.message)) return "BAD_USER_INPUT";
  // Raised while resolving a field: an error a resolver or Pothos chose to show, about its arguments.
  if (error.path && error.path.length > 0) return "BAD_USER_INPUT";
  return "BAD_REQUEST";
}

function withCodes(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((error) => typeof error.extensions?.code !== "string")) return result;
  return {
    ...result,
    errors: result.errors.map((error) =>
      typeof error.extensions?.code === "string"
        ? error
        : createGraphQLError(error.message, {
            nodes: error.nodes,
            source: error.source,
            positions: error.positions,
            path: error.path,
            originalError: error.originalError ?? undefined,
            extensions: { ...error.extensions, code: codeFor(error) },
          }),
    ),
  };
}

export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult, resultProcessor, setResultProcessor }) {
      if (Array.isArray(result)) setResult(result.map(withCodes));
      else if (!(Symbol.asyncIterator in result)) setResult(withCodes(result as ExecutionResult));
      if (!resultProcessor) setResultProcessor(processRegularResult, "application/json");
    },
  };
}
