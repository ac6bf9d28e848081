// The CLI as a user runs it: exit codes, messages, paths relative to where npm was invoked.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const scriptsDir = path.resolve(import.meta.dirname, "../..");
const examplesDir = path.join(scriptsDir, "examples");

describe.each(backendsUnderTest())("targets:import CLI on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    // The towns and zones the example files name ("T01", "T01-Z01" …).
    const targets = JSON.parse(fs.readFileSync(path.join(examplesDir, "targets-2012-2015.json"), "utf8")) as {
      scopeCode: string;
    }[];
    const codes = new Set(targets.map((target) => target.scopeCode.split("-")[0]!).filter((code) => code !== "CITY"));
    for (const code of codes) {
      const town = await db.prisma.town.create({ data: { code, name: `测试镇${code}`, kind: "TOWN" } });
      await db.prisma.zone.create({ data: { code: `${code}-Z01`, name: "测试村", kind: "VILLAGE", townId: town.id } });
    }
  });
  afterAll(() => db?.drop());

  async function run(...args: string[]) {
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        ["--import", "tsx", "src/cli/import-targets.ts", ...args],
        {
          cwd: scriptsDir,
          env: { ...process.env, DATABASE_URL: db.url, INIT_CWD: examplesDir },
        },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it("imports a file named relative to the caller's directory, then finds nothing changed", async () => {
    const dry = await run("targets-2012-2015.xlsx", "--dry-run");
    expect(dry).toMatchObject({ code: 0, stderr: "" });
    expect(dry.stdout).toContain("Dry run, nothing written");
    expect(await db.prisma.annualTarget.count()).toBe(0);

    const first = await run("targets-2012-2015.csv");
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toMatch(/新增 created (\d+)，更新 updated 0，未变 unchanged 0/);
    const again = await run("targets-2012-2015.json");
    expect(again.stdout).toMatch(/^targets-2012-2015.json: 没有变化，\d+ 条目标均已是最新 \/ nothing changed/);
  });

  it("exits 1 and lists every problem, without a stack trace, for a bad file", async () => {
    const before = await db.prisma.annualTarget.count();
    const bad = await run("targets-bad.csv");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^targets-bad.csv: 发现 16 个问题，未写入任何数据/);
    expect(bad.stderr.trim().split("\n")).toHaveLength(17);
    expect(bad.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(await db.prisma.annualTarget.count()).toBe(before);
  });

  it("exits 2 on usage errors", async () => {
    expect(await run()).toMatchObject({ code: 2, stderr: expect.stringContaining("缺少文件 / no file given") });
    expect(await run("missing.csv")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`file not found: ${path.join(examplesDir, "missing.csv")}`),
    });
    expect(await run("targets.xls")).toMatchObject({ code: 2, stderr: expect.stringContaining("save it as .xlsx") });
    expect(await run("targets-bad.csv", "--force")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("unknown option: --force"),
    });
  });
});
