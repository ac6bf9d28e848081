import { claimsOf, claimsStatement } from "@p181/server";
import type { Viewer } from "../environment.ts";
import type { ClaimsStatement } from "./server.ts";

/** The API's default DATABASE_STATEMENT_TIMEOUT_MS, which its claims statement also sets. */
const STATEMENT_TIMEOUT_MS = 20_000;

/** The statement that starts each of the API's request transactions for this viewer (token requests carry no session). */
export function apiClaims(viewer: Viewer): ClaimsStatement {
  return claimsStatement(claimsOf(viewer, new Request("http://floor/graphql")), STATEMENT_TIMEOUT_MS);
}
