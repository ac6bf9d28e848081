// 百名年轻机关干部: a year into the posting, a cadre has been assessed at least once.
import { Prisma } from "@p181/db";
import { live, onlyIds } from "../sql/fragments.ts";
import type { DomainRule } from "./types.ts";

export const youngCadreRules: DomainRule[] = [
  {
    id: "posted-cadre-assessed",
    entity: "PostedCadre",
    field: "assessments",
    label: "派驻满一年的干部应有量化考核",
    message: "a cadre whose posting started a year or more ago has at least one assessment",
    // Assessments come after the fact, so a missing one can only be listed, never refused.
    enforcement: "report",
    triggers: { PostedCadre: "id", CadreAssessment: "cadreId" },
    violations: (ids) => Prisma.sql`
      SELECT c.id AS "recordId", jsonb_build_object('startOn', to_char(c."startOn", 'YYYY-MM-DD')) AS "values"
      FROM "PostedCadre" c
      WHERE ${live("c")}
        AND c."startOn" + interval '1 year' <= current_date
        AND NOT EXISTS (SELECT 1 FROM "CadreAssessment" a WHERE a."cadreId" = c.id AND ${live("a")})
        ${onlyIds(Prisma.sql`c.id`, ids)}`,
    detail: ({ startOn }) => ({ zh: `${startOn} 起派驻，尚无考核`, en: `posted since ${startOn}, no assessment` }),
  },
];
