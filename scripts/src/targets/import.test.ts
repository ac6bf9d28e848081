import fs from "node:fs";
import path from "node:path";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importTargets } from "./import.ts";
import { formatProblem, formatResult } from "./report.ts";

const examples = path.resolve(import.meta.dirname, "../../examples");
const example = (extension: string) => path.join(examples, `targets-2012-2015.${extension}`);
const exampleJson = JSON.parse(fs.readFileSync(example("json"), "utf8")) as {
  scopeLevel: string;
  scopeCode: string;
  value: number;
}[];
const EXAMPLE_ROWS = exampleJson.length;
const upload = (name: string, text: string) => ({ name, buffer: new TextEncoder().encode(text) });

describe.each(backendsUnderTest())("importing annual targets on %s", (backend) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    // The towns and zones the example files name, plus a soft-deleted town.
    const codes = (level: string) => [
      ...new Set(exampleJson.filter((t) => t.scopeLevel === level).map((t) => t.scopeCode)),
    ];
    for (const [i, code] of codes("TOWN").entries())
      await db.prisma.town.create({ data: { code, name: `测试镇${i + 1}`, kind: "TOWN" } });
    const town = await db.prisma.town.findFirstOrThrow();
    for (const [i, code] of codes("ZONE").entries())
      await db.prisma.zone.create({ data: { code, name: `测试村${i + 1}`, kind: "VILLAGE", townId: town.id } });
    await db.prisma.town.create({ data: { code: "T-OLD", name: "已撤并镇", kind: "TOWN", deletedAt: new Date() } });
  });
  afterAll(() => db?.drop());
  beforeEach(async () => {
    await db.prisma.annualTarget.deleteMany();
  });

  /** Stored targets in a stable, comparable form. */
  async function stored() {
    const targets = await db.prisma.annualTarget.findMany({
      orderBy: [{ plan: "asc" }, { metric: "asc" }, { year: "asc" }, { scopeLevel: "asc" }, { scopeCode: "asc" }],
      include: { town: true, zone: true },
    });
    return targets.map((t) => [
      t.plan,
      t.year,
      t.scopeLevel,
      t.scopeCode,
      t.town?.code ?? t.zone?.code ?? null,
      t.metric,
      t.value.toFixed(2),
      t.note,
    ]);
  }

  it("imports the CSV, XLSX and JSON examples to the same targets", async () => {
    const snapshots = [];
    for (const extension of ["csv", "xlsx", "json"]) {
      await db.prisma.annualTarget.deleteMany();
      const result = await importTargets(db.prisma, example(extension));
      expect(result).toMatchObject({ errors: [], rows: EXAMPLE_ROWS, created: EXAMPLE_ROWS, updated: 0, unchanged: 0 });
      snapshots.push(await stored());
    }
    expect(snapshots[0]).toHaveLength(EXAMPLE_ROWS);
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect(snapshots[2]).toEqual(snapshots[0]);
    expect(snapshots[0]).toContainEqual([
      "TRAINING",
      2013,
      "CITY",
      "CITY",
      null,
      "TRAINING_SESSIONS",
      "100.00",
      "每年100场左右",
    ]);
    expect(snapshots[0]).toContainEqual(["VOLUNTEERS", 2014, "TOWN", "T01", "T01", "VOLUNTEER_HOURS", "3000.50", null]);
  });

  it("reports nothing changed when the same file is imported again, in any format", async () => {
    await importTargets(db.prisma, example("csv"));
    const before = await db.prisma.annualTarget.findMany({
      select: { id: true, updatedAt: true },
      orderBy: { id: "asc" },
    });
    for (const extension of ["csv", "xlsx", "json"]) {
      const again = await importTargets(db.prisma, example(extension));
      expect(again).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: EXAMPLE_ROWS });
      expect(formatResult(again)).toEqual([expect.stringContaining("没有变化")]);
      expect(formatResult(again)[0]).toContain("nothing changed");
    }
    expect(
      await db.prisma.annualTarget.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } }),
    ).toEqual(before);
  });

  it("counts a changed value as updated, and a value equal as a decimal (100.00) as unchanged", async () => {
    await importTargets(db.prisma, example("json"));
    const edited = exampleJson.map((target, i) =>
      i === 0 ? { ...target, value: target.value + 1 } : i === 1 ? { ...target, value: `${target.value}.00` } : target,
    );
    const result = await importTargets(db.prisma, upload("edited.json", JSON.stringify(edited)));
    expect(result).toMatchObject({ errors: [], created: 0, updated: 1, unchanged: EXAMPLE_ROWS - 1 });
    const first = exampleJson[0] as unknown as { plan: "ZONE_PARTY_BUILDING"; year: number; metric: "SERVICE_CENTRES" };
    const target = await db.prisma.annualTarget.findFirstOrThrow({
      where: { plan: first.plan, year: first.year, metric: first.metric, scopeLevel: "CITY" },
    });
    expect(target.value.toNumber()).toBe(exampleJson[0]!.value + 1);
  });

  it("dry run validates and counts without writing", async () => {
    const dry = await importTargets(db.prisma, example("csv"), { dryRun: true });
    expect(dry).toMatchObject({ errors: [], dryRun: true, created: EXAMPLE_ROWS, updated: 0, unchanged: 0 });
    expect(formatResult(dry).join("\n")).toContain("Dry run, nothing written");
    expect(await db.prisma.annualTarget.count()).toBe(0);

    await importTargets(db.prisma, example("csv"));
    const edited = exampleJson.map((target, i) => (i === 0 ? { ...target, value: 999 } : target));
    const dryEdit = await importTargets(db.prisma, upload("edited.json", JSON.stringify(edited)), { dryRun: true });
    expect(dryEdit).toMatchObject({ created: 0, updated: 1, unchanged: EXAMPLE_ROWS - 1 });
    expect(await db.prisma.annualTarget.count({ where: { value: 999 } })).toBe(0);
  });

  it("revives a soft-deleted target as an update", async () => {
    await importTargets(db.prisma, example("json"));
    const { count } = await db.prisma.annualTarget.updateMany({
      where: { scopeLevel: "ZONE" },
      data: { deletedAt: new Date() },
    });
    const result = await importTargets(db.prisma, example("json"));
    expect(result).toMatchObject({ created: 0, updated: count, unchanged: EXAMPLE_ROWS - count });
    expect(await db.prisma.annualTarget.count({ where: { deletedAt: { not: null } } })).toBe(0);
  });

  it("sets the note only when the file has a note column, and clears it for an empty note", async () => {
    const header = "plan,year,scopeLevel,scopeCode,metric,value";
    await importTargets(
      db.prisma,
      upload("a.csv", `${header},note\nTRAINING,2013,CITY,CITY,TRAINING_SESSIONS,100,每年100场\n`),
    );
    expect(
      await importTargets(db.prisma, upload("b.csv", `${header}\nTRAINING,2013,CITY,CITY,TRAINING_SESSIONS,100\n`)),
    ).toMatchObject({ unchanged: 1 });
    expect(
      await importTargets(
        db.prisma,
        upload("c.csv", `${header},note\nTRAINING,2013,CITY,CITY,TRAINING_SESSIONS,100,\n`),
      ),
    ).toMatchObject({ updated: 1 });
    expect((await db.prisma.annualTarget.findFirstOrThrow()).note).toBeNull();
  });

  it("writes nothing from a bad file and lists every problem with its row and column", async () => {
    await importTargets(db.prisma, example("json"));
    const before = await stored();
    const result = await importTargets(db.prisma, path.join(examples, "targets-bad.csv"));
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
    expect(result.errors.map(formatProblem)).toEqual([
      expect.stringMatching(/^第1行 "负责人": 未知的列 \/ unknown column/),
      '第3行 目标值 (value): 应为不小于 0 的数字，最多两位小数，实为 "abc" / must be a number ≥ 0 with at most 2 decimals, got "abc"',
      '第4行 年度 (year): 应为 2012 至 2015 之间的年份，实为 "2011" / must be a whole year from 2012 to 2015, got "2011"',
      expect.stringMatching(
        /^第5行 计划 \(plan\): 未知的计划 "百名党员大比武" \/ unknown plan "百名党员大比武"; 可填 \/ use one of: ZONE_PARTY_BUILDING 村\(区\)域党建, /,
      ),
      "第6行 指标 (metric): 指标「培训场次」属于「百场讲学拉练大培训」，不属于「百名年轻机关干部一线大派驻」 / metric TRAINING_SESSIONS belongs to plan TRAINING, not YOUNG_CADRES; 该计划的指标 / this plan's metrics: CADRES_POSTED 派驻干部人数, CADRE_ASSESSMENTS 干部考核人次",
      '第7行 范围编码 (scopeCode): 全市目标的范围编码应为 CITY，实为 "T01" / a city-level target\'s scope code must be CITY, got "T01"',
      '第8行 范围编码 (scopeCode): 找不到编码为 "T99" 的镇(街道/区) / no town has the code "T99"',
      "第9行 范围编码 (scopeCode): 镇/街道目标的范围编码应为镇(街道/区)编码，不能是 CITY / a town-level target needs a town code, not CITY",
      "第10行: 与第2行重复（计划、年度、目标层级、范围编码、指标都相同） / duplicates row 2 (same plan, year, scope level, scope code and metric)",
      '第11行 目标值 (value): 应为不小于 0 的数字，最多两位小数，实为 "-5" / must be a number ≥ 0 with at most 2 decimals, got "-5"',
      '第12行 目标值 (value): 应为不小于 0 的数字，最多两位小数，实为 "12.345" / must be a number ≥ 0 with at most 2 decimals, got "12.345"',
      '第14行 目标层级 (scopeLevel): 未知的目标层级 "省" / unknown scope level "省"; 可填 / use one of: CITY 全市, TOWN 镇/街道, ZONE 村(区)域',
      '第15行 年度 (year): 应为 2012 至 2015 之间的年份，实为 "2013.5" / must be a whole year from 2012 to 2015, got "2013.5"',
      "第15行 范围编码 (scopeCode): 不能为空 / is required",
      "第15行 目标值 (value): 不能为空 / is required",
      '第16行 范围编码 (scopeCode): 找不到编码为 "T01" 的村(区)域（这是镇/街道编码，目标层级是否应为 镇/街道？） / no zone has the code "T01" (it is a town code: should the scope level be TOWN?)',
    ]);
    expect(await stored()).toEqual(before);
  });

  it("treats a file with a header and no rows as a problem", async () => {
    const result = await importTargets(
      db.prisma,
      upload("empty.csv", "计划,年度,目标层级,范围编码,指标,目标值\n,,,,,\n"),
    );
    expect(result.errors.map(formatProblem)).toEqual(["文件中没有目标数据 / the file has no target rows"]);
  });

  it("rejects soft-deleted towns, and numbers JSON problems by item", async () => {
    const items = [
      { plan: "TRAINING", year: 2014, scopeLevel: "TOWN", scopeCode: "T-OLD", metric: "TRAINING_SESSIONS", value: 5 },
      { plan: "TRAINING", year: 2014, scopeLevel: "TOWN", scopeCode: "T01", metric: "TRAINING_SESSIONS", value: 5 },
      { plan: "TRAINING", year: 2014, scopeLevel: "TOWN", scopeCode: "T01", metric: "TRAINING_SESSIONS", value: 6 },
    ];
    const result = await importTargets(db.prisma, upload("t.json", JSON.stringify(items)));
    expect(result.errors.map(formatProblem)).toEqual([
      '第1条 范围编码 (scopeCode): 编码为 "T-OLD" 的镇(街道/区)已删除 / the town with code "T-OLD" has been deleted',
      "第3条: 与第2条重复（计划、年度、目标层级、范围编码、指标都相同） / duplicates item 2 (same plan, year, scope level, scope code and metric)",
    ]);
    expect(await db.prisma.annualTarget.count()).toBe(0);
  });
});
