// Every API process keeps the sessions and API tokens it has verified in memory
// (server/src/auth/credential-cache.ts). These triggers tell all of them, at commit and in
// the same transaction as the change, which entries no longer hold: pg_notify is delivered
// only if the transaction commits, and to every process LISTENing on the channel.
//
// A notification arrives a little after the commit, so each change also counts up one
// epoch, a single row every request reads in its first statement: a process that has not yet
// heard of every change up to the epoch its request sees waits for the news, and never lets
// a request through on a credential revoked before the request began.
import { ALL_ROLES, literal } from "./sql.ts";

/**
 * The channel and payloads of credential changes. A payload is the change's epoch and the
 * cache key of what changed: `<epoch> session:<Session.id>`, `<epoch> token:<ApiToken.tokenHash>`
 * or `<epoch> user:<User.id>`.
 */
export const CREDENTIAL_CHANGES = {
  channel: "p181_credentials",
  session: "session:",
  token: "token:",
  user: "user:",
  /** The epoch: how many changes have been announced; the row lock orders them as they commit. */
  epochSql: "SELECT epoch::text AS epoch FROM p181.credential_epoch",
} as const;

const notify = (prefix: string, key: string) =>
  `PERFORM p181.announce_credential_change(${literal(prefix)} || ${key});`;

function epoch(): string {
  return `CREATE TABLE IF NOT EXISTS p181.credential_epoch (one boolean PRIMARY KEY DEFAULT true CHECK (one), epoch bigint NOT NULL DEFAULT 0);
INSERT INTO p181.credential_epoch DEFAULT VALUES ON CONFLICT DO NOTHING;
REVOKE ALL ON p181.credential_epoch FROM ${ALL_ROLES};
GRANT SELECT ON p181.credential_epoch TO ${ALL_ROLES};
-- The next epoch (the row stays locked until commit, so epochs commit in order) and its announcement.
CREATE OR REPLACE FUNCTION p181.announce_credential_change(key text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  announced bigint;
BEGIN
  UPDATE p181.credential_epoch SET epoch = epoch + 1 RETURNING epoch INTO announced;
  PERFORM pg_notify(${literal(CREDENTIAL_CHANGES.channel)}, announced || ' ' || key);
END $$;
REVOKE ALL ON FUNCTION p181.announce_credential_change(text) FROM PUBLIC;`;
}

/**
 * A trigger on `table` announcing `prefix || OLD.<key>` when a row is deleted or one of
 * `columns` changes. Other updates (a session's sliding expiry, a token's last use) change
 * nothing a cached entry decides by, and stay silent.
 */
function changeTrigger(table: string, prefix: string, key: string, columns: string[], extra?: string): string {
  const row = (side: string) => `(${columns.map((column) => `${side}."${column}"`).join(", ")})`;
  const changed = [`${row("NEW")} IS DISTINCT FROM ${row("OLD")}`, ...(extra ? [extra] : [])].join(" OR ");
  const fn = `p181.announce_${table.toLowerCase()}_change`;
  return `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
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
    epoch(),
    // A shorter expiry is announced; the sliding one (a session in use) only grows.
    changeTrigger(
      "Session",
      CREDENTIAL_CHANGES.session,
      "id",
      ["id", "userId", "csrfToken", "revokedAt"],
      `NEW."expiresAt" < OLD."expiresAt"`,
    ),
    changeTrigger("ApiToken", CREDENTIAL_CHANGES.token, "tokenHash", [
      "tokenHash",
      "userId",
      "access",
      "expiresAt",
      "revokedAt",
    ]),
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
