// One row per zone with the counts of every plan and the flagship work located in it,
// each figure one grouped query joined to the zones.
import { Prisma } from "@p181/db";
import type { SqlClient } from "../sql/client.ts";
import { ident } from "../sql/fragments.ts";
import { mergeArea, type Area } from "./area.ts";
import type { Where } from "./records.ts";

export interface ScorecardFigure {
  key: string;
  /** Chinese label | English meaning, for the GraphQL description. */
  label: string;
  description: string;
  type: "Int" | "Float";
  /** Counted table(s) with alias r; zone: the zone a row counts for; value: the aggregate. */
  from: Prisma.Sql;
  where: Prisma.Sql;
  zone: Prisma.Sql;
  value: Prisma.Sql;
  /** The records behind a cell, listed in the zone by their area (see records.ts). */
  records: { entity: string; where: Where };
}

const COUNT = Prisma.sql`count(*)`;
const LIVE = Prisma.sql`r."deletedAt" IS NULL`;
const zoneOf = Prisma.sql`r."zoneId"`;
const table = (name: string) => Prisma.sql`${ident(name)} r`;
const count = (
  key: string,
  label: string,
  description: string,
  name: string,
  where: Prisma.Sql = LIVE,
  zone: Prisma.Sql = zoneOf,
  listed: Where = {},
): ScorecardFigure => ({
  key,
  label,
  description,
  type: "Int",
  from: table(name),
  where,
  zone,
  value: COUNT,
  records: { entity: name, where: listed },
});
const listOf = (entity: string, where: Where = {}) => ({ entity, where });

const meetings = Prisma.sql`"FollowUpItem" r JOIN "MeetingDecision" d ON d.id = r."decisionId" JOIN "JointMeeting" m ON m.id = d."meetingId"`;
const meetingsLive = Prisma.sql`${LIVE} AND d."deletedAt" IS NULL AND m."deletedAt" IS NULL`;
const teamServices = Prisma.sql`"VolunteerService" r JOIN "VolunteerTeam" t ON t.id = r."teamId"`;
const orgOf = (name: string) => Prisma.sql`${ident(name)} r JOIN "PartyOrganisation" o ON o.id = r."organisationId"`;

