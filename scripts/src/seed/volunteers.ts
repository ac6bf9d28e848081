// Plan 6 (百支党员志愿者队伍大服务): about 100 teams of at least 10 members built around members'
// skills, their services, and the yearly democratic appraisal of every member, which credits
// each member's share of the hours served.
import type { AppraisalGrade, VolunteerSpecialty } from "@p181/db";
import { RULES } from "@p181/schema";
import { addDays, AS_OF, day, earliest, latest, PROGRAMME_YEARS, yearEnd, yearStart } from "./calendar.ts";
import type { MemberRecord, OrganisationRecord, SeedContext, ZoneRecord } from "./context.ts";
import { groupBy, subtreeMembers } from "./context.ts";
import { chineseNumber } from "./names.ts";
import type { Random } from "./random.ts";
import { plannedCount, townWeight } from "./targets.ts";
import type { Row } from "./writer.ts";

/** Active teams with fewer than RULES.volunteerTeamMinMembers current members: the deliberate rule break of this plan. */
export const UNDERSIZED_TEAMS = 4;
const TEAMS_BEFORE_PROGRAMME = 8;
const DISBANDED_TEAMS = 5;

const SPECIALTY_LABELS: Readonly<Record<VolunteerSpecialty, string>> = {
  MEDICAL: "医疗健康",
  LEGAL: "法律服务",
  EDUCATION: "助学辅导",
  AGRI_TECH: "农技服务",
  ELDERLY_CARE: "助老帮困",
  ENVIRONMENT: "环境保护",
  CULTURE: "文化宣传",
  SAFETY: "平安巡防",
  OTHER: "便民维修",
};
const SPECIALTY_SKILLS: Readonly<Record<VolunteerSpecialty, readonly string[]>> = {
  MEDICAL: ["医疗护理"],
  LEGAL: ["法律咨询", "调解纠纷"],
  EDUCATION: ["教育辅导", "外语"],
  AGRI_TECH: ["农业技术", "养殖技术", "园艺"],
  ELDERLY_CARE: ["烹饪", "心理疏导", "医疗护理"],
  ENVIRONMENT: ["园艺"],
  CULTURE: ["文艺宣传", "书法绘画", "摄影摄像"],
  SAFETY: ["驾驶", "调解纠纷"],
  OTHER: ["电工维修", "水电维修", "家电维修", "计算机"],
};
const SERVICE_TEXT: Readonly<Record<VolunteerSpecialty, readonly string[]>> = {
  MEDICAL: ["义诊测血压", "上门健康随访", "健康知识讲座"],
  LEGAL: ["法律咨询进村(社区)", "调解邻里纠纷", "普法宣传"],
  EDUCATION: ["留守儿童作业辅导", "暑期课堂", "家庭教育讲座"],
  AGRI_TECH: ["田间技术指导", "病虫害防治培训", "果树修剪指导"],
  ELDERLY_CARE: ["走访空巢老人", "为老人理发", "助餐送餐"],
  ENVIRONMENT: ["河道保洁", "垃圾分类宣传", "植树护绿"],
  CULTURE: ["文艺演出", "写春联送春联", "宣传栏更新"],
  SAFETY: ["夜间治安巡逻", "消防安全检查", "交通文明劝导"],
  OTHER: ["家电义务维修", "水电维修", "电脑知识培训"],
};

interface TeamDraft {
  organisation: OrganisationRecord;
  zone: ZoneRecord | null;
  specialty: VolunteerSpecialty;
  name: string;
  foundedOn: Date;
  active: boolean;
  disbandedOn: Date | null;
  undersized: boolean;
  memberships: { member: MemberRecord; joinedOn: Date; leftOn: Date | null; leader: boolean }[];
}

