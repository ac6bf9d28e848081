// Leadership teams (领导班子): the current and, where the organisation is old enough, the previous
// term of every organisation, staffed from members of its own subtree.
import type { Education, LeadershipPost } from "@p181/db";
import { addDays, ageOn, day } from "./calendar.ts";
import type { MemberRecord, OrganisationRecord, SeedContext } from "./context.ts";
import { subtree, subtreeMembers } from "./context.ts";
import type { Random } from "./random.ts";
import type { Row } from "./writer.ts";

interface Seat {
  member: MemberRecord;
  post: LeadershipPost;
  concurrentPost: string | null;
}

interface Term {
  organisation: OrganisationRecord;
  termNumber: number;
  termStart: Date;
  termEnd: Date;
  seats: Seat[];
}

const EDUCATION_RANK: Readonly<Record<Education, number>> = {
  PRIMARY: 1,
  JUNIOR_HIGH: 2,
  SENIOR_HIGH: 3,
  JUNIOR_COLLEGE: 4,
  BACHELOR: 5,
  MASTER: 6,
  DOCTORATE: 7,
};

/** Chooses every team and sets each organisation's secretaryName; run before organisations are inserted. */
export function buildLeadership({ random: root, world }: SeedContext): Term[] {
  const random = root.fork("leadership");
  const terms: Term[] = [];
  for (const organisation of world.organisations) {
    const years = organisation.role === "townCommittee" || organisation.role === "cityCommittee" ? 5 : 3;
    const currentStart = currentTermStart(random, organisation);
    const pool = candidatePool(organisation);
    const size = teamSize(random, organisation, pool.length);
    const current = chooseSeats(random, organisation, pool, size, currentStart, []);
    const elapsedTerms = Math.floor(
      (currentStart.getTime() - organisation.foundedOn.getTime()) / (years * 365.25 * 86_400_000),
    );
    const previousStart = addDays(currentStart, -Math.round(years * 365.25));
    const hasPrevious = elapsedTerms >= 1;
    const termNumber = Math.max(1, elapsedTerms + 1);
    if (hasPrevious) {
      const keep = current.filter((seat) => eligible(seat.member, previousStart, organisation) && random.chance(0.6));
      const previous = chooseSeats(
        random,
        organisation,
        pool,
        size,
        previousStart,
        keep.map((seat) => seat.member),
      );
      terms.push({
        organisation,
        termNumber: termNumber - 1,
        termStart: previousStart,
        termEnd: addDays(currentStart, -1),
        seats: previous,
      });
    }
    terms.push({
      organisation,
      termNumber,
      termStart: currentStart,
      termEnd: addDays(currentStart, Math.round(years * 365.25) - 1),
      seats: current,
    });
    organisation.secretaryName = current[0]?.member.name;
    for (const seat of current) world.leaders.push({ member: seat.member, organisation, termStart: currentStart });
  }
  return terms;
}

function currentTermStart(random: Random, organisation: OrganisationRecord): Date {
  let start: Date;
  if (organisation.role === "townCommittee") start = random.date(day(2011, 6, 15), day(2011, 8, 31));
  else if (organisation.role === "cityCommittee") start = random.date(day(2012, 1, 10), day(2012, 6, 30));
  else if (organisation.field === "RURAL" || organisation.field === "COMMUNITY")
    start = random.date(day(2014, 3, 1), day(2014, 5, 31));
  else start = random.date(day(2013, 1, 1), day(2015, 10, 31));
  return start < organisation.foundedOn ? organisation.foundedOn : start;
}

/** Town and city committees are led from their organ branches; everyone else from their own subtree. */
function candidatePool(organisation: OrganisationRecord): MemberRecord[] {
  if (organisation.role === "townCommittee" || organisation.role === "cityCommittee") {
    const organs = subtree(organisation).filter(
      (unit) => unit !== organisation && (unit.role === "organ" || unit.role === "institution"),
    );
    const members = organs.flatMap((unit) => unit.members);
    if (members.length >= 12) return members;
  }
  return subtreeMembers(organisation);
}

function teamSize(random: Random, organisation: OrganisationRecord, available: number): number {
  let size: number;
  if (organisation.role === "townCommittee") size = random.int(7, 9);
  else if (organisation.type === "PARTY_COMMITTEE") size = random.pick([5, 7]);
  else if (organisation.type === "GENERAL_BRANCH") size = random.pick([3, 5]);
  else if (organisation.members.length < 7) size = 1;
  else size = organisation.members.length >= 50 && random.chance(0.5) ? 5 : 3;
  return Math.max(1, Math.min(size, available));
}

