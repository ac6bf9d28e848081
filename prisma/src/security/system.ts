// Accounts, sessions, tokens, rate limits and the audit log as request traffic sees them.
// Password hashes are never readable by the request roles: signing in goes through a
// SECURITY DEFINER function that returns the one account asked for.
import { resources } from "@p181/schema";
import { tableGrants } from "./policies.ts";
import { ALL_ROLES, LIMITED_ROLES, PERSONAL_ROLES } from "./sql.ts";

const isCityAdmin = `p181.claim('role') = 'CITY_ADMIN'`;
const mayWrite = `p181.claim('write') = 'true'`;
const self = (column: string) => `${column} = p181.claim_id('user')`;

function policies(table: string, entries: [name: string, command: string, clause: string][]): string {
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;`,
    ...entries.map(
      ([name, command, clause]) =>
        `DROP POLICY IF EXISTS ${name} ON ${table};\nCREATE POLICY ${name} ON ${table} FOR ${command} ${clause};`,
    ),
  ].join("\n");
}

export function systemTables(): string {
  const auditPersonal = `"personalBefore", "personalAfter"`;
  const auditColumns = `"id", "at", "userId", "action", "entity", "recordId", "before", "after", "areaTownId", "areaZoneId"`;
  return [
    "-- Accounts: city admins see and change all; everyone else sees their own.",
    policies(`"User"`, [
      ["p181_read", "SELECT", `USING (${isCityAdmin} OR ${self('"id"')})`],
      ["p181_insert", "INSERT", `WITH CHECK (${mayWrite} AND ${isCityAdmin})`],
      ["p181_update", "UPDATE", `USING (${mayWrite} AND ${isCityAdmin}) WITH CHECK (${mayWrite} AND ${isCityAdmin})`],
    ]),
    tableGrants(resources.User!),
    "-- Browser sessions: one's own, and the one of the request's cookie (to sign out).",
    policies(`"Session"`, [
      ["p181_read", "SELECT", `USING (${self('"userId"')} OR "id" = p181.claim('session'))`],
      ["p181_insert", "INSERT", "WITH CHECK (true)"],
      ["p181_update", "UPDATE", `USING (${self('"userId"')} OR "id" = p181.claim('session'))`],
    ]),
    `REVOKE ALL ON "Session" FROM ${ALL_ROLES};\nGRANT SELECT, INSERT, UPDATE ON "Session" TO ${ALL_ROLES};`,
    "-- API tokens: one's own.",
    policies(`"ApiToken"`, [
      ["p181_read", "SELECT", `USING (${self('"userId"')})`],
      ["p181_insert", "INSERT", `WITH CHECK (${self('"userId"')})`],
      ["p181_update", "UPDATE", `USING (${self('"userId"')}) WITH CHECK (${self('"userId"')})`],
    ]),
    `REVOKE ALL ON "ApiToken" FROM ${ALL_ROLES};\nGRANT SELECT, INSERT, UPDATE ON "ApiToken" TO ${ALL_ROLES};`,
    `REVOKE ALL ON "RateLimitCounter" FROM ${ALL_ROLES};\nGRANT SELECT, INSERT, UPDATE, DELETE ON "RateLimitCounter" TO ${ALL_ROLES};`,
    "-- The audit log: entries of records in the viewer's area (accounts: city admins only); written as oneself.",
    policies(`"AuditLog"`, [
      [
        "p181_read",
        "SELECT",
        `USING (CASE WHEN "entity" = 'User' THEN ${isCityAdmin} ELSE p181.can_read("areaTownId", "areaZoneId", p181.zoned("entity")) END)`,
      ],
      ["p181_insert", "INSERT", `WITH CHECK (${self('"userId"')})`],
    ]),
    `REVOKE ALL ON "AuditLog" FROM ${ALL_ROLES};`,
    `GRANT SELECT (${auditColumns}, ${auditPersonal}), INSERT (${auditColumns}, ${auditPersonal}) ON "AuditLog" TO ${PERSONAL_ROLES};`,
    `GRANT SELECT (${auditColumns}), INSERT (${auditColumns}) ON "AuditLog" TO ${LIMITED_ROLES};`,
    `GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${ALL_ROLES};`,
  ].join("\n");
}

export function accountFunctions(): string {
  return `-- Signing in: the account with this username, hash included (only this function reads hashes).
CREATE OR REPLACE FUNCTION p181.sign_in_account(name text)
RETURNS TABLE ("id" integer, "username" text, "displayName" text, "role" "UserRole", "townId" integer, "zoneId" integer, "plans" "ProgrammePlan"[], "active" boolean, "passwordHash" text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT "id", "username", "displayName", "role", "townId", "zoneId", "plans", "active", "passwordHash" FROM "User" WHERE "username" = name AND "deletedAt" IS NULL
$$;

-- A stronger hash of the same password, after a successful sign-in; only if the old one is still current.
CREATE OR REPLACE FUNCTION p181.replace_password_hash(account integer, current_hash text, new_hash text) RETURNS boolean
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH changed AS (UPDATE "User" SET "passwordHash" = new_hash WHERE "id" = account AND "passwordHash" = current_hash RETURNING 1)
  SELECT EXISTS (SELECT 1 FROM changed)
$$;

-- Other people's accounts, as far as anyone may know them: a display name.
CREATE OR REPLACE FUNCTION p181.account_names(ids integer[]) RETURNS TABLE ("id" integer, "displayName" text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT "id", "displayName" FROM "User" WHERE "id" = ANY (ids)
$$;
REVOKE ALL ON FUNCTION p181.sign_in_account(text), p181.replace_password_hash(integer, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION p181.sign_in_account(text), p181.replace_password_hash(integer, text, text) TO ${ALL_ROLES};`;
}
