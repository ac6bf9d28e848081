// Who the request is, as PostgreSQL's row-level security policies read it: the role the
// transaction switches to and the settings the policy functions look at.
import { CLAIMS, CREDENTIAL_CHANGES, ROLES, type DatabaseRole } from "@p181/db/security";
import { sessionIdFromCookie } from "../auth/sessions.ts";
import type { Viewer } from "../auth/viewer.ts";

export interface Claims {
  role: string;
  settings: Record<string, string>;
}

/** The database role of each kind of viewer (prisma/src/security/sql.ts). */
export function databaseRole(viewer: Viewer | null): DatabaseRole {
  switch (viewer?.role) {
    case "CITY_ADMIN":
      return ROLES.city;
    case "PLAN_OFFICER":
    case "VIEWER":
      return ROLES.cityLimited;
    case "TOWN_ADMIN":
      return ROLES.town;
    case "ZONE_SECRETARY":
      return ROLES.zone;
    default:
      return ROLES.anonymous;
  }
}

export function claimsOf(viewer: Viewer | null, request: Request): Claims {
  return {
    role: databaseRole(viewer),
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
 * the current transaction; it returns the backend's pid (to cancel its work) and the
 * credential epoch the transaction sees (auth/resolve-viewer.ts, confirmCachedViewer).
 */
export function claimsStatement(claims: Claims, statementTimeoutMs: number): { sql: string; values: string[] } {
  const entries: [string, string][] = [
    ["role", claims.role],
    ...Object.entries(claims.settings),
    ["statement_timeout", `${statementTimeoutMs}ms`],
  ];
  const settings = entries.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(", ");
  return {
    sql: `SELECT pg_backend_pid() AS pid, (${CREDENTIAL_CHANGES.epochSql}) AS credential_epoch, ${settings}`,
    values: entries.flat(),
  };
}

/**
 * From here on, the transaction reads as this viewer (not writing): a request that has just
 * signed in sees its own town and zone in the answer.
 */
export async function readAs(
  tx: { $queryRawUnsafe(sql: string, ...values: unknown[]): Promise<unknown> },
  viewer: Viewer,
  request: Request,
  statementTimeoutMs: number,
): Promise<void> {
  const claims = claimsOf({ ...viewer, canWrite: false }, request);
  const statement = claimsStatement(claims, statementTimeoutMs);
  await tx.$queryRawUnsafe(statement.sql, ...statement.values);
}
