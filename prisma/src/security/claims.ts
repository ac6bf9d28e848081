// The viewer of a request, as PostgreSQL sees it: settings local to the request's
// transaction (set_config(…, true)), read by the policy functions below. No setting, no rows.
import { ALL_ROLES, ROLES } from "./sql.ts";

/** The settings the API sets at the start of every request transaction. */
export const CLAIMS = {
  role: "p181.role",
  user: "p181.user",
  town: "p181.town",
  zone: "p181.zone",
  /** Comma-separated plans of a plan officer. */
  plans: "p181.plans",
  /** "true" when the request may write (not a viewer, not a read-only token). */
  write: "p181.write",
  /** SHA-256 of the session cookie the request came with, if any. */
  session: "p181.session",
} as const;

export function rolesAndPolicyFunctions(): string {
  return `CREATE SCHEMA IF NOT EXISTS p181;

-- Request traffic runs as one of these (SET LOCAL ROLE per transaction). They are created
-- once per server; the user running the migrations becomes a member so it may switch to them.
${Object.values(ROLES)
  .map(
    (role) =>
      `DO $$ BEGIN CREATE ROLE ${role} NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;`,
  )
  .join("\n")}
DO $$ BEGIN
  EXECUTE format('GRANT ${ALL_ROLES} TO %I', current_user);
EXCEPTION WHEN insufficient_privilege OR invalid_grant_operation THEN
  RAISE NOTICE 'grant ${ALL_ROLES} to the API''s database user yourself: %', SQLERRM;
END $$;
GRANT USAGE ON SCHEMA public, p181 TO ${ALL_ROLES};

CREATE OR REPLACE FUNCTION p181.claim(name text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('p181.' || name, true), '')
$$;

CREATE OR REPLACE FUNCTION p181.claim_id(name text) RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('p181.' || name, true), '')::integer
$$;

-- Rows a viewer may read (the audit log's policy; business tables have one policy per role).
-- Town admins: their town and city-level rows. Zone secretaries: their zone's rows of
-- entities that have zones, their town's and city-level rows of others.
CREATE OR REPLACE FUNCTION p181.can_read(town integer, zone integer, zoned boolean) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE p181.claim('role')
    WHEN 'CITY_ADMIN' THEN true
    WHEN 'PLAN_OFFICER' THEN true
    WHEN 'VIEWER' THEN true
    WHEN 'TOWN_ADMIN' THEN town IS NULL OR town = p181.claim_id('town')
    WHEN 'ZONE_SECRETARY' THEN CASE WHEN zoned THEN zone = p181.claim_id('zone') ELSE town IS NULL OR town = p181.claim_id('town') END
    ELSE false
  END
$$;
`;
}
