// The urql client every request goes through: same-origin /graphql with the session
// cookie, and the CSRF token the API handed out at login (or in `me` after a reload).
import { Client, fetchExchange } from "@urql/core";

export interface ClientOptions {
  /** Default "/graphql" (same origin; Vite's dev server proxies it). */
  url?: string;
  /** The current X-CSRF-Token value, or null before signing in. */
  csrfToken: () => string | null;
  /** For tests in Node: a fetch that keeps cookies like a browser. */
  fetch?: typeof fetch;
}

export const CSRF_HEADER = "x-csrf-token";

export function createGraphQLClient({ url = "/graphql", csrfToken, fetch }: ClientOptions): Client {
  return new Client({
    url,
    exchanges: [fetchExchange],
    requestPolicy: "network-only",
    preferGetMethod: false,
    ...(fetch ? { fetch } : {}),
    fetchOptions: (): RequestInit => {
      const token = csrfToken();
      const headers: Record<string, string> = token ? { [CSRF_HEADER]: token } : {};
      return { credentials: "include", headers };
    },
  });
}
