// 百个创新创业人才团队: signedOn is set from stage SIGNED on, landedOn exactly at stage LANDED.
// (The order contactedOn ≤ signedOn ≤ landedOn is a date rule, see dates.ts.)
import { Prisma } from "@p181/db";
import { live, onlyIds } from "../sql/fragments.ts";
import { enumWords, fieldWords, listed, orEmpty } from "./detail.ts";
import type { DomainRule } from "./types.ts";

export const talentRules: DomainRule[] = [
  {
    id: "talent-team-stage-dates",
    entity: "TalentTeam",
    field: "stage",
    label: "人才团队引进阶段与签约、落户日期一致",
    message: "signedOn is set from stage SIGNED on and landedOn only at stage LANDED",
    enforcement: "write",
    triggers: { TalentTeam: "id" },
    violations: (ids) => Prisma.sql`
      SELECT r.id AS "recordId",
             jsonb_build_object('stage', r.stage, 'signedOn', to_char(r."signedOn", 'YYYY-MM-DD'),
                                'landedOn', to_char(r."landedOn", 'YYYY-MM-DD')) AS "values"
      FROM "TalentTeam" r
      WHERE ${live("r")} ${onlyIds(Prisma.sql`r.id`, ids)}
        AND ((r.stage IN ('SIGNED', 'LANDED')) <> (r."signedOn" IS NOT NULL)
          OR (r.stage = 'LANDED') <> (r."landedOn" IS NOT NULL))`,
    detail: ({ stage, signedOn, landedOn }) =>
      listed([
        [fieldWords("TalentTeam", "stage"), enumWords("TalentStage", String(stage))],
        [fieldWords("TalentTeam", "signedOn"), orEmpty(signedOn)],
        [fieldWords("TalentTeam", "landedOn"), orEmpty(landedOn)],
      ]),
  },
];
