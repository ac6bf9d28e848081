// Refuses browser requests sent from other sites. yoga's default CORS answers every Origin
// with Access-Control-Allow-Origin: <that origin> and Allow-Credentials: true, so without
// this check any web page could send a JSON mutation with an admin's session cookie and read
// the answer. Requests without an Origin header (curl, BI tools, server-to-server) pass.
import type { Plugin } from "graphql-yoga";
import { requestError } from "./errors.ts";

export interface OriginCheckOptions {
  /** Origins (scheme://host[:port]) besides the API's own host that browsers may call from. Default none. */
  allowedOrigins?: readonly string[];
}

function sameHost(origin: string, url: URL): boolean {
  try {
    return new URL(origin).host === url.host;
  } catch {
    return false;
  }
}

export function useOriginCheck({ allowedOrigins = [] }: OriginCheckOptions = {}): Plugin {
  const allowed = new Set(allowedOrigins.map((origin) => origin.replace(/\/+$/, "").toLowerCase()));
  return {
    onRequestParse({ request, url }) {
      const origin = request.headers.get("origin");
      if (origin === null || sameHost(origin, url) || allowed.has(origin.toLowerCase())) return;
      throw requestError("FORBIDDEN_ORIGIN", "Cross-origin requests from this site are not allowed.", 403);
    },
  };
}
