import { createGraphQLError } from "graphql-yoga";
import type { GraphQLError } from "graphql";

/** Which limit refused a request; sent to clients as `extensions.limit`. */
export type LimitName =
  | "tokens"
  | "depth"
  | "cost"
  | "aliases"
  | "directives"
  | "fieldRepeats"
  | "pageSize"
  | "rows";

/**
 * A refusal by one of the query limits, code LIMIT_EXCEEDED. Like a validation error (`spec`):
 * HTTP 400 for application/graphql-response+json clients, 200 for plain application/json ones.
 */
export function limitError(limit: LimitName, message: string, status = 400): GraphQLError {
  return createGraphQLError(message, { extensions: { code: "LIMIT_EXCEEDED", limit, http: { status, spec: true } } });
}

/** A refusal of the HTTP request itself (method, media type, origin). */
export function requestError(code: string, message: string, status: number, headers?: Record<string, string>): GraphQLError {
  return createGraphQLError(message, { extensions: { code, http: { status, ...(headers ? { headers } : {}) } } });
}