export async function seedVolunteers(context: SeedContext): Promise<void> {
  const random = context.random.fork("volunteers");
  const teams = draftTeams(context, random);
  const { writer, world } = context;
  const teamIds = await writer.insert(
    "VolunteerTeam",
    teams.map((team) => ({
      name: team.name,
      organisationId: team.organisation.id,
      zoneId: team.zone?.id ?? null,
      specialty: team.specialty,
      leaderName:
        team.memberships.find((membership) => membership.leader)?.member.name ?? team.organisation.secretaryName ?? "",
      foundedOn: team.foundedOn,
      active: team.active,
    })),
  );
  await writer.insert(
    "VolunteerMembership",
    teams.flatMap((team, index) =>
      team.memberships.map((membership) => ({
        teamId: teamIds[index] as number,
        memberId: membership.member.id,
        role: membership.leader ? ("LEADER" as const) : ("MEMBER" as const),
        joinedOn: membership.joinedOn,
        leftOn: membership.leftOn,
      })),
    ),
  );
  const credited = new Map<MemberRecord, Map<number, number>>();
  const services: Row<"VolunteerService">[] = [];
  teams.forEach((team, index) => {
    const end = team.disbandedOn ?? AS_OF;
    for (const year of PROGRAMME_YEARS) {
      const from = latest(team.foundedOn, yearStart(year));
      const to = earliest(end, yearEnd(year));
      if (from > to) continue;
      const count = Math.round(
        random.int(8, 14) * ((to.getTime() - from.getTime()) / (yearEnd(year).getTime() - yearStart(year).getTime())),
      );
      for (let n = 0; n < count; n++) {
        const servedOn = random.date(from, to);
        const present = team.memberships.filter(
          (membership) => membership.joinedOn <= servedOn && (!membership.leftOn || membership.leftOn > servedOn),
        );
        if (present.length === 0) continue;
        const participants = random.sample(present, Math.min(present.length, random.int(3, 12)));
        const hoursEach = random.pick([1.5, 2, 2.5, 3, 4]);
        for (const { member } of participants) {
          const years = credited.get(member) ?? new Map<number, number>();
          years.set(year, (years.get(year) ?? 0) + hoursEach);
          credited.set(member, years);
        }
        const kind = random.chance(0.85)
          ? team.specialty
          : random.weighted<VolunteerSpecialty>({ ELDERLY_CARE: 2, ENVIRONMENT: 2, SAFETY: 1, CULTURE: 1 });
        services.push({
          teamId: teamIds[index] as number,
          servedOn,
          kind,
          hours: hoursEach * participants.length,
          participants: participants.length,
          beneficiaries: random.int(5, 200),
          location: team.zone
            ? `${team.zone.name}${random.pick(["党员服务中心", "文化广场", "村(居)委会", "小区"])}`
            : null,
          description: random.pick(SERVICE_TEXT[kind]),
        });
      }
    }
  });
  services.sort((a, b) => (a.servedOn as Date).getTime() - (b.servedOn as Date).getTime() || a.teamId - b.teamId);
  await writer.insert("VolunteerService", services);
  await writer.insert("MemberAppraisal", appraisals(random.fork("appraisals"), world.members, credited));
}

