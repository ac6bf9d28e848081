// The requests `npm run bench` measures, each as the GraphQL a client sends and the one
// hand-written statement the floor answers it with (same rows, same JSON, same scope).
import type { FloorRoute } from "./floor/server.ts";

export interface CaseParams {
  /** The town admin's town: the filtered count and the town-admin comparisons read it. */
  townId: number;
  /** The most frequent first character of member names in that town. */
  initial: string;
  /** Live members of that town, visible to both admins: by id and update go through them. */
  memberIds: number[];
  /** The city admin, who the floor writes as. */
  userId: number;
}

export interface BenchCase {
  /** Short name, also the floor's route. */
  name: string;
  title: string;
  query: string;
  /** Requests send these in turn (one entry: every request is the same). */
  variables: Record<string, unknown>[];
  floor: FloorRoute;
  /** Target: the API's req/s as a share of the floor's. */
  minShareOfFloor: number;
  /** Also measured for a town admin against the city admin. */
  townAdmin?: boolean;
  /** A mutation (the soak's load only reads). */
  writes?: boolean;
  /** Targets for the API's latency under load. */
  latency?: { maxP50Ms: number; maxP99OverP50: number };
}

/** The statement's text result is the response body: {"data":{"<field>": <value>}}. */
const answer = (field: string, value: string) =>
  `SELECT json_build_object('data', json_build_object('${field}', ${value}))::text AS body`;

const MEMBER_FIELDS = "id name gender education category flowStatus occupation";
const memberJson = (m: string) =>
  `json_build_object('id', ${m}.id, 'name', ${m}.name, 'gender', ${m}.gender, 'education', ${m}.education, 'category', ${m}.category, 'flowStatus', ${m}."flowStatus", 'occupation', ${m}.occupation)`;

/** The API orders by the sort keys, then by id (api/ordering.ts), and lists only live rows. */
const FIRST_50_BY_NAME = `SELECT * FROM "PartyMember" WHERE "deletedAt" IS NULL ORDER BY name, id LIMIT 50`;

const OCCUPATIONS = ["教师", "工程师", "农民", "医生"];

