// How a violating record is shown in the report: a human label, and its town and zone
// (the area row-level security reads, @p181/schema territory).
import { Prisma } from "@p181/db";
import { resourceOf } from "@p181/schema";
import { column } from "../sql/fragments.ts";

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

/** The record's (alias r) town id and zone id: its area, kept by the database; NULL where the entity has none. */
export function recordPlace(entity: string): { townId: Prisma.Sql; zoneId: Prisma.Sql } {
  const territory = resourceOf(entity).territory;
  return {
    townId: territory?.town ? column("r", "areaTownId") : Prisma.sql`NULL::int`,
    zoneId: territory?.zone ? column("r", "areaZoneId") : Prisma.sql`NULL::int`,
  };
}
