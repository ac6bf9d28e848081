// The yoga side of authentication: Set-Cookie headers recorded during the request, refusal
// of mutations made with a session cookie but without its CSRF token, and a second run for a
// request whose cached credentials changed as it arrived. It must come after
// useRequestTransaction: the second run is a new transaction.
import { Kind, getOperationAST, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.ts";
import { takeResponseCookies } from "./cookies.ts";
import { errors } from "./errors.ts";
import { changedViewer, sessionWithoutCsrf } from "./resolve-viewer.ts";

/** Mutation fields open to a browser whose page lost its CSRF token. */
const CSRF_EXEMPT = new Set(["login", "__typename"]);

function needsCsrf(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== "mutation") return false;
  return !operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && CSRF_EXEMPT.has(selection.name.value),
  );
}

export function useAuth(): Plugin<Context> {
  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const context = args.contextValue;
      if (sessionWithoutCsrf(context.request) && needsCsrf(args.document, args.operationName)) {
        setResultAndStopExecution({ errors: [errors.csrf()] });
        return;
      }
      setExecuteFn(async (executionArgs) => {
        const result = await executeFn(executionArgs);
        // Refused with nothing done: run again as the viewer the database knows now (once; a
        // second change as quick as the first is answered TRY_AGAIN).
        const now = await changedViewer(context.request);
        if (!now) return result;
        if ("refusal" in now) return { errors: [now.refusal] };
        context.viewer = now.viewer;
        return executeFn(executionArgs);
      });
    },
    onResponse({ request, response }) {
      for (const cookie of takeResponseCookies(request)) response.headers.append("set-cookie", cookie);
    },
  };
}
