// The API's limits, asked once per session: the admin pages by the GRAPHQL_MAX_PAGE_SIZE the
// API serves (`apiLimits`), never by a copy of it. The data provider and the feature modules
// ask through their client's one requester (requesterFor), so a page asks the API once.
import type { GraphQLRequester } from "../graphql/request.ts";

export interface ApiLimits {
  maxPageSize: number;
  defaultPageSize: number;
}

const asked = new WeakMap<GraphQLRequester, Promise<ApiLimits>>();

/** The limits, fetched the first time `requester` asks; a failed ask is asked again. */
export function apiLimits(requester: GraphQLRequester): Promise<ApiLimits> {
  let found = asked.get(requester);
  if (!found) {
    found = requester
      .query<{ apiLimits: ApiLimits }>("{ apiLimits { maxPageSize defaultPageSize } }")
      .then((data) => data.apiLimits);
    found.catch(() => asked.delete(requester));
    asked.set(requester, found);
  }
  return found;
}

/** The largest page the API serves. */
export async function maxPageSize(requester: GraphQLRequester): Promise<number> {
  return (await apiLimits(requester)).maxPageSize;
}
