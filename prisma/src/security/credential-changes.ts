// Every API process keeps the sessions and API tokens it has verified in memory
// (server/src/auth/credential-cache.ts). These triggers tell all of them, at commit and in
// the same transaction as the change, which entries no longer hold: pg_notify is delivered
// only if the transaction commits, and to every process LISTENing on the channel.
import { literal } from "./sql.ts";

/**
 * The channel and payloads of credential changes. A payload is the cache key of what
 * changed: `session:<Session.id>`, `token:<ApiToken.tokenHash>` or `user:<User.id>`.
 */
export const CREDENTIAL_CHANGES = {
  channel: "p181_credentials",
  session: "session:",
  token: "token:",
  user: "user:",
} as const;

const notify = (prefix: string, key: string) => `PERFORM pg_notify(${literal(CREDENTIAL_CHANGES.channel)}, ${literal(prefix)} || ${key});`;

/**
 * A trigger on `table` announcing `prefix || OLD.<key>` when a row is deleted or one of
 * `columns` changes. Other updates (a session's sliding expiry, a token's last use) change
 * nothing a cached entry decides by, and stay silent.
 */
function changeTrigger(table: string, prefix: string, key: string, columns: string[], extra?: string): string {
  const row = (side: string) => `(${columns.map((column) => `${side}."${column}"`).join(", ")})`;
  const changed = [`${row("NEW")} IS DISTINCT FROM ${row("OLD")}`, ...(extra ? [extra] : [])].join(" OR ");
  const fn = `p181.announce_${table.toLowerCase()}_change`;
  return `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR ${changed} THEN
    ${notify(prefix, `OLD."${key}"`)}
  END IF;
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_announce_change ON "${table}";
CREATE TRIGGER p181_announce_change AFTER UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${fn}();`;
}

export function credentialChangeTriggers(): string {
  return [
    "-- Credential changes, announced to every API process at commit (server/src/auth/credential-cache.ts).",
    // A shorter expiry is announced; the sliding one (a session in use) only grows.
    changeTrigger("Session", CREDENTIAL_CHANGES.session, "id", ["id", "userId", "csrfToken", "revokedAt"], `NEW."expiresAt" < OLD."expiresAt"`),
    changeTrigger("ApiToken", CREDENTIAL_CHANGES.token, "tokenHash", ["tokenHash", "userId", "access", "expiresAt", "revokedAt"]),
    // What a viewer is built from (server/src/auth/viewer-user.ts), and the password and deletion.
    changeTrigger("User", CREDENTIAL_CHANGES.user, "id", [
      "id",
      "username",
      "displayName",
      "role",
      "townId",
      "zoneId",
      "plans",
      "active",
      "passwordHash",
      "deletedAt",
    ]),
  ].join("\n");
}
