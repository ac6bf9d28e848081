/** A quoted SQL identifier ("PartyMember"). */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A quoted SQL string literal ('text'). */
export const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The two database roles request traffic runs as; neither owns anything nor bypasses row-level security. */
export const API_ROLE = "p181_api";
/** Same as API_ROLE, plus the personal-data columns: city and town admins, zone secretaries. */
export const PERSONAL_ROLE = "p181_api_personal";
export const API_ROLES = `${API_ROLE}, ${PERSONAL_ROLE}`;

/** SQLSTATEs the generated triggers raise; the API maps them to client errors. */
export const SQLSTATE = {
  /** A zone of another town than the record's. */
  zoneOfAnotherTown: "P1810",
  /** A reference to a row the writer may not see. */
  unreachableReference: "P1811",
} as const;
