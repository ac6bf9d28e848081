// What the seed modules share: the writer, a seeded random source and the records written so far.
import type {
  Education,
  Grade,
  Gender,
  MemberCategory,
  MemberFlowStatus,
  OrganisationField,
  OrganisationType,
  TownKind,
  ZoneKind,
} from "@p181/db";
import type { Random } from "./random.ts";
import type { TableWriter } from "./writer.ts";

export interface TownRecord {
  id: number;
  code: string;
  name: string;
  kind: TownKind;
  /** The street where the city government sits; city-level units are registered there. */
  isSeat: boolean;
}

export interface ZoneRecord {
  id: number;
  code: string;
  name: string;
  kind: ZoneKind;
  town: TownRecord;
  economicallyWeak: boolean;
  households: number;
}

/** The place of an organisation in the tree, which decides its name, members and leadership. */
export type OrganisationRole =
  | "townCommittee"
  | "cityCommittee"
  | "zoneMain"
  | "zoneBranch"
  | "organ"
  | "institution"
  | "stateEnterprise"
  | "enterprise"
  | "social";

export interface OrganisationRecord {
  id: number;
  code: string;
  name: string;
  type: OrganisationType;
  field: OrganisationField;
  role: OrganisationRole;
  town: TownRecord;
  zone: ZoneRecord | null;
  parent: OrganisationRecord | null;
  children: OrganisationRecord[];
  foundedOn: Date;
  /** Members whose home organisation this is. */
  members: MemberRecord[];
  secretaryName?: string;
}

export interface MemberRecord {
  id: number;
  idNumber: string;
  name: string;
  gender: Gender;
  birthDate: Date;
  phone: string | null;
  education: Education;
  organisation: OrganisationRecord;
  zone: ZoneRecord | null;
  category: MemberCategory;
  joinedOn: Date;
  flowStatus: MemberFlowStatus;
  skills: string[];
  occupation: string;
}

export interface LeaderRecord {
  member: MemberRecord;
  organisation: OrganisationRecord;
  termStart: Date;
}

export interface OpinionWorkstationRecord {
  id: number;
  zone: ZoneRecord;
  establishedOn: Date;
}

export interface World {
  towns: TownRecord[];
  zones: ZoneRecord[];
  organisations: OrganisationRecord[];
  members: MemberRecord[];
  /** Secretaries and other posts of current leadership teams. */
  leaders: LeaderRecord[];
  opinionWorkstations: OpinionWorkstationRecord[];
  /** Pledge letter ids by organisation id and year. */
  pledgeLetters: Map<number, Map<number, number>>;
}

export interface SeedContext {
  writer: TableWriter;
  random: Random;
  world: World;
}

export function emptyWorld(): World {
  return {
    towns: [],
    zones: [],
    organisations: [],
    members: [],
    leaders: [],
    opinionWorkstations: [],
    pledgeLetters: new Map(),
  };
}

/** Every organisation in the subtree rooted at `root`, root first. */
export function subtree(root: OrganisationRecord): OrganisationRecord[] {
  const result: OrganisationRecord[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const next = stack.pop() as OrganisationRecord;
    result.push(next);
    for (let index = next.children.length - 1; index >= 0; index--)
      stack.push(next.children[index] as OrganisationRecord);
  }
  return result;
}

export function subtreeMembers(root: OrganisationRecord): MemberRecord[] {
  return subtree(root).flatMap((organisation) => organisation.members);
}

/** Groups items by a key, keeping first-seen key order and item order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Splits `total` into whole parts proportional to `weights` (largest remainder),
 * so the parts always add up to exactly `total`.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let remaining = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (remaining <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    remaining -= 1;
  }
  return parts;
}

/** The four-level grade that goes with a score out of 100. */
export function gradeOf(score: number): Grade {
  if (score >= 90) return "EXCELLENT";
  if (score >= 80) return "GOOD";
  if (score >= 60) return "PASS";
  return "FAIL";
}