function draftTeams({ world }: SeedContext, random: Random): TeamDraft[] {
  const foundings: { foundedOn: Date; active: boolean }[] = Array.from({ length: TEAMS_BEFORE_PROGRAMME }, () => ({
    foundedOn: random.date(day(2009, 1, 1), day(2011, 12, 31)),
    active: true,
  }));
  let stock = TEAMS_BEFORE_PROGRAMME;
  for (const year of PROGRAMME_YEARS) {
    const target = Math.max(stock, plannedCount("VOLUNTEER_TEAMS", year));
    for (; stock < target; stock++)
      foundings.push({ foundedOn: random.date(yearStart(year), day(year, 12, 20)), active: true });
  }
  for (let n = 0; n < DISBANDED_TEAMS; n++)
    foundings.push({ foundedOn: random.date(day(2011, 6, 1), day(2013, 6, 30)), active: false });
  foundings.sort((a, b) => a.foundedOn.getTime() - b.foundedOn.getTime());

  const candidates = world.organisations.filter((organisation) =>
    ["zoneMain", "organ", "institution", "enterprise", "social"].includes(organisation.role),
  );
  const towns = world.towns.map((town) => ({ town, weight: townWeight("VOLUNTEER_TEAMS", world, town) }));
  const residents = groupBy(
    world.members.filter((member) => member.zone && member.flowStatus !== "OUTFLOW"),
    (member) => member.zone as ZoneRecord,
  );
  const names = new Set<string>();
  const drafts = foundings.map(({ foundedOn, active }) => {
    const { town } = random.pickWeighted(towns, (entry) => entry.weight);
    const local = candidates.filter((organisation) => organisation.town === town && organisation.foundedOn < foundedOn);
    const organisation = random.pickWeighted(local, (candidate) =>
      candidate.role === "zoneMain" ? 4 : candidate.role === "enterprise" ? 0.5 : 1,
    );
    const zone =
      organisation.zone ??
      random.pick(world.zones.filter((candidate) => candidate.town === town && candidate.kind !== "PARK"));
    const specialty = random.weighted<VolunteerSpecialty>({
      MEDICAL: 12,
      LEGAL: 10,
      EDUCATION: 12,
      AGRI_TECH: organisation.field === "RURAL" ? 25 : 3,
      ELDERLY_CARE: 16,
      ENVIRONMENT: 12,
      CULTURE: 10,
      SAFETY: 10,
      OTHER: 6,
    });
    const base = `${zone.name}党员${SPECIALTY_LABELS[specialty]}志愿服务`;
    let name = `${base}队`;
    for (let number = 2; names.has(`${organisation.code}/${name}`); number++)
      name = `${base}${chineseNumber(number)}队`;
    names.add(`${organisation.code}/${name}`);
    const pool = [...new Set([...subtreeMembers(organisation), ...(residents.get(zone) ?? [])])].filter(
      (member) => member.flowStatus !== "OUTFLOW" && member.joinedOn < foundedOn,
    );
    const skilled = (member: MemberRecord) =>
      member.skills.some((skill) => SPECIALTY_SKILLS[specialty].includes(skill));
    const ranked = pool
      .map((member) => ({ member, score: random.next() * (skilled(member) ? 3 : 1) }))
      .sort((a, b) => b.score - a.score || a.member.idNumber.localeCompare(b.member.idNumber))
      .map((entry) => entry.member);
    const team: TeamDraft = {
      organisation,
      zone,
      specialty,
      name,
      foundedOn,
      active,
      disbandedOn: null,
      undersized: false,
      memberships: [],
    };
    return { team, ranked };
  });
  const undersized = random.sample(
    drafts.filter(({ team }) => team.active && team.foundedOn < day(2015, 1, 1)),
    UNDERSIZED_TEAMS,
  );
  for (const { team } of undersized) team.undersized = true;
  for (const { team, ranked } of drafts) {
    team.disbandedOn = team.active ? null : random.date(addDays(team.foundedOn, 300), day(2015, 6, 30));
    const current = team.undersized
      ? random.int(RULES.volunteerTeamMinMembers - 4, RULES.volunteerTeamMinMembers - 1)
      : random.int(RULES.volunteerTeamMinMembers + 2, RULES.volunteerTeamMinMembers + 12);
    const former = team.undersized ? random.int(3, 5) : team.foundedOn < day(2015, 6, 1) ? random.int(0, 3) : 0;
    const people = ranked.slice(0, current + former);
    if (people.length < current + former) throw new Error(`Too few members for ${team.name}`);
    const lastJoin = team.disbandedOn
      ? addDays(team.disbandedOn, -30)
      : earliest(addDays(team.foundedOn, 540), addDays(AS_OF, -30));
    team.memberships = people.map((member, index) => {
      const leaving = !team.active || index >= current;
      const joinEnd = leaving && team.active ? earliest(lastJoin, addDays(AS_OF, -90)) : lastJoin;
      const joinedOn = index === 0 ? team.foundedOn : random.date(team.foundedOn, latest(team.foundedOn, joinEnd));
      const leftOn = team.disbandedOn ?? (leaving ? random.date(addDays(joinedOn, 60), AS_OF) : null);
      return { member, joinedOn, leftOn, leader: index === 0 };
    });
  }
  return drafts.map(({ team }) => team);
}

function appraisals(
  random: Random,
  members: readonly MemberRecord[],
  credited: Map<MemberRecord, Map<number, number>>,
): Row<"MemberAppraisal">[] {
  const rows: Row<"MemberAppraisal">[] = [];
  for (const member of members) {
    for (const year of PROGRAMME_YEARS) {
      if (member.joinedOn > day(year, 11, 30)) continue;
      const hours = credited.get(member)?.get(year) ?? 0;
      const grade = random.weighted<AppraisalGrade>(
        member.flowStatus === "OUTFLOW"
          ? { EXCELLENT: 3, QUALIFIED: 85, BASICALLY_QUALIFIED: 10, UNQUALIFIED: 2 }
          : { EXCELLENT: hours >= 20 ? 35 : 11, QUALIFIED: 85, BASICALLY_QUALIFIED: 3, UNQUALIFIED: 1 },
      );
      rows.push({
        memberId: member.id,
        year,
        volunteerHours: hours,
        grade,
        comments:
          grade === "UNQUALIFIED"
            ? "长期不参加组织生活，限期改正"
            : grade === "BASICALLY_QUALIFIED"
              ? "参加组织生活不够经常"
              : null,
      });
    }
  }
  return rows;
}