function eligible(member: MemberRecord, termStart: Date, organisation: OrganisationRecord): boolean {
  const age = ageOn(member.birthDate, termStart);
  const senior = organisation.role === "townCommittee" || organisation.role === "cityCommittee";
  const oldest = senior ? 57 : /离退休|老年/.test(organisation.name) ? 80 : 63;
  return (
    age >= (senior ? 28 : 23) &&
    age <= oldest &&
    member.category === "FULL" &&
    member.joinedOn <= addDays(termStart, -365) &&
    member.flowStatus !== "OUTFLOW"
  );
}

function chooseSeats(
  random: Random,
  organisation: OrganisationRecord,
  pool: readonly MemberRecord[],
  size: number,
  termStart: Date,
  kept: readonly MemberRecord[],
): Seat[] {
  const scored = pool
    .filter((member) => !kept.includes(member) && eligible(member, termStart, organisation))
    .map((member) => ({ member, score: random.next() * (1 + EDUCATION_RANK[member.education] * 0.4) }))
    .sort((a, b) => b.score - a.score || a.member.idNumber.localeCompare(b.member.idNumber));
  let people = [...kept, ...scored.map((entry) => entry.member)].slice(0, size);
  if (people.length === 0)
    people = pool.filter((member) => member.category === "FULL" && member.joinedOn < termStart).slice(0, 1);
  if (people.length === 0) people = pool.slice(0, 1);
  const deputies =
    organisation.type === "PARTY_COMMITTEE" ? random.int(1, 2) : people.length >= 3 && random.chance(0.5) ? 1 : 0;
  return people.map((member, index) => {
    const post: LeadershipPost =
      index === 0 ? "SECRETARY" : index <= deputies ? "DEPUTY_SECRETARY" : "COMMITTEE_MEMBER";
    return { member, post, concurrentPost: concurrentPost(random, organisation, post, index) };
  });
}

const TOWN_COMMITTEE_POSTS = ["组织委员", "宣传委员", "纪委书记", "统战委员", "人武部长", "副镇长"];

function concurrentPost(
  random: Random,
  organisation: OrganisationRecord,
  post: LeadershipPost,
  index: number,
): string | null {
  if (organisation.role === "townCommittee") {
    if (post === "SECRETARY") return null;
    if (index === 1)
      return organisation.town.kind === "TOWN"
        ? "镇长"
        : organisation.town.kind === "STREET"
          ? "街道办事处主任"
          : "管委会主任";
    return post === "COMMITTEE_MEMBER" ? random.pick(TOWN_COMMITTEE_POSTS) : null;
  }
  if (organisation.role === "zoneMain" && post === "SECRETARY") {
    if (organisation.field === "RURAL" && random.chance(0.45)) return "村民委员会主任";
    if (organisation.field === "COMMUNITY" && random.chance(0.35)) return "社区居民委员会主任";
  }
  if (organisation.role === "enterprise" && post === "SECRETARY")
    return random.pick(["董事长", "副总经理", "工会主席", "行政总监", null]);
  if (post === "COMMITTEE_MEMBER" && random.chance(0.15)) return random.pick(["组织委员", "宣传委员", "纪检委员"]);
  return null;
}

export async function insertLeadership({ writer }: SeedContext, terms: readonly Term[]): Promise<void> {
  const teamRows: Row<"LeadershipTeam">[] = terms.map((term) => ({
    organisationId: term.organisation.id,
    termNumber: term.termNumber,
    termStart: term.termStart,
    termEnd: term.termEnd,
    electedOn: term.termStart,
  }));
  const teamIds = await writer.insert("LeadershipTeam", teamRows);
  const memberRows: Row<"LeadershipTeamMember">[] = terms.flatMap((term, index) =>
    term.seats.map((seat) => ({
      teamId: teamIds[index] as number,
      memberId: seat.member.id,
      name: seat.member.name,
      gender: seat.member.gender,
      birthDate: seat.member.birthDate,
      education: seat.member.education,
      post: seat.post,
      concurrentPost: seat.concurrentPost,
    })),
  );
  await writer.insert("LeadershipTeamMember", memberRows);
}
