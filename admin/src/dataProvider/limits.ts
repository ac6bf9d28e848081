// The API's limits, asked once per client: the admin pages by the GRAPHQL_MAX_PAGE_SIZE the
// API serves (`apiLimits`), never by a copy of it.
import type { GraphQLRequester } from "../graphql/request.ts";

export interface ApiLimits {
  maxPageSize: number;
  defaultPageSize: number;
}

const asked = new WeakMap<object, Promise<ApiLimits>>();

/** The limits, fetched through `query` the first time `owner` (a client) asks; a failed ask is asked again. */
export function apiLimits(owner: object, query: <T>(document: string) => Promise<T>): Promise<ApiLimits> {
  let found = asked.get(owner);
  if (!found) {
    found = query<{ apiLimits: ApiLimits }>("{ apiLimits { maxPageSize defaultPageSize } }").then(
      (data) => data.apiLimits,
    );
    found.catch(() => asked.delete(owner));
    asked.set(owner, found);
  }
  return found;
}

/** The largest page the API serves, through a feature module's requester. */
export async function maxPageSize(requester: GraphQLRequester): Promise<number> {
  return (await apiLimits(requester, (document) => requester.query(document))).maxPageSize;
}