/** Every figure of the scorecard, in column order. Soft-deleted rows (and rows of soft-deleted owners) never count. */
export const SCORECARD: ScorecardFigure[] = [
  count(
    "organisations",
    "党组织数",
    "Active party organisations located in the zone.",
    "PartyOrganisation",
    Prisma.sql`${LIVE} AND r.status = 'ACTIVE'`,
    zoneOf,
    { status: { equals: "ACTIVE" } },
  ),
  count("partyMembers", "党员数", "Party members living or working in the zone.", "PartyMember"),
  count("serviceCentres", "服务中心数", "Service centres serving the zone.", "ServiceCentre"),
  {
    key: "serviceRecords",
    label: "服务记录数",
    description: "Services delivered by the zone's service centres.",
    type: "Int",
    from: Prisma.sql`"ServiceRecord" r JOIN "ServiceCentre" c ON c.id = r."centreId"`,
    where: Prisma.sql`${LIVE} AND c."deletedAt" IS NULL`,
    zone: Prisma.sql`c."zoneId"`,
    value: COUNT,
    records: listOf("ServiceRecord"),
  },
  count("jointMeetings", "联席会次数", "Joint party-building meetings held in the zone.", "JointMeeting"),
  {
    key: "followUpsDone",
    label: "跟进事项已办结",
    description: "Follow-up items of the zone's joint meetings that are done.",
    type: "Int",
    from: meetings,
    where: Prisma.sql`${meetingsLive} AND r.status = 'DONE'`,
    zone: Prisma.sql`m."zoneId"`,
    value: COUNT,
    records: listOf("FollowUpItem", { status: { equals: "DONE" } }),
  },
  {
    key: "followUpsOpen",
    label: "跟进事项未办结",
    description: "Follow-up items of the zone's joint meetings still open or in progress.",
    type: "Int",
    from: meetings,
    where: Prisma.sql`${meetingsLive} AND r.status IN ('OPEN', 'IN_PROGRESS')`,
    zone: Prisma.sql`m."zoneId"`,
    value: COUNT,
    records: listOf("FollowUpItem", { status: { in: ["OPEN", "IN_PROGRESS"] } }),
  },
  count("opinionsReceived", "民情受理件数", "Public opinions received about the zone.", "PublicOpinion"),
  count(
    "opinionsResolved",
    "民情办结件数",
    "Public opinions about the zone that have a resolution date.",
    "PublicOpinion",
    Prisma.sql`${LIVE} AND r."resolvedOn" IS NOT NULL`,
    zoneOf,
    { resolvedOn: { isNull: false } },
  ),
  {
    key: "gridCases",
    label: "网格事件数",
    description: "Social-management cases reported in the zone's grid areas.",
    type: "Int",
    from: Prisma.sql`"SocialCase" r JOIN "GridArea" g ON g.id = r."gridId"`,
    where: Prisma.sql`${LIVE} AND g."deletedAt" IS NULL`,
    zone: Prisma.sql`g."zoneId"`,
    value: COUNT,
    records: listOf("SocialCase"),
  },
  count(
    "hostedCadres",
    "派驻干部数",
    "Young cadres ever posted to the zone.",
    "PostedCadre",
    LIVE,
    Prisma.sql`r."hostZoneId"`,
  ),
  {
    key: "opinionDiaryEntries",
    label: "民情日记篇数",
    description: "Public-opinion diary entries written by cadres posted to the zone.",
    type: "Int",
    from: Prisma.sql`"OpinionDiaryEntry" r JOIN "PostedCadre" c ON c.id = r."cadreId"`,
    where: Prisma.sql`${LIVE} AND c."deletedAt" IS NULL`,
    zone: Prisma.sql`c."hostZoneId"`,
    value: COUNT,
    records: listOf("OpinionDiaryEntry"),
  },
  {
    key: "representativeTours",
    label: "巡访次数",
    description: "Representative tours of party committees located in the zone.",
    type: "Int",
    from: Prisma.sql`"RepresentativeTour" r JOIN "PartyOrganisation" o ON o.id = r."targetOrganisationId"`,
    where: LIVE,
    zone: Prisma.sql`o."zoneId"`,
    value: COUNT,
    records: listOf("RepresentativeTour"),
  },
  count(
    "volunteerTeams",
    "志愿者队伍数",
    "Active party-member volunteer teams serving the zone.",
    "VolunteerTeam",
    Prisma.sql`${LIVE} AND r.active`,
    zoneOf,
    { active: { equals: true } },
  ),
  {
    key: "volunteerServices",
    label: "志愿服务次数",
    description: "Services delivered by volunteer teams serving the zone.",
    type: "Int",
    from: teamServices,
    where: Prisma.sql`${LIVE} AND t."deletedAt" IS NULL`,
    zone: Prisma.sql`t."zoneId"`,
    value: COUNT,
    records: listOf("VolunteerService"),
  },
  {
    key: "volunteerHours",
    label: "志愿服务时长",
    description: "Volunteer hours delivered by teams serving the zone.",
    type: "Float",
    from: teamServices,
    where: Prisma.sql`${LIVE} AND t."deletedAt" IS NULL`,
    zone: Prisma.sql`t."zoneId"`,
    value: Prisma.sql`sum(r.hours)`,
    records: listOf("VolunteerService"),
  },
  {
    ...count(
      "brands",
      "党建品牌数",
      "Party-building brands created by organisations located in the zone.",
      "PartyBrand",
    ),
    from: orgOf("PartyBrand"),
    zone: Prisma.sql`o."zoneId"`,
  },
  {
    ...count(
      "brandsNamed",
      "命名品牌数",
      "Of those brands, the ones officially named.",
      "PartyBrand",
      Prisma.sql`${LIVE} AND r.stage = 'NAMED'`,
      zoneOf,
      { stage: { equals: "NAMED" } },
    ),
    from: orgOf("PartyBrand"),
    zone: Prisma.sql`o."zoneId"`,
  },
  count(
    "talentTeamsLanded",
    "落户人才团队数",
    "Innovation and entrepreneurship talent teams that landed in the zone.",
    "TalentTeam",
    Prisma.sql`${LIVE} AND r.stage = 'LANDED'`,
    zoneOf,
    { stage: { equals: "LANDED" } },
  ),
  {
    ...count(
      "enterprisesWithInstructors",
      "有指导员企业数",
      "Enterprises in the zone that have had a party-building instructor assigned.",
      "Enterprise",
      Prisma.sql`${LIVE} AND EXISTS (SELECT 1 FROM "InstructorAssignment" a JOIN "Instructor" i ON i.id = a."instructorId"
      WHERE a."enterpriseId" = r.id AND a."deletedAt" IS NULL AND i."deletedAt" IS NULL)`,
    ),
    // The list shows the assignments themselves: one enterprise may have had several.
    records: listOf("InstructorAssignment"),
  },
  count(
    "ventureProjects",
    "创业项目数",
    "Venture projects of rural party members and college-graduate village officials in the zone.",
    "VentureProject",
  ),
  {
    ...count("ventureJobs", "带动就业人数", "Jobs created by the zone's venture projects.", "VentureProject"),
    value: Prisma.sql`sum(r."jobsCreated")`,
  },
];

