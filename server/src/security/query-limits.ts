// Size and shape limits on a GraphQL document, from graphql-armor's rules.
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import type { GraphQLError, ParseOptions, Source, ValidationContext, ValidationRule } from "graphql";
import type { Plugin } from "graphql-yoga";
import { limitError, type LimitName } from "./errors.ts";

export interface QueryLimitOptions {
  /**
   * Deepest nesting of fields, leaves included. Default 10: a three-level nested query through
   * Relay connections (list → edges → node → relation → edges → node → …) needs 10; plain lists
   * need fewer. `__schema` is not counted: graphql-js's own MaxIntrospectionDepthRule stops
   * circular introspection.
   */
  maxDepth?: number;
  /**
   * graphql-armor's cost: scalar 1, object 2, ×1.5 per level, × literal `first`/`last`, so in
   * practice the width of a connection page times its size. Default 300,000: every column and
   * to-one id of the widest entity (User) at first: 500 costs about 262,000; thirty aliased
   * copies of a 500-row page are refused. Nested `take` lists are bounded by row-estimate.ts.
   */
  maxCost?: number;
  /** Aliased fields per operation, `__typename` included. Default 30. */
  maxAliases?: number;
  /** Directives per operation (`@include`/`@skip`). Default 20. */
  maxDirectives?: number;
  /** Lexical tokens per document; the GraphiQL introspection query has about 200. Default 2,000. */
  maxTokens?: number;
}

export const queryLimitDefaults: Required<QueryLimitOptions> = {
  maxDepth: 10,
  maxCost: 300_000,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 2_000,
};

/** Reports armor's rejection as our error (armor prefixes its messages with "Syntax Error:"). */
function report(limit: LimitName) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(limitError(limit, error.message.replace(/^Syntax Error: /, "")));
  };
}

const armor = (limit: LimitName) => ({ onReject: [report(limit)], propagateOnRejection: false, exposeLimits: true });

/** Depth, cost, alias and directive limits as validation rules (document-only, cacheable). */
export function queryLimitRules(options: QueryLimitOptions = {}): ValidationRule[] {
  const limits = { ...queryLimitDefaults, ...options };
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...armor("depth") }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, ...armor("cost") }),
    // armor ignores aliases of __typename by default; graphql-cop's alias check uses exactly those.
    maxAliasesRule({ n: limits.maxAliases, allowList: [], ...armor("aliases") }),
    maxDirectivesRule({ n: limits.maxDirectives, ...armor("directives") }),
  ] as unknown as ValidationRule[];
}

/** Stops the parser at the token limit, before the document is built. */
export function useMaxTokens(maxTokens = queryLimitDefaults.maxTokens): Plugin {
  const parseWithLimit = (source: string | Source, options?: ParseOptions) =>
    new MaxTokensParserWLexer(source, {
      ...options,
      n: maxTokens,
      propagateOnRejection: false,
      onReject: [
        () => {
          throw limitError("tokens", `Token limit of ${maxTokens} exceeded.`);
        },
      ],
    }).parseDocument();
  return {
    onParse({ setParseFn }) {
      setParseFn(parseWithLimit);
    },
  };
}
