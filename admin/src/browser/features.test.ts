// Browser test of the dashboard, the report pages, import and export: the built admin,
// served by the real API on a fresh PGlite database (the small fixture plus targets and
// records for the reports), driven in Debian's Chromium as a town admin of 新桥镇.
// Screenshots of the main screens go to admin/test-artifacts/. The charts, the file import
// and the downloads all run under the admin's Content-Security-Policy with nothing blocked.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@p181/db";
import { preferencesKey } from "../grid/preferences.ts";
import { enumValueLabel } from "../metadata/fields.ts";
import { adminInBrowser, noChromium } from "../testing/browser.ts";
import type { Fixture } from "../testing/fixture.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Targets and records for the reports: 新桥镇 (XQ) and 云阳街道 (YY), a team under 10 members in each. */
async function addReportData(prisma: PrismaClient, fixture: Fixture) {
  const { towns, zones, organisations, members } = fixture;
  const target = (
    plan: "ZONE_PARTY_BUILDING" | "TRAINING",
    metric: "SERVICE_CENTRES" | "TRAINING_SESSIONS",
    year: number,
    value: number,
    town?: { id: number; code: string },
  ) =>
    prisma.annualTarget.create({
      data: {
        plan,
        metric,
        year,
        value,
        scopeLevel: town ? "TOWN" : "CITY",
        scopeCode: town?.code ?? "CITY",
        townId: town?.id ?? null,
      },
    });
  for (const year of [2012, 2013, 2014, 2015]) {
    await target("ZONE_PARTY_BUILDING", "SERVICE_CENTRES", year, 2, undefined);
    await target("ZONE_PARTY_BUILDING", "SERVICE_CENTRES", year, 1, { id: towns.xq, code: "XQ" });
    await target("ZONE_PARTY_BUILDING", "SERVICE_CENTRES", year, 1, { id: towns.yy, code: "YY" });
    await target("TRAINING", "TRAINING_SESSIONS", year, 3, undefined);
    await target("TRAINING", "TRAINING_SESSIONS", year, 2, { id: towns.xq, code: "XQ" });
  }
  const centre = (zoneId: number, name: string, openedOn: string) =>
    prisma.serviceCentre.create({
      data: {
        zoneId,
        kind: "PARTY_MEMBER",
        name,
        address: "村部",
        floorAreaM2: 200,
        staffCount: 3,
        services: ["代办"],
        openingHours: "8:30-17:00",
        openedOn: day(openedOn),
      },
    });
  await centre(zones.east, "东村服务中心", "2012-03-01");
  await centre(zones.west, "西村服务中心", "2013-05-01");
  await centre(zones.east, "东村二中心", "2014-06-01");
  await centre(zones.park, "科技园服务中心", "2012-07-01");
  for (const [townId, heldOn] of [
    [towns.xq, "2012-05-01"],
    [towns.xq, "2012-06-01"],
    [towns.xq, "2013-04-01"],
    [towns.yy, "2014-03-01"],
    [towns.xq, "2015-03-01"],
  ] as const) {
    await prisma.trainingSession.create({
      data: {
        title: `讲学${heldOn}`,
        kind: "EXPERT_LECTURE",
        topic: "PARTY_SPIRIT",
        heldOn: day(heldOn),
        hours: 3,
        organiser: "组织部",
        townId,
      },
    });
  }
  const team = async (name: string, organisationId: number, zoneId: number, memberIds: number[]) => {
    const { id } = await prisma.volunteerTeam.create({
      data: {
        name,
        organisationId,
        zoneId,
        specialty: "MEDICAL",
        leaderName: "钱",
        foundedOn: day("2013-03-01"),
        active: true,
      },
    });
    for (const memberId of memberIds)
      await prisma.volunteerMembership.create({ data: { teamId: id, memberId, joinedOn: day("2013-03-01") } });
    return id;
  };
  return {
    // Not 王明's team: writing a member re-checks the teams they belong to, and the import below updates 王明.
    smallTeam: await team("东村医疗志愿队", organisations.east, zones.east, [members.li, members.zhang]),
    otherTownTeam: await team("科技园志愿队", organisations.park, zones.park, [members.chen]),
  };
}

async function xlsxFile(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("党员");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function download(page: Page, menuItem: string): Promise<Buffer> {
  await page.getByTestId("export-button").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(menuItem).click()]);
  return readFileSync((await file.path())!);
}

