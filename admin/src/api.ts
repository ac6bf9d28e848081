// One client, one session, and the providers built on them.
import { createAuthProvider } from "./auth/authProvider.ts";
import { Session } from "./auth/session.ts";
import { createGraphQLClient } from "./dataProvider/client.ts";
import { createDataProvider } from "./dataProvider/index.ts";
import { requesterFor } from "./graphql/request.ts";

export function createApi(options: { url?: string; fetch?: typeof fetch } = {}) {
  const session = new Session();
  const client = createGraphQLClient({ ...options, csrfToken: () => session.csrfToken });
  return {
    session,
    client,
    dataProvider: createDataProvider({ client }),
    authProvider: createAuthProvider(client, session),
    /** For feature modules' own queries and bulk writes (useGraphQL). */
    requester: requesterFor(client),
  };
}
