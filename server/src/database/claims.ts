// Who the request is, as PostgreSQL's row-level security policies read it: the role the
// transaction switches to and the settings the policy functions look at.
import { API_ROLE, CLAIMS, PERSONAL_ROLE } from "@p181/db/security";
import { sessionIdFromCookie } from "../auth/sessions.ts";
import { canSeePersonalData, type Viewer } from "../auth/viewer.ts";

export interface Claims {
  role: string;
  settings: Record<string, string>;
}

export function claimsOf(viewer: Viewer | null, request: Request): Claims {
  return {
    role: canSeePersonalData(viewer) ? PERSONAL_ROLE : API_ROLE,
    settings: {
      [CLAIMS.role]: viewer?.role ?? "",
      [CLAIMS.user]: viewer ? String(viewer.userId) : "",
      [CLAIMS.town]: viewer?.townId != null ? String(viewer.townId) : "",
      [CLAIMS.zone]: viewer?.zoneId != null ? String(viewer.zoneId) : "",
      [CLAIMS.plans]: viewer?.plans.join(",") ?? "",
      [CLAIMS.write]: viewer?.canWrite && viewer.role !== "VIEWER" ? "true" : "false",
      [CLAIMS.session]: sessionIdFromCookie(request) ?? "",
    },
  };
}

/**
 * One statement: switch role and set every claim and the statement timeout, all local to
 * the current transaction; it returns the backend's pid (to cancel its work).
 */
export function claimsStatement(claims: Claims, statementTimeoutMs: number): { sql: string; values: string[] } {
  const entries: [string, string][] = [["role", claims.role], ...Object.entries(claims.settings), ["statement_timeout", `${statementTimeoutMs}ms`]];
  return {
    sql: `SELECT pg_backend_pid() AS pid, ${entries.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(", ")}`,
    values: entries.flat(),
  };
}

/**
 * From here on, the transaction reads as this viewer (not writing): a request that has just
 * signed in sees its own town and zone in the answer.
 */
export async function readAs(tx: { $queryRawUnsafe(sql: string, ...values: unknown[]): Promise<unknown> }, viewer: Viewer, request: Request, statementTimeoutMs: number): Promise<void> {
  const claims = claimsOf({ ...viewer, canWrite: false }, request);
  const statement = claimsStatement(claims, statementTimeoutMs);
  await tx.$queryRawUnsafe(statement.sql, ...statement.values);
}
