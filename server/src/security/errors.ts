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
  | "rows"
  | "values";

/**
 * A refusal by one of the query limits, code LIMIT_EXCEEDED. Like a validation error (`spec`):
 * HTTP 400 for application/graphql-response+json clients, 200 for plain application/json ones.
 */
export function limitError(limit: LimitName, message: string, status = 400): GraphQLError {
  return createGraphQLError(message, { extensions: { code: "LIMIT_EXCEEDED", limit, http: { status, spec: true } } });
}

/** A refusal of the HTTP request itself (method, media type, origin). */
export function requestError(
  code: string,
  message: string,
  status: number,
  headers?: Record<string, string>,
): GraphQLError {
  return createGraphQLError(message, { extensions: { code, http: { status, ...(headers ? { headers } : {}) } } });
}

/** Which limit on input values refused a request (input-limits.ts); sent as `extensions.limit`. */
export type InputLimitName =
  | "bodyDepth"
  | "inputDepth"
  | "inList"
  | "conditions"
  | "orderBy"
  | "listLength"
  | "filterString"
  | "filterSize"
  | "characters";

/**
 * A value the client sent that the API refuses, code BAD_USER_INPUT, naming the argument (or
 * variable) and the place inside it. HTTP 400 for application/graphql-response+json clients,
 * 200 for plain application/json ones, like validation errors.
 */
export function inputError(
  limit: InputLimitName,
  message: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return createGraphQLError(message, {
    extensions: { code: "BAD_USER_INPUT", limit, ...details, http: { status: 400, spec: true } },
  });
}
