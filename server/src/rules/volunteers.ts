// 百支党员志愿者队伍: an active team has at least RULES.volunteerTeamMinMembers current members.
import { Prisma } from "@p181/db";
import { RULES } from "@p181/schema";
import { live, onlyIds } from "../sql/fragments.ts";
import type { DomainRule } from "./types.ts";

const min = RULES.volunteerTeamMinMembers;

export const volunteerRules: DomainRule[] = [
  {
    id: "volunteer-team-min-members",
    entity: "VolunteerTeam",
    field: "memberships",
    label: `党员志愿者队伍不少于${min}人`,
    message: `a volunteer team has at least ${min} members`,
    enforcement: "write",
    triggers: {
      VolunteerTeam: "id",
      VolunteerMembership: "teamId",
      // A soft-deleted member no longer counts in any of their teams.
      PartyMember: (ids) =>
        Prisma.sql`SELECT m."teamId" AS id FROM "VolunteerMembership" m WHERE m."memberId" = ANY(${ids}::int[])`,
    },
    // Current members: membership without leftOn, neither membership nor member soft-deleted.
    violations: (ids) => Prisma.sql`
      SELECT t.id AS "recordId", jsonb_build_object('members', count(p.id)) AS "values"
      FROM "VolunteerTeam" t
      LEFT JOIN "VolunteerMembership" m ON m."teamId" = t.id AND m."leftOn" IS NULL AND ${live("m")}
      LEFT JOIN "PartyMember" p ON p.id = m."memberId" AND ${live("p")}
      WHERE t.active AND ${live("t")} ${onlyIds(Prisma.sql`t.id`, ids)}
      GROUP BY t.id
      HAVING count(p.id) < ${min}::int`,
    detail: ({ members }) => ({ zh: `现有 ${members} 人`, en: `has ${members} members` }),
  },
];
