// The API's protections against hostile or runaway requests, as one list of yoga plugins.
import { useDisableIntrospection } from "@graphql-yoga/plugin-disable-introspection";
import type { Plugin } from "graphql-yoga";
import type { SecuritySettings } from "../settings.ts";
import { useErrorCodes } from "./error-codes.ts";
import { useProductionErrors } from "./error-hygiene.ts";
import { useStrictHttpRequests } from "./http-requests.ts";
import { useInputLimits, type InputLimitOptions } from "./input-limits.ts";
import { useJsonBodyDepth } from "./json-depth.ts";
import { useOriginCheck } from "./origin-check.ts";
import { pageSizeRule, usePageSizeVariables } from "./page-size.ts";
import { usePrismaErrors } from "./prisma-errors.ts";
import { queryLimitRules, useMaxTokens, type QueryLimitOptions } from "./query-limits.ts";
import { repetitionRule, type RepetitionOptions } from "./repetition-limits.ts";
import { useRowEstimate } from "./row-estimate.ts";
import { useHideSuggestions } from "./suggestions.ts";
import { useValidationGate } from "./validation-gate.ts";

export { toClientError, usePrismaErrors, type ClientErrorCode } from "./prisma-errors.ts";
export { queryLimitDefaults } from "./query-limits.ts";
export { inputLimitDefaults } from "./input-limits.ts";

export type SecurityOptions = SecuritySettings &
  QueryLimitOptions &
  RepetitionOptions &
  InputLimitOptions & {
    /** Rows one operation may ask for, nested lists multiplied (row-estimate.ts). Default 20,000. */
    maxRows?: number;
    /** Values (fields × the objects holding them, and list items) one operation may ask for (row-estimate.ts). Default 100,000. */
    maxValues?: number;
  };

/** Ours are plain `Plugin`s; useDisableIntrospection's is typed for a record context. */
export function securityPlugins(options: SecurityOptions): (Plugin | Plugin<Record<string, unknown>>)[] {
  const production = !options.development;
  const pageSize = { max: options.maxPageSize };
  return [
    useStrictHttpRequests({ allowGet: options.development }),
    ...(production ? [useOriginCheck({ allowedOrigins: options.allowedOrigins })] : []),
    useJsonBodyDepth(),
    useMaxTokens(options.maxTokens),
    useValidationGate([...queryLimitRules(options), repetitionRule(options), pageSizeRule(pageSize)]),
    useInputLimits(options),
    usePageSizeVariables(pageSize),
    useRowEstimate({ maxRows: options.maxRows, maxValues: options.maxValues }),
    usePrismaErrors(),
    useErrorCodes(),
    ...(production ? [useDisableIntrospection(), useHideSuggestions(), useProductionErrors()] : []),
  ];
}
