// A production-mode app on a fresh test database that records every SQL statement, and a
// small world to query: 2 towns, 4 zones, 4 organisations, 120 party members.
import { createTestDatabase, type Backend, type TestDatabase } from "@p181/db/testing";
import { cityAdmin } from "./viewers.ts";
import { createApp, type App } from "../yoga.ts";
import type { ResponseJson } from "./graphql.ts";

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body (`{ data, errors }` for GraphQL answers), or null when it is not JSON. */
  body: ResponseJson;
}

export interface SecurityHarness {
  db: TestDatabase;
  /** development: false, acting as a city admin (no authentication SQL). */
  app: App;
  /** SQL statements run since the last `resetSql()`. */
  sql: string[];
  resetSql(): void;
  post(body: unknown, init?: { headers?: Record<string, string>; app?: App }): Promise<Answer>;
  get(query: string, init?: { headers?: Record<string, string>; app?: App }): Promise<Answer>;
  development(): App;
}

export const MEMBERS = 120;

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (HTML, empty): left as text
  }
  return { status: response.status, headers: response.headers, text, body };
}

export async function securityHarness(backend: Backend): Promise<SecurityHarness> {
  const sql: string[] = [];
  const db = await createTestDatabase(backend, { onQuery: (statement) => sql.push(statement) });
  await seedWorld(db);
  const app = createApp({ prisma: db.prisma, development: false, actAs: cityAdmin() });
  const json = { "content-type": "application/json" };
  return {
    db,
    app,
    sql,
    resetSql: () => void sql.splice(0),
    async post(body, init = {}) {
      const payload = typeof body === "string" ? body : JSON.stringify(body);
      return answer(
        await (init.app ?? app).fetch("http://yoga/graphql", {
          method: "POST",
          headers: { ...json, ...init.headers },
          body: payload,
        }),
      );
    },
    async get(query, init = {}) {
      const url = `http://yoga/graphql?query=${encodeURIComponent(query)}`;
      return answer(await (init.app ?? app).fetch(url, { headers: init.headers }));
    },
    development: () => createApp({ prisma: db.prisma, development: true, actAs: cityAdmin() }),
  };
}

async function seedWorld(db: TestDatabase) {
  const prisma = db.prisma;
  const towns = await Promise.all(
    ["XQ", "YY"].map((code, i) =>
      prisma.town.create({ data: { code, name: ["新桥镇", "云阳街道"][i]!, kind: "TOWN" } }),
    ),
  );
  const zones: { id: number }[] = [];
  const organisations: { id: number }[] = [];
  for (const [t, town] of towns.entries()) {
    for (const n of [1, 2]) {
      const zone = await prisma.zone.create({
        data: { code: `${town.code}-0${n}`, name: `村${t}${n}`, kind: "VILLAGE", townId: town.id },
      });
      zones.push(zone);
      organisations.push(
        await prisma.partyOrganisation.create({
          data: {
            code: `${zone.code}-B`,
            name: `${zone.name}党支部`,
            type: "BRANCH",
            field: "RURAL",
            townId: town.id,
            zoneId: zone.id,
            foundedOn: new Date("2000-07-01"),
          },
        }),
      );
    }
  }
  await prisma.partyMember.createMany({
    data: Array.from({ length: MEMBERS }, (_, i) => ({
      idNumber: `3211811990${String(i).padStart(8, "0")}`,
      name: `党员${i}`,
      gender: i % 2 ? ("FEMALE" as const) : ("MALE" as const),
      birthDate: new Date("1980-01-01"),
      education: "BACHELOR" as const,
      organisationId: organisations[i % 4]!.id,
      zoneId: zones[i % 4]!.id,
      category: "FULL" as const,
      joinedOn: new Date("2005-07-01"),
      skills: [],
    })),
  });
}
