// GraphQL requests for feature modules (reports, dashboard, import, export) that need more
// than React-Admin's data provider offers: report queries and bulk upserts. They go through
// the page's one client (api.ts), with its session's CSRF token.
import type { Client } from "@urql/core";
import { createContext, useContext } from "react";
import { type ApiErrorExtensions, toHttpError } from "../dataProvider/errors.ts";

export type Variables = Record<string, unknown>;

export interface GraphQLRequester {
  query<T>(document: string, variables?: Variables, model?: string): Promise<T>;
  mutate<T>(document: string, variables?: Variables, model?: string): Promise<T>;
}

export type RequestError = ReturnType<typeof toHttpError> & {
  rawErrors?: { message: string; extensions: ApiErrorExtensions }[];
};

const requesters = new WeakMap<Client, GraphQLRequester>();

/**
 * The requester of a client, one per client: the data provider and the feature modules of a
 * page share it, and with it what is asked once per session (the API's limits, limits.ts).
 */
export function requesterFor(client: Client): GraphQLRequester {
  let requester = requesters.get(client);
  if (!requester) requesters.set(client, (requester = createRequester(client)));
  return requester;
}

function createRequester(client: Client): GraphQLRequester {
  async function run<T>(
    kind: "query" | "mutation",
    document: string,
    variables: Variables,
    model?: string,
  ): Promise<T> {
    const result = await (kind === "query"
      ? client.query(document, variables)
      : client.mutation(document, variables)
    ).toPromise();
    if (result.error) {
      throw Object.assign(toHttpError(result.error, model), {
        // The API's own messages and extensions, before toHttpError words them for people
        // (a bulk write's "at data[3].name" names the row that failed).
        rawErrors: result.error.graphQLErrors.map((e) => ({
          message: e.message,
          extensions: (e.extensions ?? {}) as ApiErrorExtensions,
        })),
      }) satisfies RequestError;
    }
    return result.data as T;
  }

  return {
    query: (document, variables = {}, model) => run("query", document, variables, model),
    mutate: (document, variables = {}, model) => run("mutation", document, variables, model),
  };
}

/** The page's requester, given by App (api.ts). */
export const RequesterContext = createContext<GraphQLRequester | null>(null);

export function useGraphQL(): GraphQLRequester {
  const requester = useContext(RequesterContext);
  if (!requester) throw new Error("useGraphQL outside <RequesterContext.Provider>");
  return requester;
}