describe.skipIf(noChromium)("dashboard, reports, import and export in a browser", () => {
  const ui = adminInBrowser();
  let data: Awaited<ReturnType<typeof addReportData>>;

  beforeAll(async () => {
    data = await addReportData(ui.server.db.prisma, ui.server.fixture);
  });

  it("opens on the dashboard: every plan charted with the town's own numbers", async () => {
    const { page } = ui;
    await ui.signIn("xq-admin");
    const dashboard = page.getByTestId("dashboard");
    await expect.poll(() => dashboard.getByTestId("plan-card").count(), { timeout: 20_000 }).toBe(10);
    await expect.poll(() => dashboard.innerText()).toContain("新桥镇");
    // 新桥镇's service centres: target 1 a year; opened 2012, 2013, 2014 → 100 %, 100 %, 100 %, 0 %.
    const zoneWork = dashboard
      .getByTestId("plan-card")
      .filter({ hasText: enumValueLabel("ProgrammePlan", "ZONE_PARTY_BUILDING") });
    expect((await zoneWork.innerText()).replace(/\s+/g, " ")).toContain("完成率 100% 100% 100% 0%");
    // Its training sessions: target 2 a year; held 2, 1, 0, 1 (云阳街道's one in 2014 is not theirs).
    const training = dashboard
      .getByTestId("plan-card")
      .filter({ hasText: enumValueLabel("ProgrammePlan", "TRAINING") });
    expect((await training.innerText()).replace(/\s+/g, " ")).toContain("完成率 100% 50% 0% 50%");
    // Charts are drawn: an SVG per chart, with bars and lines in it.
    await ui.shot("10-dashboard.png");
    expect(await dashboard.locator("svg.MuiChartsSvgLayer-root").count()).toBe(11); // the trend and one per plan
    expect(await dashboard.locator(".MuiBarChart-element").count()).toBeGreaterThan(10);
    expect(await dashboard.locator(".MuiLineChart-line").count()).toBe(10); // one per plan
  });

  it("shows one plan's progress by phase, year and town", async () => {
    const { page, server } = ui;
    await page.goto(`${server.url}/#/reports/progress?plan=ZONE_PARTY_BUILDING`);
    const phases = page.getByTestId("phase-milestones");
    const serviceCentres = phases
      .getByRole("row")
      .filter({ hasText: enumValueLabel("TargetMetric", "SERVICE_CENTRES") });
    // 第一步 (2012-2013): target 2, actual 2; 第二步 (2014-2015): target 2, actual 1.
    await expect
      .poll(async () => (await serviceCentres.innerText()).replace(/\s+/g, " "), { timeout: 15_000 })
      .toMatch(/2 2 100% 2 1 50%/);
    expect(await page.getByTestId("progress-by-year").locator("svg.MuiChartsSvgLayer-root").count()).toBe(3);
    await expect.poll(() => page.getByTestId("progress-by-town").innerText()).toContain("新桥镇");
    expect(await page.getByTestId("progress-by-town").innerText()).not.toContain("云阳街道");
    await ui.shot("11-plan-progress.png");
  });

  it("lists the town's zones on the scorecard", async () => {
    const { page, server } = ui;
    await page.goto(`${server.url}/#/reports/scorecard`);
    const table = page.getByTestId("scorecard-table");
    await expect.poll(() => table.getByRole("row").count(), { timeout: 15_000 }).toBe(4); // header, 东村, 西村, total
    const text = await table.innerText();
    expect(text).toContain("东村");
    expect(text).toContain("西村");
    expect(text).not.toContain("科技园");
    expect((await table.getByRole("row").filter({ hasText: "东村" }).innerText()).replace(/\s+/g, " ")).toMatch(
      /^东村 新桥镇 \S+ 1 2 2 /,
    ); // 1 organisation, 2 members, 2 centres
    await ui.shot("12-scorecard.png");
  });

  it("lists rule violations linked to the offending record", async () => {
    const { page, server } = ui;
    await page.goto(`${server.url}/#/reports/violations`);
    const table = page.getByTestId("violations-table");
    await expect.poll(() => table.innerText(), { timeout: 15_000 }).toContain("东村医疗志愿队");
    expect(await table.innerText()).not.toContain("科技园志愿队");
    await ui.shot("13-violations.png");
    await table.getByRole("link", { name: "东村医疗志愿队" }).click();
    await expect.poll(() => page.url()).toContain(`/VolunteerTeam/${data.smallTeam}/show`);
    await expect.poll(() => page.locator("main").innerText(), { timeout: 10_000 }).toContain("东村医疗志愿队");
  });

  const header = [
    "身份证号",
    "姓名",
    "性别",
    "出生日期",
    "学历",
    "所在党组织",
    "居住/工作村(区)域",
    "党员类别",
    "入党日期",
    "职业",
  ];
  const sun = [
    "321181199505050039",
    "孙立",
    "男",
    "1995/5/5",
    "本科",
    "东村党支部",
    "东村",
    "预备党员",
    "2015/7/1",
    null,
  ];
  const wang = [
    "321181198001010012",
    "王明",
    "女",
    29221,
    "本科",
    "东村党支部",
    "东村",
    "正式党员",
    "1985-07-01",
    "农民",
  ]; // 29221: 1980-01-01 as an Excel serial

  it("imports nothing from a file with a bad row, and names its row and columns", async () => {
    const { page, server } = ui;
    const before = await server.db.prisma.partyMember.count();
    await page.goto(`${server.url}/#/import/PartyMember`);
    // Row 3: a date that does not exist, and 云阳街道's branch, which a 新桥镇 admin cannot see.
    const bad = [
      "321181199505050012",
      "钱多",
      "女",
      "1995-13-01",
      "本科",
      "科技园党支部",
      null,
      "正式党员",
      new Date(Date.UTC(2015, 6, 1)),
      null,
    ];
    await page.getByTestId("import-file").setInputFiles({
      name: "党员名册.xlsx",
      mimeType: "application/octet-stream",
      buffer: await xlsxFile([header, sun, bad, wang]),
    });
    await expect.poll(() => page.getByTestId("import-mapping").innerText(), { timeout: 10_000 }).toContain("身份证号");
    await page.getByTestId("import-check").click();
    const problems = page.getByTestId("import-problems");
    await expect.poll(() => problems.innerText(), { timeout: 15_000 }).toContain("出生日期 (D)");
    const lines = (await problems.getByRole("row").allInnerTexts()).map((line) => line.replace(/\s+/g, " ").trim());
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^3 出生日期 \(D\) 不是有效的日期/),
      expect.stringMatching(/^3 所在党组织 \(F\) 找不到党组织“科技园党支部”/),
    ]);
    expect(await page.getByTestId("import-commit").isDisabled()).toBe(true);
    expect(await page.getByTestId("import-preview").innerText()).toContain("更新"); // 王明 is already there
    await ui.shot("14-import-error.png");
    expect(await server.db.prisma.partyMember.count()).toBe(before);
  });

  it("imports the fixed file: new members added, the existing one updated, in one mutation", async () => {
    const { page, server } = ui;
    const fixed = [
      "321181199505050012",
      "钱多",
      "女",
      "1995-12-01",
      "本科",
      "西村党支部",
      "西村",
      "正式党员",
      new Date(Date.UTC(2015, 6, 1)),
      null,
    ];
    await page.getByTestId("import-file").setInputFiles({
      name: "党员名册.xlsx",
      mimeType: "application/octet-stream",
      buffer: await xlsxFile([header, sun, fixed, wang]),
    });
    await page.getByTestId("import-check").click();
    await expect.poll(() => page.getByTestId("import-preview").innerText(), { timeout: 15_000 }).toContain("钱多");
    expect(await page.locator("body").innerText()).toContain("检查通过");
    await ui.shot("15-import-preview.png");
    await page.getByTestId("import-commit").click();
    await expect
      .poll(() => page.getByTestId("import-done").innerText(), { timeout: 15_000 })
      .toContain("新增 2，更新 1");
    const written = await server.db.prisma.partyMember.findMany({
      where: { idNumber: { in: [sun[0]!, "321181199505050012", wang[0] as string] } },
      orderBy: { idNumber: "asc" },
    });
    expect(
      written.map((m) => [
        m.name,
        m.birthDate?.toISOString().slice(0, 10),
        m.joinedOn.toISOString().slice(0, 10),
        m.category,
        m.occupation,
      ]),
    ).toEqual([
      ["王明", "1980-01-01", "1985-07-01", "FULL", "农民"],
      ["钱多", "1995-12-01", "2015-07-01", "FULL", null],
      ["孙立", "1995-05-05", "2015-07-01", "PROBATIONARY", null],
    ]);
    expect(written[1]!.organisationId).toBe(server.fixture.organisations.west);

    // The same file again changes nothing, and says so.
    await page.getByTestId("import-file").setInputFiles({
      name: "党员名册.xlsx",
      mimeType: "application/octet-stream",
      buffer: await xlsxFile([header, sun, fixed, wang]),
    });
    await page.getByTestId("import-check").click();
    await expect.poll(() => page.getByTestId("import-nothing").count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId("import-commit").isDisabled()).toBe(true);
    expect(await page.getByTestId("import-preview").innerText()).toContain("未变化");
  });

  it("shows a rule the server enforces on the file's row, and writes nothing", async () => {
    const { page, server } = ui;
    const kind = enumValueLabel("TrainingKind", "EXPERT_LECTURE");
    const topic = enumValueLabel("TrainingTopic", "PARTY_SPIRIT");
    const csv = [
      "名称,培训形式,培训主题,举办日期,学时,主办单位,所属镇(街道/区),计划人数,讲课",
      `党课一,${kind},${topic},2015/3/1,2,新桥镇党委,新桥镇,30,王老师`,
      `党课二,${kind},${topic},2015/4/1,2,新桥镇党委,新桥镇,-5,李老师`,
      `党课三,${kind},${topic},42125,2,新桥镇党委,XQ,20,`,
    ].join("\r\n");
    await page.goto(`${server.url}/#/import/TrainingSession`);
    await page
      .getByTestId("import-file")
      .setInputFiles({ name: "培训.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`) });
    // "讲课" names no field: ignored until the user maps it to 主讲人.
    const lecturer = page.getByTestId("import-mapping").getByRole("row").filter({ hasText: "讲课" });
    await expect.poll(() => lecturer.innerText(), { timeout: 10_000 }).toContain("忽略此列");
    await lecturer.getByRole("combobox").click();
    await page.getByRole("option", { name: "主讲人" }).click();
    await page.locator("[role=listbox]").waitFor({ state: "detached" }); // the menu has faded out
    await ui.shot("16a-import-mapping.png");
    await page.getByTestId("import-check").click();
    await expect.poll(() => page.locator("body").innerText(), { timeout: 15_000 }).toContain("检查通过");
    await page.getByTestId("import-commit").click();
    await expect.poll(() => page.getByTestId("import-refused").count(), { timeout: 15_000 }).toBe(1);
    const lines = (await page.getByTestId("import-problems").getByRole("row").allInnerTexts()).map((line) =>
      line.replace(/\s+/g, " ").trim(),
    );
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^3 计划人数 .*不得为负数.*-5/)]);
    expect(await page.getByTestId("import-preview").innerText()).toContain("李老师");
    await ui.shot("16-import-refused.png");
    expect(await server.db.prisma.trainingSession.count({ where: { title: { startsWith: "党课" } } })).toBe(0);
  });

  it("exports the list as filtered, sorted and shown, to CSV and XLSX", async () => {
    const { page, server } = ui;
    await page.evaluate(
      ([key]) => localStorage.setItem(key!, JSON.stringify({ order: [], hidden: ["phone", "birthDate"], widths: {} })),
      [preferencesKey("xq-admin", "PartyMember")],
    );
    const filter = encodeURIComponent(JSON.stringify({ zone: server.fixture.zones.west }));
    await page.goto(`${server.url}/#/PartyMember?filter=${filter}&sort=joinedOn&order=DESC`);
    await expect.poll(() => page.getByTestId("spreadsheet").innerText(), { timeout: 15_000 }).toContain("钱多");
    const csv = (await download(page, "export-csv")).toString("utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [head, ...rows] = csv.slice(1).trim().split("\r\n");
    expect(head).toBe("编号,姓名,身份证号,性别,学历,所在党组织,居住/工作村(区)域,党员类别,入党日期,流动状态,特长,职业");
    expect(rows.map((row) => row.split(",").slice(1, 2).concat(row.split(",").slice(7, 9)))).toEqual([
      ["钱多", "正式党员", "2015-07-01"],
      ["赵敏", "正式党员", "2013-07-01"],
      ["张强", "预备党员", "2012-05-04"],
    ]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(page, "export-xlsx")) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...head!.split(",")]);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(2).value).toBe("钱多");
    expect(sheet.getRow(2).getCell(9).value).toEqual(new Date(Date.UTC(2015, 6, 1)));

    // Without the filter: every member of 新桥镇, none of 云阳街道's.
    await page.goto(`${server.url}/#/PartyMember?filter=${encodeURIComponent("{}")}`);
    await expect.poll(() => page.getByTestId("spreadsheet").innerText(), { timeout: 15_000 }).toContain("孙立");
    await ui.shot("17-members-list.png");
    const all = (await download(page, "export-csv")).toString("utf8");
    expect(all.trim().split("\r\n")).toHaveLength(1 + 6);
    expect(all).not.toContain("陈静");
    expect(ui.pageErrors).toEqual([]);
    expect(ui.cspViolations).toEqual([]);
  });
});
