// The yoga side of authentication: Set-Cookie headers recorded during the request, and
// refusal of mutations made with a session cookie but without its CSRF token.
import { Kind, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.ts";
import { takeResponseCookies } from "./cookies.ts";
import { errors } from "./errors.ts";
import { sessionWithoutCsrf } from "./resolve-viewer.ts";

/** Mutation fields open to a browser whose page lost its CSRF token. */
const CSRF_EXEMPT = new Set(["login", "__typename"]);

export function useAuth(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (!sessionWithoutCsrf(args.contextValue.request)) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== "mutation") return;
      const exempt = operation.selectionSet.selections.every(
        (selection) => selection.kind === Kind.FIELD && CSRF_EXEMPT.has(selection.name.value),
      );
      if (!exempt) setResultAndStopExecution({ errors: [errors.csrf()] });
    },
    onResponse({ request, response }) {
      for (const cookie of takeResponseCookies(request)) response.headers.append("set-cookie", cookie);
    },
  };
}