export function benchCases(params: CaseParams): BenchCase[] {
  return [
    {
      name: "list",
      title: "50 members + totalCount",
      query: `{ partyMembers(take: 50, orderBy: [{ name: ASC }]) { totalCount items { ${MEMBER_FIELDS} } } }`,
      variables: [{}],
      floor: {
        statement: answer(
          "partyMembers",
          `json_build_object(
            'totalCount', (SELECT count(*)::int FROM "PartyMember" WHERE "deletedAt" IS NULL),
            'items', (SELECT coalesce(json_agg(${memberJson("m")} ORDER BY m.name, m.id), '[]') FROM (${FIRST_50_BY_NAME}) m))`,
        ),
        values: () => [],
      },
      minShareOfFloor: 0.5,
      townAdmin: true,
    },
    {
      name: "nested",
      title: "50 members → organisation → town",
      query: `{ partyMembers(take: 50, orderBy: [{ name: ASC }]) { items { id name organisation { id name town { id name } } } } }`,
      variables: [{}],
      floor: {
        statement: answer(
          "partyMembers",
          `json_build_object('items', (
            SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name, 'organisation', (
              SELECT json_build_object('id', o.id, 'name', o.name, 'town', (SELECT json_build_object('id', t.id, 'name', t.name) FROM "Town" t WHERE t.id = o."townId"))
                FROM "PartyOrganisation" o WHERE o.id = m."organisationId"
            )) ORDER BY m.name, m.id), '[]')
            FROM (${FIRST_50_BY_NAME}) m))`,
        ),
        values: () => [],
      },
      minShareOfFloor: 0.5,
      townAdmin: true,
    },
    {
      name: "fan-out",
      title: "10 towns → 10 zones → 10 orgs → 5 members",
      query: `{ towns(take: 10) { items { id name zones(take: 10) { id name organisations(take: 10) { id name members(take: 5) { id name } } } } } }`,
      variables: [{}],
      floor: {
        statement: answer(
          "towns",
          `json_build_object('items', (
            SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name, 'zones', (
              SELECT coalesce(json_agg(json_build_object('id', z.id, 'name', z.name, 'organisations', (
                SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'members', (
                  SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.id), '[]')
                    FROM (SELECT id, name FROM "PartyMember" WHERE "organisationId" = o.id AND "deletedAt" IS NULL ORDER BY id LIMIT 5) m
                )) ORDER BY o.id), '[]')
                  FROM (SELECT id, name FROM "PartyOrganisation" WHERE "zoneId" = z.id AND "deletedAt" IS NULL ORDER BY id LIMIT 10) o
              )) ORDER BY z.id), '[]')
                FROM (SELECT id, name FROM "Zone" WHERE "townId" = t.id AND "deletedAt" IS NULL ORDER BY id LIMIT 10) z
            )) ORDER BY t.id), '[]')
              FROM (SELECT id, name FROM "Town" WHERE "deletedAt" IS NULL ORDER BY id LIMIT 10) t))`,
        ),
        values: () => [],
      },
      minShareOfFloor: 0.5,
      latency: { maxP50Ms: 50, maxP99OverP50: 4 },
    },
    {
      name: "count",
      title: "count: members of a town, name starts with …",
      query: `query Count($town: Int!, $initial: String!) {
        partyMembers(where: { organisation: { townId: { equals: $town } }, name: { startsWith: $initial } }) { totalCount }
      }`,
      variables: [{ town: params.townId, initial: params.initial }],
      floor: {
        statement: answer(
          "partyMembers",
          `json_build_object('totalCount', (
            SELECT count(*)::int FROM "PartyMember" m
             WHERE m."deletedAt" IS NULL AND starts_with(m.name, $2::text)
               AND EXISTS (SELECT 1 FROM "PartyOrganisation" o WHERE o.id = m."organisationId" AND o."townId" = $1::int)))`,
        ),
        values: (v) => [v.town, v.initial],
      },
      minShareOfFloor: 0.5,
      townAdmin: true,
    },
    {
      name: "by-id",
      title: "one member by id",
      query: `query Member($id: Int!) { partyMember(id: $id) { ${MEMBER_FIELDS} } }`,
      variables: params.memberIds.map((id) => ({ id })),
      floor: {
        statement: answer(
          "partyMember",
          `(SELECT ${memberJson("m")} FROM "PartyMember" m WHERE m.id = $1::int AND m."deletedAt" IS NULL)`,
        ),
        values: (v) => [v.id],
      },
      minShareOfFloor: 0.5,
    },
    {
      name: "group-by",
      title: "members grouped by category, flowStatus",
      query: `{ partyMembersGroupBy(by: [category, flowStatus]) { key { category flowStatus } count } }`,
      variables: [{}],
      floor: {
        statement: answer(
          "partyMembersGroupBy",
          `(SELECT coalesce(json_agg(json_build_object('key', json_build_object('category', g.category, 'flowStatus', g."flowStatus"), 'count', g.n) ORDER BY g.category, g."flowStatus"), '[]')
              FROM (SELECT category, "flowStatus", count(*)::int AS n FROM "PartyMember" WHERE "deletedAt" IS NULL GROUP BY 1, 2 ORDER BY 1, 2 LIMIT 500) g)`,
        ),
        values: () => [],
      },
      minShareOfFloor: 0.5,
    },
    {
      name: "update",
      title: "update one field of one member",
      query: `mutation Update($id: Int!, $occupation: String) { updatePartyMember(id: $id, data: { occupation: $occupation }) { id occupation } }`,
      variables: params.memberIds.map((id, i) => ({ id, occupation: OCCUPATIONS[i % OCCUPATIONS.length] })),
      // The write and its audit entry, as the API journals it (personal fields apart); the
      // floor does not re-check the domain rules, the API does.
      floor: {
        statement: `WITH before AS (
            SELECT * FROM "PartyMember" WHERE id = $1::int AND "deletedAt" IS NULL FOR UPDATE
          ), updated AS (
            UPDATE "PartyMember" m
               SET occupation = $2::text, "updatedById" = $3::int,
                   "updatedAt" = greatest((now() AT TIME ZONE 'UTC')::timestamp(3), b."updatedAt" + interval '1 millisecond')
              FROM before b WHERE m.id = b.id
            RETURNING m.*
          ), journal AS (
            INSERT INTO "AuditLog" ("userId", action, entity, "recordId", before, after, "personalBefore", "personalAfter", "areaTownId", "areaZoneId")
            SELECT $3::int, 'UPDATE', 'PartyMember', u.id,
                   to_jsonb(b) - '{idNumber,birthDate,phone,areaTownId,areaZoneId}'::text[],
                   to_jsonb(u) - '{idNumber,birthDate,phone,areaTownId,areaZoneId}'::text[],
                   jsonb_build_object('idNumber', b."idNumber", 'birthDate', b."birthDate", 'phone', b.phone),
                   jsonb_build_object('idNumber', u."idNumber", 'birthDate', u."birthDate", 'phone', u.phone),
                   u."areaTownId", u."areaZoneId"
              FROM updated u JOIN before b ON b.id = u.id
          )
          ${answer("updatePartyMember", `(SELECT json_build_object('id', id, 'occupation', occupation) FROM updated)`)}`,
        values: (v) => [v.id, v.occupation, params.userId],
      },
      minShareOfFloor: 0.25,
      writes: true,
    },
  ];
}

/** A 500-row page of members with relations: how long serving it blocks the event loop. */
export const LARGE_PAGE_QUERY = `{ partyMembers(take: 500, orderBy: [{ name: ASC }]) {
  totalCount items { ${MEMBER_FIELDS} joinedOn skills organisation { id name town { id name } } zone { id name } } } }`;
