// Measures what the largest responses the limits allow cost the API process: wall time, the
// longest stretch the event loop is blocked, and bytes. Not a test (tests never assert
// timings); run it by hand when changing the row or value limits:
//
//   npx tsx src/testing/measure-response.ts            # embedded PGlite
//   MEASURE_BACKEND=postgres npx tsx src/testing/measure-response.ts
import { pathToFileURL } from "node:url";
import { createTestDatabase, type Backend } from "@p181/db/testing";
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  parse,
  type GraphQLObjectType,
} from "graphql";
import { schema } from "../graphql/index.ts";
import { cityAdmin } from "./viewers.ts";
import { createApp } from "../yoga.ts";
import { estimateResponse } from "../security/row-estimate.ts";

const ORGANISATIONS = 500;
const MEMBERS_PER_ORGANISATION = 200;

/** Every leaf of a type, and its to-one relations expanded `depth` levels. */
export function wideSelection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => a.type.toString().endsWith("!"))) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 0 && isObjectType(named) && !isListType(getNullableType(field.type)) && named.getFields().id) {
      parts.push(`${field.name} { ${wideSelection(named, depth - 1)} }`);
    }
  }
  return parts.join(" ");
}

async function blocked<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; longestBlockMs: number }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  clearInterval(timer);
  longest = Math.max(longest, performance.now() - last);
  return { value, ms, longestBlockMs: longest };
}

async function main() {
  const backend = (process.env.MEASURE_BACKEND ?? "pglite") as Backend;
  const db = await createTestDatabase(backend);
  const prisma = db.prisma;
  try {
    const town = await prisma.town.create({ data: { code: "T1", name: "镇", kind: "TOWN" } });
    const zone = await prisma.zone.create({ data: { code: "T1-Z1", name: "村", kind: "VILLAGE", townId: town.id } });
    // Every record created and updated by a user with a town and a zone: to-one relations are filled.
    const user = await prisma.user.create({
      data: { username: "measure", displayName: "测量", role: "CITY_ADMIN", townId: town.id, zoneId: zone.id },
    });
    const audit = { createdById: user.id, updatedById: user.id };
    await prisma.user.createMany({
      data: Array.from({ length: 499 }, (_, i) => ({
        username: `u${i}`,
        displayName: `用户${i}`,
        townId: town.id,
        zoneId: zone.id,
        ...audit,
      })),
    });
    await prisma.partyOrganisation.createMany({
      data: Array.from({ length: ORGANISATIONS }, (_, i) => ({
        code: `O${i}`,
        name: `党支部${i}`,
        type: "BRANCH" as const,
        field: "RURAL" as const,
        townId: town.id,
        zoneId: zone.id,
        foundedOn: new Date("2000-07-01"),
        ...audit,
      })),
    });
    const organisations = await prisma.partyOrganisation.findMany({ select: { id: true } });
    for (const [o, organisation] of organisations.entries()) {
      if (o % 50 === 0) console.error(`seeding organisation ${o}`);
      await prisma.partyMember.createMany({
        data: Array.from({ length: MEMBERS_PER_ORGANISATION }, (_, i) => ({
          idNumber: `32118119${String(o).padStart(4, "0")}${String(i).padStart(6, "0")}`,
          name: `党员${o}-${i}`,
          gender: i % 2 ? ("FEMALE" as const) : ("MALE" as const),
          birthDate: new Date("1980-01-01"),
          education: "BACHELOR" as const,
          organisationId: organisation.id,
          zoneId: zone.id,
          category: "FULL" as const,
          joinedOn: new Date("2005-07-01"),
          occupation: "农民",
          phone: "13800000000",
          skills: ["种植", "电商"],
          ...audit,
        })),
      });
    }
    const app = createApp({ prisma, development: false, actAs: cityAdmin() });
    const member = schema.getType("PartyMember") as GraphQLObjectType;
    const columns = wideSelection(member, 0);
    const wide = wideSelection(member, 2);
    const nested = (organisations: number, members: number, selection: string) =>
      `{ partyOrganisations(take: ${organisations}) { items { members(take: ${members}) { ${selection} } } } }`;
    const queries: Record<string, string> = process.env.MEASURE_QUERY
      ? { "warm-up": nested(500, 20, "id"), given: process.env.MEASURE_QUERY }
      : {
          "warm-up": `{ partyMembers(take: 500) { items { ${columns} } } }`,
          // What the limits allowed before (100,000 rows, no bound on values):
          "500 × 199 members, id only": nested(500, 199, "id"),
          "500 × 199 members, every column": nested(500, 199, columns),
          "500 × 20 members, to-one relations 2 deep": nested(500, 20, wide),
          // The largest the limits allow now (20,000 rows, 100,000 values):
          "200 × 99 members, id only": nested(200, 99, "id"),
          "100 × 36 members, every column": nested(100, 36, columns),
          "60 members, to-one relations 2 deep": `{ partyMembers(take: 60) { items { ${wide} } } }`,
          "500 members, every column": `{ partyMembers(take: 500) { items { ${columns} } } }`,
          "500 users, every column and relation count (the widest page of any entity)": `{ users(take: 500) { items { ${wideSelection(schema.getType("User") as GraphQLObjectType, 0)} } } }`,
          "120 members, to-one relations 2 deep": `{ partyMembers(take: 120) { items { ${wide} } } }`,
        };
    for (const [label, query] of Object.entries(queries)) {
      const { rows, values } = estimateResponse(schema, parse(query), null, {});
      for (let run = 0; run < (label === "warm-up" ? 1 : 3); run++) {
        const { value, ms, longestBlockMs } = await blocked(async () => {
          const response = await app.fetch("http://yoga/graphql", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query }),
          });
          return response.text();
        });
        const body = JSON.parse(value);
        const outcome = body.errors ? `refused: ${body.errors[0].message}` : "answered";
        console.log(
          `${label}: estimate ${rows} rows, ${values} values; ${outcome}; ${Math.round(ms)} ms, event loop blocked up to ${Math.round(longestBlockMs)} ms, ${(value.length / 1e6).toFixed(1)} MB`,
        );
      }
    }
  } finally {
    await db.drop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
