// Demo accounts for every role, all with the password "demo181" (listed in the README).
// Each has its own salt, drawn from the seeded generator so that every run writes the same rows.
//
// Hashing is the slow part: scrypt at the current parameters (N = 2^17) takes 128 MiB and up
// to a second per account on libuv's thread pool. So the accounts are built, and their hashes
// started all at once, right after the geography; the seed writes everything else while they
// run and inserts the users last. A hash is made once per process for each distinct salt (the
// salts do not change from run to run, so a second seed in the same process, as in the tests,
// hashes nothing).
import type { ProgrammePlan } from "@p181/db";
import { hashPassword } from "@p181/db/password";
import type { SeedContext } from "./context.ts";
import { anyPersonName } from "./names.ts";
import type { Row } from "./writer.ts";

export const DEMO_PASSWORD = "demo181";

const PLAN_OFFICERS: readonly [string, ProgrammePlan[]][] = [
  ["zone-officer", ["ZONE_PARTY_BUILDING"]],
  ["cadres-officer", ["YOUNG_CADRES"]],
  ["representatives-officer", ["REPRESENTATIVE_TOURS"]],
  ["training-officer", ["TRAINING"]],
  ["talent-officer", ["TALENT_TEAMS"]],
  ["brands-officer", ["BRANDS", "VOLUNTEERS"]],
  ["instructors-officer", ["INSTRUCTORS", "ENTREPRENEURSHIP"]],
  ["benchmarking-officer", ["BENCHMARKING"]],
];

const hashes = new Map<string, Promise<string>>();

/** The demo password hashed with this salt, computed once per process. */
function demoPasswordHash(salt: Buffer): Promise<string> {
  const key = salt.toString("hex");
  let hash = hashes.get(key);
  if (!hash) {
    hash = hashPassword(DEMO_PASSWORD, salt);
    hash.catch(() => hashes.delete(key));
    hashes.set(key, hash);
  }
  return hash;
}

export interface DemoUsers {
  rows: Promise<Row<"User">[]>;
}

/** The demo accounts, their password hashes already being computed; needs the towns and zones. */
export function buildUsers({ random: root, world }: SeedContext): DemoUsers {
  const random = root.fork("users");
  const rows: Row<"User">[] = [
    { username: "admin", displayName: "市委组织部管理员", role: "CITY_ADMIN" },
    { username: "leader", displayName: `${anyPersonName(random)}（部领导）`, role: "VIEWER" },
    { username: "bi", displayName: "数据分析接口", role: "VIEWER" },
  ];
  for (const [username, plans] of PLAN_OFFICERS)
    rows.push({ username, displayName: anyPersonName(random), role: "PLAN_OFFICER", plans });
  for (const town of world.towns) {
    rows.push({
      username: `${town.code.toLowerCase()}-admin`,
      displayName: `${town.name}管理员`,
      role: "TOWN_ADMIN",
      townId: town.id,
    });
    const zone = world.zones.find((candidate) => candidate.town === town);
    if (zone) {
      rows.push({
        username: `${zone.code.toLowerCase()}-secretary`,
        displayName: `${anyPersonName(random)}（${zone.name}书记）`,
        role: "ZONE_SECRETARY",
        townId: town.id,
        zoneId: zone.id,
      });
    }
  }
  rows.push({
    username: "former-officer",
    displayName: anyPersonName(random),
    role: "PLAN_OFFICER",
    plans: ["TRAINING"],
    active: false,
  });
  const salts = root.fork("user-passwords");
  const saltFor = () => Buffer.from(Array.from({ length: 16 }, () => salts.int(0, 255)));
  const withPasswords = Promise.all(
    rows.map((row) => demoPasswordHash(saltFor()).then((passwordHash) => ({ ...row, passwordHash }))),
  );
  // Awaited in insertUsers; a failure must not go unhandled before then.
  withPasswords.catch(() => undefined);
  return { rows: withPasswords };
}

export async function insertUsers({ writer }: SeedContext, users: DemoUsers): Promise<void> {
  await writer.insert("User", await users.rows);
}
