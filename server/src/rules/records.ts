// How a violating record is shown in the report: a human label, and its town and zone
// reached along the same scope paths that area authorisation uses (@p181/schema resources).
import { Prisma } from "@p181/db";
import { modelMeta, resourceOf, type ScopePath } from "@p181/schema";
import { column, ident } from "./sql.ts";

const MAX_LABEL = 60;

/** Labels for records whose display field alone says little; expressions over alias r. */
const LABELS: Record<string, Prisma.Sql> = {
  AnnualTarget: Prisma.sql`r.year || ' ' || r."scopeCode" || ' ' || r.metric::text`,
  LeadershipTeam: Prisma.sql`(SELECT o.name FROM "PartyOrganisation" o WHERE o.id = r."organisationId") || ' 第' || r."termNumber" || '届'`,
  RepresentativeTour: Prisma.sql`(SELECT o.name FROM "PartyOrganisation" o WHERE o.id = r."targetOrganisationId") || ' ' || to_char(r."startOn", 'YYYY-MM-DD')`,
  InstructorAssignment: Prisma.sql`(SELECT i.name FROM "Instructor" i WHERE i.id = r."instructorId") || ' → ' || (SELECT e.name FROM "Enterprise" e WHERE e.id = r."enterpriseId")`,
  VolunteerMembership: Prisma.sql`(SELECT p.name FROM "PartyMember" p WHERE p.id = r."memberId") || ' @ ' || (SELECT t.name FROM "VolunteerTeam" t WHERE t.id = r."teamId")`,
  Benchmark: Prisma.sql`r."workArea" || ' / ' || r."benchmarkUnit"`,
  CadreAssessment: Prisma.sql`(SELECT c.name FROM "PostedCadre" c WHERE c.id = r."cadreId") || ' ' || r.year || ' ' || r.period::text`,
  RepresentativeReview: Prisma.sql`(SELECT p.name FROM "PartyRepresentative" p WHERE p.id = r."representativeId") || ' ' || r.year`,
  BrandEvaluation: Prisma.sql`(SELECT b.name FROM "PartyBrand" b WHERE b.id = r."brandId") || ' ' || r.year`,
  BenchmarkEvaluation: Prisma.sql`(SELECT b."benchmarkUnit" FROM "Benchmark" b WHERE b.id = r."benchmarkId") || ' ' || r.period`,
  TrainingEvaluation: Prisma.sql`(SELECT s.title FROM "TrainingSession" s WHERE s.id = r."sessionId") || ' ' || to_char(r."evaluatedOn", 'YYYY-MM-DD')`,
};

/** SQL text naming the record (alias r): its name or title, at most 60 characters. */
export function recordLabel(entity: string): Prisma.Sql {
  const fallback = Prisma.sql`${entity}::text || ' ' || r.id`;
  const field = resourceOf(entity).displayField;
  const expression = LABELS[entity] ?? (field === "id" ? null : Prisma.sql`${column("r", field)}::text`);
  return expression ? Prisma.sql`COALESCE(left(${expression}, ${MAX_LABEL}::int), ${fallback})` : fallback;
}

/** LEFT JOINs from the record (alias r) along a scope path, and the id at its end. */
function follow(entity: string, path: ScopePath | null, prefix: string): { joins: Prisma.Sql; id: Prisma.Sql } {
  if (!path) return { joins: Prisma.empty, id: Prisma.sql`NULL::int` };
  let model = entity;
  let alias = "r";
  const joins: Prisma.Sql[] = [];
  path.relations.forEach((relation, index) => {
    const meta = modelMeta(model).fields.find((f) => f.name === relation);
    const foreignKey = meta?.relationFields?.[0];
    if (!meta || !foreignKey) throw new Error(`No relation ${model}.${relation}`);
    const next = `${prefix}${index}`;
    joins.push(Prisma.sql`LEFT JOIN ${ident(meta.type)} ${Prisma.raw(next)} ON ${column(next, "id")} = ${column(alias, foreignKey)}`);
    model = meta.type;
    alias = next;
  });
  return { joins: joins.length > 0 ? Prisma.join(joins, " ") : Prisma.empty, id: column(alias, path.field) };
}

/** Joins and expressions giving the record's (alias r) town id and zone id, or NULL. */
export function recordPlace(entity: string): { joins: Prisma.Sql; townId: Prisma.Sql; zoneId: Prisma.Sql } {
  const resource = resourceOf(entity);
  const town = follow(entity, resource.townPath, "tp");
  const zone = follow(entity, resource.zonePath, "zp");
  return { joins: Prisma.sql`${town.joins} ${zone.joins}`, townId: town.id, zoneId: zone.id };
}
