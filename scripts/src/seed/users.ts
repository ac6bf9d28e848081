// Demo accounts for every role, all with the password "demo181" (listed in the README).
// Each has its own salt, drawn from the seeded generator so that every run writes the same rows.
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

export async function seedUsers({ writer, random: root, world }: SeedContext): Promise<void> {
  const random = root.fork("users");
  const rows: Row<"User">[] = [
    { username: "admin", displayName: "市委组织部管理员", role: "CITY_ADMIN" },
    { username: "leader", displayName: `${anyPersonName(random)}（部领导）`, role: "VIEWER" },
    { username: "bi", displayName: "数据分析接口", role: "VIEWER" },
  ];
  for (const [username, plans] of PLAN_OFFICERS) rows.push({ username, displayName: anyPersonName(random), role: "PLAN_OFFICER", plans });
  for (const town of world.towns) {
    rows.push({ username: `${town.code.toLowerCase()}-admin`, displayName: `${town.name}管理员`, role: "TOWN_ADMIN", townId: town.id });
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
  rows.push({ username: "former-officer", displayName: anyPersonName(random), role: "PLAN_OFFICER", plans: ["TRAINING"], active: false });
  const salts = root.fork("user-passwords");
  const saltFor = () => Buffer.from(Array.from({ length: 16 }, () => salts.int(0, 255)));
  // scrypt runs on libuv's thread pool: hashing the accounts in parallel takes a few hashes' time.
  const withPasswords = await Promise.all(
    rows.map((row) => hashPassword(DEMO_PASSWORD, saltFor()).then((passwordHash) => ({ ...row, passwordHash }))),
  );
  await writer.insert("User", withPasswords);
}
