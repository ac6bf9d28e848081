// GraphQL requests for feature modules (reports, dashboard, import) that need more than
// React-Admin's data provider offers: report queries and bulk upserts. Same endpoint, same
// cookie; the CSRF token is asked from `me` once (as a reloaded page does) and asked again
// when the session changed (another user signed in meanwhile).
import type { Client } from "@urql/core";
import { useMemo } from "react";
import { createGraphQLClient } from "../dataProvider/client.ts";
import { toHttpError } from "../dataProvider/errors.ts";

export type Variables = Record<string, unknown>;

export interface GraphQLRequester {
  query<T = any>(document: string, variables?: Variables, model?: string): Promise<T>;
  mutate<T = any>(document: string, variables?: Variables, model?: string): Promise<T>;
}

export type RequestError = ReturnType<typeof toHttpError> & {
  rawErrors?: { message: string; extensions: Record<string, any> }[];
};

/** Codes after which a fresh token may help: the session changed since the token was read. */
const STALE_TOKEN = new Set(["CSRF", "UNAUTHENTICATED"]);

export function createRequester(options: { url?: string; fetch?: typeof fetch } = {}): GraphQLRequester {
  let token: string | null = null;
  const client: Client = createGraphQLClient({ ...options, csrfToken: () => token });

  async function refreshToken(): Promise<void> {
    const result = await client.query("{ me { csrfToken } }", {}).toPromise();
    token = result.data?.me?.csrfToken ?? null;
  }

  async function run<T>(
    kind: "query" | "mutation",
    document: string,
    variables: Variables,
    model?: string,
    retried = false,
  ): Promise<T> {
    if (token === null) await refreshToken();
    const result = await (kind === "query"
      ? client.query(document, variables)
      : client.mutation(document, variables)
    ).toPromise();
    if (result.error) {
      const error: RequestError = Object.assign(toHttpError(result.error, model), {
        // The API's own messages and extensions, before toHttpError words them for people
        // (a bulk write's "at data[3].name" names the row that failed).
        rawErrors: result.error.graphQLErrors.map((e) => ({
          message: e.message,
          extensions: (e.extensions ?? {}) as Record<string, any>,
        })),
      });
      if (!retried && STALE_TOKEN.has(String((error.body as { code?: string })?.code))) {
        token = null;
        return run(kind, document, variables, model, true);
      }
      throw error;
    }
    return result.data as T;
  }

  return {
    query: (document, variables = {}, model) => run("query", document, variables, model),
    mutate: (document, variables = {}, model) => run("mutation", document, variables, model),
  };
}

let shared: GraphQLRequester | null = null;

/** The page's requester (one client for every feature module). */
export function useGraphQL(): GraphQLRequester {
  return useMemo(() => (shared ??= createRequester()), []);
}
