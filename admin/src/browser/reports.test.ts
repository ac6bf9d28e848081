// Browser test of a leader's way through the reports: a town admin of 新桥镇 signs in through
// the login form, the dashboard opens with what needs doing, and a to-do link, a chart's bar
// and a scorecard cell each open the list of exactly the records behind them; the scorecard
// prints with its title and scope and without the app bar. Real clicks, one browser, a few pages.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@p181/db";
import { adminInBrowser, noChromium } from "../testing/browser.ts";
import type { Fixture } from "../testing/fixture.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * 新桥镇 (XQ) opened three service centres in 2015 against a target of 5 (behind), two in 东村
 * and one in 西村; 云阳街道 (YY) one. One follow-up of 东村 is overdue, one is not yet due, one
 * is done, and 科技园's (YY) is overdue too. 东村's volunteer team has no members (a rule break).
 */
async function addWork(prisma: PrismaClient, { towns, zones, organisations }: Fixture) {
  const centre = (zoneId: number, name: string) =>
    prisma.serviceCentre.create({
      data: {
        zoneId,
        kind: "PARTY_MEMBER",
        name,
        address: "村部",
        floorAreaM2: 120,
        staffCount: 2,
        services: ["代办"],
        openingHours: "8:30-17:00",
        openedOn: day("2015-04-01"),
      },
    });
  await centre(zones.east, "东村一号中心");
  await centre(zones.east, "东村二号中心");
  await centre(zones.west, "西村中心");
  await centre(zones.park, "科技园中心");
  await prisma.annualTarget.create({
    data: {
      plan: "ZONE_PARTY_BUILDING",
      metric: "SERVICE_CENTRES",
      year: 2015,
      value: 5,
      scopeLevel: "TOWN",
      scopeCode: "XQ",
      townId: towns.xq,
    },
  });
  const followUps = async (zoneId: number, items: [string, "OPEN" | "IN_PROGRESS" | "DONE", string][]) => {
    const meeting = await prisma.jointMeeting.create({
      data: { zoneId, heldOn: day("2015-03-01"), title: "联席会", topics: "议题", attendeeCount: 12 },
    });
    const decision = await prisma.meetingDecision.create({
      data: { meetingId: meeting.id, sequence: 1, content: "决议" },
    });
    for (const [description, status, dueOn] of items)
      await prisma.followUpItem.create({
        data: { decisionId: decision.id, description, ownerName: "李", status, dueOn: day(dueOn) },
      });
  };
  await followUps(zones.east, [
    ["修缮村道", "IN_PROGRESS", "2015-06-30"],
    ["建立议事会", "OPEN", "2099-12-31"],
    ["整治河塘", "DONE", "2015-05-31"],
  ]);
  await followUps(zones.park, [["园区停车", "OPEN", "2015-06-30"]]);
  await prisma.volunteerTeam.create({
    data: {
      name: "东村助老队",
      organisationId: organisations.east,
      zoneId: zones.east,
      specialty: "ELDERLY_CARE",
      leaderName: "王",
      foundedOn: day("2015-01-01"),
    },
  });
}

/** The names in the entity list's grid, once it shows `count` rows. */
async function listed(page: Page, count: number): Promise<string> {
  await expect.poll(() => page.locator("body").innerText(), { timeout: 20_000 }).toContain(`共 ${count} 条`);
  return page.getByTestId("spreadsheet").innerText();
}

describe.skipIf(noChromium)("reports a leader reads, in a browser", () => {
  const ui = adminInBrowser();

  beforeAll(async () => {
    await addWork(ui.server.db.prisma, ui.server.fixture);
  });

  it("opens the dashboard on the town's to-do list, and a to-do link on the overdue follow-ups", async () => {
    const { page } = ui;
    await ui.signIn("xq-admin");
    const todo = page.getByTestId("todo");
    const count = (tile: string) => todo.getByTestId(tile).getByTestId("todo-count").innerText();
    await expect.poll(() => count("todo-follow-ups"), { timeout: 20_000 }).toBe("1");
    expect(await count("todo-violations")).toBe("1");
    expect(await todo.getByTestId("todo-violations").innerText()).toContain("党员志愿者队伍不少于10人：1");
    expect(await count("todo-behind")).toBe("1");
    expect((await todo.getByTestId("todo-behind").innerText()).replace(/\s+/g, " ")).toContain(
      "服务中心数：完成 3 / 应完成 5",
    );
    await ui.shot("20-dashboard-todo.png");

    await todo.getByTestId("todo-follow-ups").getByRole("link").click();
    await expect.poll(() => page.url()).toContain("/FollowUpItem?filter=");
    const rows = await listed(page, 1);
    expect(rows).toContain("修缮村道");
    for (const other of ["建立议事会", "整治河塘", "园区停车"]) expect(rows).not.toContain(other);
  });

  it("opens the records behind a chart's bar: the town's centres opened in 2015", async () => {
    const { page, server } = ui;
    await page.goto(`${server.url}/#/`);
    const card = page.getByTestId("plan-card").filter({ hasText: "村(区)域党建" });
    const bars = card.locator('[data-series="actual"] path, [data-series="actual"] rect');
    await expect.poll(() => bars.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await card.scrollIntoViewIfNeeded();
    // The one bar with a height: 2015's three centres.
    let target: { x: number; y: number; width: number; height: number } | null = null;
    for (const bar of await bars.all()) {
      const box = await bar.boundingBox();
      if (box && box.height > 1 && (!target || box.height > target.height)) target = box;
    }
    expect(target).not.toBeNull();
    await page.mouse.click(target!.x + target!.width / 2, target!.y + target!.height / 2);
    await expect.poll(() => page.url()).toContain("/ServiceCentre?filter=");
    const rows = await listed(page, 3);
    for (const name of ["东村一号中心", "东村二号中心", "西村中心"]) expect(rows).toContain(name);
    expect(rows).not.toContain("科技园中心");
  });

  it("opens the records behind a scorecard cell, and prints the scorecard with its title and scope", async () => {
    const { page, server } = ui;
    await page.goto(`${server.url}/#/reports/scorecard`);
    const east = page.getByTestId("scorecard-zone").filter({ hasText: "东村" });
    const centres = east.locator('[data-figure="serviceCentres"]');
    await expect.poll(() => centres.innerText(), { timeout: 20_000 }).toBe("2");

    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.MuiAppBar-root").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "打印" }).isVisible()).toBe(false);
    const heading = page.getByTestId("print-header");
    expect(await heading.isVisible()).toBe(true);
    expect(await heading.innerText()).toMatch(/村\(区\)域记分卡[\s\S]*范围：新桥镇[\s\S]*打印日期/);
    await ui.shot("21-scorecard-print.png");
    await page.emulateMedia({ media: "screen" });

    await centres.getByRole("link").click();
    await expect.poll(() => page.url()).toContain("/ServiceCentre?filter=");
    const rows = await listed(page, 2);
    expect(rows).toContain("东村一号中心");
    expect(rows).toContain("东村二号中心");
    expect(rows).not.toContain("西村中心");
    expect(ui.pageErrors).toEqual([]);
    expect(ui.cspViolations).toEqual([]);
  });
});
