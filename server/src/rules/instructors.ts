// 百名非公企业党建指导员: required party-work, economic-work and grassroots-leadership
// experience and education (RULES.instructor).
import { Prisma } from "@p181/db";
import { enumLabel, RULES } from "@p181/schema";
import { enumWords } from "./detail.ts";
import { kebab } from "./meta.ts";
import { column, live, onlyIds } from "../sql/fragments.ts";
import type { DomainRule } from "./types.ts";

const { minPartyWorkYears, minEconomicWorkYears, minLeadershipYears, qualifyingEducation } = RULES.instructor;

function minYears(field: string, years: number, label: string, message: string): DomainRule {
  const value = column("i", field);
  return {
    id: `instructor-${kebab(field)}`,
    entity: "Instructor",
    field,
    label: `党建指导员${label}不少于${years}年`,
    message: `an instructor has at least ${years} years of ${message}`,
    enforcement: "write",
    triggers: { Instructor: "id" },
    violations: (ids) => Prisma.sql`
      SELECT i.id AS "recordId", jsonb_build_object('years', ${value}) AS "values"
      FROM "Instructor" i
      WHERE ${live("i")} AND ${value} < ${years}::int ${onlyIds(Prisma.sql`i.id`, ids)}`,
    detail: ({ years }) => ({ zh: `现为 ${years} 年`, en: `has ${years} years` }),
  };
}

export const instructorRules: DomainRule[] = [
  minYears("partyWorkYears", minPartyWorkYears, "党务工作年限", "party-affairs work"),
  minYears("economicWorkYears", minEconomicWorkYears, "经济工作年限", "economic work"),
  minYears("leadershipYears", minLeadershipYears, "基层领导工作年限", "grassroots leadership"),
  {
    id: "instructor-education",
    entity: "Instructor",
    field: "education",
    label: `党建指导员学历应为${qualifyingEducation.map((level) => enumLabel("Education", level)).join("、")}`,
    message: `an instructor has one of the education levels ${qualifyingEducation.map((level) => enumWords("Education", level).en).join(", ")}`,
    enforcement: "write",
    triggers: { Instructor: "id" },
    violations: (ids) => Prisma.sql`
      SELECT i.id AS "recordId", jsonb_build_object('education', i.education) AS "values"
      FROM "Instructor" i
      WHERE ${live("i")} AND i.education::text <> ALL(${[...qualifyingEducation]}::text[]) ${onlyIds(Prisma.sql`i.id`, ids)}`,
    detail: ({ education }) => {
      const level = enumWords("Education", String(education));
      return { zh: `现为${level.zh}`, en: `has ${level.en}` };
    },
  },
];
