// Which HTTP requests may carry GraphQL: POST with a JSON body (and GET when allowed).
//
// CSRF: a browser sends a cross-site POST without a CORS preflight only with a "simple"
// content type (form-urlencoded, multipart, text/plain). Refusing every POST that is not
// application/json therefore means a cross-site page cannot make the browser send a mutation
// with the user's cookies unless the preflight is allowed (see origin-check.ts). The admin and
// the BI tools already send application/json, so yoga's CSRF plugin and its custom header
// would add nothing but a client change.
import type { Plugin } from "graphql-yoga";
import { requestError } from "./errors.ts";

export interface HttpRequestOptions {
  /**
   * Accept queries over GET (yoga refuses mutations over GET in any case). Default false:
   * a GET is a simple request any page can trigger, and the admin and BI tools use POST.
   */
  allowGet?: boolean;
}

function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

export function useStrictHttpRequests({ allowGet = false }: HttpRequestOptions = {}): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method === "POST" && mediaType(request) !== "application/json") {
        throw requestError("UNSUPPORTED_MEDIA_TYPE", "GraphQL requests must be POSTed as application/json.", 415);
      }
      if (request.method === "GET" && !allowGet) {
        throw requestError("METHOD_NOT_ALLOWED", "GraphQL over GET is disabled: POST application/json.", 405, {
          allow: "POST",
        });
      }
    },
  };
}
