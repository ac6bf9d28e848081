// `npm run bench`: the API's main paths against the plain Prisma calls that do the same
// work, in one process on one freshly seeded database (embedded PGlite, or the
// PostgreSQL server with BENCH_BACKEND=postgres). Figures are ratios, not timings to keep.
import { createTestDatabase, type Backend } from "@p181/db/testing";
import { seedDemoData } from "@p181/scripts/seed";
import { createApp, toViewer } from "@p181/server";
import { measure, report } from "./measure.ts";

const backend = (process.env.BENCH_BACKEND ?? "pglite") as Backend;
console.log(`Seeding a fresh ${backend} database…`);
const db = await createTestDatabase(backend);
await seedDemoData(db.prisma);
const admin = await db.prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
const townAdmin = await db.prisma.user.findFirstOrThrow({ where: { role: "TOWN_ADMIN" } });

const app = createApp({ prisma: db.prisma, development: false, actAs: toViewer(admin, "session") });
const townApp = createApp({ prisma: db.prisma, development: false, actAs: toViewer(townAdmin, "session") });

async function graphql(target: typeof app, query: string) {
  const response = await target.fetch("http://bench/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

const lines: string[] = [];

const listQuery = `{ partyMembers(take: 100, orderBy: [{ name: ASC }]) { totalCount items { id name category organisation { name town { name } } zone { name } } } }`;
const prismaList = () =>
  Promise.all([
    db.prisma.partyMember.findMany({
      where: { deletedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 100,
      select: { id: true, name: true, category: true, organisation: { select: { name: true, town: { select: { name: true } } } }, zone: { select: { name: true } } },
    }),
    db.prisma.partyMember.count({ where: { deletedAt: null } }),
  ]);
lines.push(report("List of 100 members with 2 levels of relations + total", await measure("API", () => graphql(app, listQuery)), await measure("Prisma", prismaList)));

lines.push(
  report(
    "Same list scoped to a town admin's town",
    await measure("town admin", () => graphql(townApp, listQuery)),
    await measure("city admin", () => graphql(app, listQuery)),
  ),
);

const groupQuery = `{ partyMembersGroupBy(by: [category, flowStatus]) { key { category flowStatus } count } }`;
const prismaGroup = () => db.prisma.partyMember.groupBy({ by: ["category", "flowStatus"], where: { deletedAt: null }, _count: { _all: true } });
lines.push(report("Group members by two enums (SQL compiler vs Prisma groupBy)", await measure("API", () => graphql(app, groupQuery)), await measure("Prisma", prismaGroup)));

const nested = `{ towns { items { name zones(take: 10) { name partyMembersCount organisations(take: 5) { name membersCount } } } } }`;
lines.push(report("Three-level nested list with counts vs flat town list", await measure("nested", () => graphql(app, nested)), await measure("flat", () => graphql(app, "{ towns { items { name } } }"))));
lines.push(
  report(
    "Same nested list scoped to a town admin's town",
    await measure("town admin", () => graphql(townApp, nested)),
    await measure("city admin", () => graphql(app, nested)),
  ),
);

// The physical floor: the same rows as the member list, by one hand-written statement.
const floor = () =>
  db.prisma.$queryRawUnsafe(`
    SELECT m.id, m.name, m.category, o.name AS organisation, t.name AS town, z.name AS zone, count(*) OVER () AS total
      FROM "PartyMember" m JOIN "PartyOrganisation" o ON o.id = m."organisationId" JOIN "Town" t ON t.id = o."townId"
      LEFT JOIN "Zone" z ON z.id = m."zoneId"
     WHERE m."deletedAt" IS NULL ORDER BY m.name, m.id LIMIT 100`);
lines.push(report("Member list (API, city admin) vs one hand-written SQL statement", await measure("API", () => graphql(app, listQuery)), await measure("SQL", floor)));

const report2013 = `{ planProgress(year: 2013, level: TOWN) { plan metric townName target actual } }`;
lines.push(
  report(
    "Plan progress by town for 2013: town admin vs city admin",
    await measure("town admin", () => graphql(townApp, report2013)),
    await measure("city admin", () => graphql(app, report2013)),
  ),
);

console.log(`\nBenchmarks on ${backend} (median of 15 runs after 3 warm-ups; ratio = candidate / baseline):`);
for (const line of lines) console.log(`  ${line}`);
await db.drop();
