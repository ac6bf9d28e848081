// Facts of the 181 Project that every layer shares: phases, years and the thresholds
// of the domain rules. The rules themselves are enforced in server/src/rules.

/** The two phases of the programme (第一步 / 第二步). */
export const PHASES = [
  {
    phase: 1,
    label: "第一步",
    description: "Surpass all of the prefecture by the end of 2013.",
    firstYear: 2012,
    lastYear: 2013,
  },
  {
    phase: 2,
    label: "第二步",
    description: "Become the province's best-practice city by the end of 2015.",
    firstYear: 2014,
    lastYear: 2015,
  },
] as const;

export type Phase = (typeof PHASES)[number]["phase"];

export const PROGRAMME_FIRST_YEAR = 2012;
export const PROGRAMME_LAST_YEAR = 2015;

/** The phase a year belongs to, or undefined outside 2012-2015. */
export function phaseOfYear(year: number): Phase | undefined {
  return PHASES.find((p) => year >= p.firstYear && year <= p.lastYear)?.phase;
}

/** The scope code of a city-level annual target (towns and zones use their own codes). */
export const CITY_SCOPE_CODE = "CITY";

/** Thresholds of the domain rules (百支党员志愿者队伍: 10人以上; 指导员: 党务、经济、基层领导经验). */
export const RULES = {
  volunteerTeamMinMembers: 10,
  instructor: {
    minPartyWorkYears: 3,
    minEconomicWorkYears: 2,
    minLeadershipYears: 2,
    /** Education levels that count as "较高的文化层次". */
    qualifyingEducation: ["JUNIOR_COLLEGE", "BACHELOR", "MASTER", "DOCTORATE"],
  },
} as const;
