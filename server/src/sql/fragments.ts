// Small SQL building blocks shared by the rules and the reports. Identifiers come from code, never from input.
import { Prisma } from "@p181/db";

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;

/** A quoted table or column name, e.g. ident("VolunteerTeam") → "VolunteerTeam". */
export function ident(name: string): Prisma.Sql {
  if (!IDENTIFIER.test(name)) throw new Error(`Not an identifier: ${name}`);
  return Prisma.raw(`"${name}"`);
}

/** A qualified column, e.g. column("r", "deletedAt") → r."deletedAt". */
export function column(alias: string, name: string): Prisma.Sql {
  if (!IDENTIFIER.test(alias)) throw new Error(`Not an alias: ${alias}`);
  return Prisma.raw(`${alias}."${name}"`);
}

/** The row is live (not soft-deleted), for each alias given. */
export function live(...aliases: string[]): Prisma.Sql {
  return Prisma.join(
    aliases.map((alias) => Prisma.sql`${column(alias, "deletedAt")} IS NULL`),
    " AND ",
  );
}

/** `AND <column> = ANY(ids)` when ids are given, nothing otherwise. */
export function onlyIds(idColumn: Prisma.Sql, ids?: number[]): Prisma.Sql {
  return ids ? Prisma.sql`AND ${idColumn} = ANY(${ids}::int[])` : Prisma.empty;
}
