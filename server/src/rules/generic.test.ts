// The generic rules (date order, numeric ranges) find exactly the bad records, skip
// soft-deleted ones, and cover every order and range the schema's Rule lines state.
import { datamodel, humanize, modelMeta } from "@p181/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { DATE_PAIRS, dateRules } from "./dates.ts";
import { day, ruleFixture, type RuleFixture } from "./fixture.ts";
import { RANGES, rangeRules } from "./ranges.ts";
import type { DetailValues } from "./detail.ts";
import { fieldLabel } from "./meta.ts";
import type { DomainRule } from "./types.ts";

/** Pairs stated as "b is not before a", "b and c are not before a" or "a ≤ b ≤ c". */
function statedDatePairs(): string[] {
  const pairs: string[] = [];
  for (const model of Object.values(datamodel.models)) {
    for (const rule of model.rules) {
      for (const match of rule.matchAll(/(\w+)(?: and (\w+))? (?:is|are) not before (\w+)/g)) {
        pairs.push(`${model.name}.${match[3]}<=${match[1]}`);
        if (match[2]) pairs.push(`${model.name}.${match[3]}<=${match[2]}`);
      }
      for (const match of rule.matchAll(/(\w+) ≤ (\w+)(?: ≤ (\w+))?/g)) {
        pairs.push(`${model.name}.${match[1]}<=${match[2]}`);
        if (match[3]) pairs.push(`${model.name}.${match[2]}<=${match[3]}`);
      }
    }
  }
  return pairs;
}

describe("generic rules cover the schema", () => {
  it("has a date-order rule for every order a Rule line states", () => {
    const covered = DATE_PAIRS.map(([model, start, end]) => `${model}.${start}<=${end}`);
    expect(statedDatePairs().length).toBeGreaterThanOrEqual(12);
    expect(covered).toEqual(expect.arrayContaining(statedDatePairs()));
  });

  it("has a range rule for every score a Rule line bounds", () => {
    const stated = Object.values(datamodel.models).flatMap((model) =>
      model.rules.flatMap((rule) =>
        [...rule.matchAll(/(\w+) is between 0 and 100/g)].map((m) => `${model.name}.${m[1]}`),
      ),
    );
    expect(stated.length).toBeGreaterThanOrEqual(5);
    expect(RANGES.map((range) => `${range.model}.${range.field}`)).toEqual(expect.arrayContaining(stated));
  });

  it("names each rule uniquely", () => {
    const ids = [...dateRules, ...rangeRules].map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("annual-target-value-non-negative");
    expect(ids).toContain("leadership-team-term-end-not-before-term-start");
  });
});

describe.each(backendsUnderTest())("generic rules on %s", (backend) => {
  let db: TestDatabase;
  let fixture: RuleFixture;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    fixture = await ruleFixture(db.prisma, "GX");
  });
  afterAll(() => db?.drop());

  async function found(rule: DomainRule, ids?: number[]) {
    const rows = await db.prisma.$queryRaw<{ recordId: number; values: DetailValues }[]>(rule.violations(ids));
    return rows
      .map(({ recordId, values }) => ({ recordId, detail: rule.detail(values) }))
      .sort((a, b) => a.recordId - b.recordId);
  }

  it.each(dateRules.map((rule, index) => [rule.id, rule, DATE_PAIRS[index]!] as const))(
    "%s",
    async (_id, rule, pair) => {
      const [model, start, end] = pair;
      const make = (from: string, to: string | null, deleted = false) =>
        fixture.create(model, {
          [start]: day(from),
          [end]: to && day(to),
          ...(deleted ? { deletedAt: new Date() } : {}),
        });
      await make("2012-01-01", "2012-06-30");
      await make("2012-06-30", "2012-06-30");
      if (!modelMeta(model).fields.find((field) => field.name === end)?.isRequired) await make("2012-06-30", null);
      const bad = await make("2012-06-30", "2012-01-01");
      await make("2012-06-30", "2012-01-01", true);
      const [earlier, later] = [start, end].map((field) => fieldLabel(model, field));
      expect(await found(rule)).toEqual([
        {
          recordId: bad.id,
          detail: {
            zh: `${later} 2012-01-01 早于${earlier} 2012-06-30`,
            en: `${humanize(end).toLowerCase()} 2012-01-01 is before ${humanize(start).toLowerCase()} 2012-06-30`,
          },
        },
      ]);
      expect(await found(rule, [bad.id + 1000])).toEqual([]);
    },
  );

  it.each(rangeRules.map((rule, index) => [rule.id, rule, RANGES[index]!] as const))("%s", async (_id, rule, range) => {
    const make = (value: number, deleted = false) =>
      fixture.create(range.model, { [range.field]: value, ...(deleted ? { deletedAt: new Date() } : {}) });
    const lowest = range.min ?? range.above! + 0.5;
    await make(lowest);
    if (range.max !== undefined) await make(range.max);
    const bad = [await make(range.min !== undefined ? range.min - 1 : range.above!)];
    if (range.max !== undefined) bad.push(await make(range.max + 1));
    await make(-5, true);
    const rows = await found(rule);
    expect(rows.map((row) => row.recordId)).toEqual(bad.map((record) => record.id));
    const low = range.min !== undefined ? range.min - 1 : range.above!;
    expect(rows[0]?.detail).toEqual({ zh: `现为 ${low}`, en: `is ${low}` });
  });
});
