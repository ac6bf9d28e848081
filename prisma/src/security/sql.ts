/** A quoted SQL identifier ("PartyMember"). */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A quoted SQL string literal ('text'). */
export const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * The database roles request traffic runs as, one per kind of viewer, so that each role's
 * row-level security policy is as simple as its rule: everything (a one-time check), a town,
 * or a zone. None owns a table, is a superuser or has BYPASSRLS.
 */
export const ROLES = {
  /** City admins: every row, personal data included. */
  city: "p181_city",
  /** Plan officers and viewers: every row, no personal data. */
  cityLimited: "p181_city_limited",
  /** Town admins: their town's rows and the city's. */
  town: "p181_town",
  /** Zone secretaries: their zone's rows (and their town's of entities without zones). */
  zone: "p181_zone",
  /** Anonymous requests (signing in): no business rows at all. */
  anonymous: "p181_anonymous",
} as const;

export type DatabaseRole = (typeof ROLES)[keyof typeof ROLES];

/** All of them, as a GRANT / policy list. */
export const ALL_ROLES = Object.values(ROLES).join(", ");
/** The roles that may read personal-data columns. */
export const PERSONAL_ROLES = [ROLES.city, ROLES.town, ROLES.zone].join(", ");
/** The roles that read only the other columns. */
export const LIMITED_ROLES = [ROLES.cityLimited, ROLES.anonymous].join(", ");

/** SQLSTATEs the generated triggers raise; the API maps them to client errors. */
export const SQLSTATE = {
  /** A zone of another town than the record's. */
  zoneOfAnotherTown: "P1810",
  /** A reference to a row the writer may not see. */
  unreachableReference: "P1811",
} as const;