export type ScorecardRow = {
  zoneId: number;
  zoneCode: string;
  zoneName: string;
  zoneKind: string;
  economicallyWeak: boolean;
  townId: number;
  townCode: string;
  townName: string;
} & Record<string, number | string | boolean>;

/** One row per live zone (in the area, within the forced scope), ordered by town and zone code. */
export async function zoneScorecard(client: SqlClient, filter: Area = {}, scope: Area = {}): Promise<ScorecardRow[]> {
  const area = mergeArea(filter, scope);
  if (!area) return [];
  const figures = SCORECARD.map((figure, index) => ({
    figure,
    alias: Prisma.raw(`f${index}`),
    column: ident(figure.key),
  }));
  return client.$queryRaw<ScorecardRow[]>(Prisma.sql`
    WITH zones AS (
      SELECT z.id FROM "Zone" z
      WHERE z."deletedAt" IS NULL
        ${area.townId !== undefined ? Prisma.sql`AND z."townId" = ${area.townId}::int` : Prisma.empty}
        ${area.zoneId !== undefined ? Prisma.sql`AND z.id = ${area.zoneId}::int` : Prisma.empty}
    )
    SELECT z.id AS "zoneId", z.code AS "zoneCode", z.name AS "zoneName", z.kind::text AS "zoneKind", z."economicallyWeak",
           t.id AS "townId", t.code AS "townCode", t.name AS "townName",
           ${Prisma.join(
             figures.map(({ figure, alias, column }) =>
               figure.type === "Int"
                 ? Prisma.sql`COALESCE(${alias}.value, 0)::int AS ${column}`
                 : Prisma.sql`COALESCE(${alias}.value, 0)::float8 AS ${column}`,
             ),
           )}
    FROM zones JOIN "Zone" z ON z.id = zones.id JOIN "Town" t ON t.id = z."townId"
    ${Prisma.join(
      figures.map(
        ({ figure, alias }) => Prisma.sql`LEFT JOIN (
          SELECT ${figure.zone} AS "zoneId", ${figure.value} AS value FROM ${figure.from}
          WHERE ${figure.where} AND ${figure.zone} IN (SELECT id FROM zones) GROUP BY 1
        ) ${alias} ON ${alias}."zoneId" = z.id`,
      ),
      " ",
    )}
    ORDER BY t.code, z.code`);
}
