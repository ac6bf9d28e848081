// Browser smoke test: the built admin, served by the real API process code on a fresh
// PGlite database with the small fixture, driven in Debian's Chromium. A town admin signs
// in, edits a cell, pastes a block from "Excel", appends a row, and never sees another
// town's members, all under the admin's Content-Security-Policy with nothing blocked.
// Screenshots go to admin/test-artifacts/.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { adminInBrowser, noChromium, pasteText } from "../testing/browser.ts";

/** A cell of the empty last row (the grid's rows are the page plus that one). */
function appendRowCell(page: Page, column: number) {
  return page.locator('[role="row"]').last().locator(`[role="gridcell"][aria-colindex="${column}"]`);
}

function cell(page: Page, rowText: string, column: number) {
  return page.getByRole("row").filter({ hasText: rowText }).locator(`[role="gridcell"][aria-colindex="${column}"]`);
}

describe.skipIf(noChromium)("admin in a browser", () => {
  const ui = adminInBrowser();

  it("signs a town admin in and lists only their town's members", async () => {
    const { page, server } = ui;
    const headers = (await ui.signIn("xq-admin"))!.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(ui.cspViolations).toEqual([]);
    await page.goto(`${server.url}/#/PartyMember`);
    await expect.poll(() => page.getByRole("row").filter({ hasText: "王明" }).count(), { timeout: 20_000 }).toBe(1);
    await ui.shot("1-party-members.png");
    const text = await page.getByTestId("spreadsheet").innerText();
    for (const name of ["王明", "李华", "张强", "赵敏"]) expect(text).toContain(name);
    expect(text).not.toContain("陈静"); // 云阳街道's member
    expect(await page.locator("body").innerText()).toContain("共 4 条");
  });

  it("edits a cell and saves it to the database", async () => {
    const { page, server } = ui;
    await cell(page, "王明", 3).dblclick(); // columns: select, id, name…
    const input = page.locator('[role="gridcell"] input:not([type="checkbox"])');
    await input.fill("王明华");
    await input.press("Enter");
    await expect
      .poll(
        async () =>
          (await server.db.prisma.partyMember.findUniqueOrThrow({ where: { id: server.fixture.members.wang } })).name,
        { timeout: 10_000 },
      )
      .toBe("王明华");
    await ui.shot("2-cell-edited.png");
  });

  it("shows the server's message on a cell whose save is refused, with the old value back", async () => {
    const { page } = ui;
    await cell(page, "赵敏", 4).dblclick(); // idNumber: another member's number breaks uniqueness
    const input = page.locator('[role="gridcell"] input:not([type="checkbox"])');
    await input.fill("321181198001010012");
    await input.press("Enter");
    await expect.poll(() => page.locator(".p181-cell-error").count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByRole("alert").first().innerText()).toContain("已有相同身份证号");
    expect(await cell(page, "赵敏", 4).innerText()).toBe("321181198001010047");
    await ui.shot("3-cell-error.png");
  });

  it("pastes a 3x3 block from Excel onto existing rows in one mutation", async () => {
    const { page, server } = ui;
    // Rows sorted by name: 张强, 李华, 王明华, 赵敏. Columns from 性别: 性别, 出生日期, 联系电话.
    await cell(page, "李华", 5).click();
    await pasteText(
      page,
      "女\t1976/5/12\t13911112222\r\n男\t1988-11-20\t13911113333\r\n女\t1992年1月15日\t13911114444\r\n",
    );
    await expect
      .poll(
        async () =>
          (await server.db.prisma.partyMember.findUniqueOrThrow({ where: { id: server.fixture.members.zhao } })).phone,
        { timeout: 10_000 },
      )
      .toBe("13911114444");
    const rows = await server.db.prisma.partyMember.findMany({
      where: { id: { in: [server.fixture.members.li, server.fixture.members.wang, server.fixture.members.zhao] } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.name, r.gender, r.birthDate?.toISOString().slice(0, 10), r.phone])).toEqual([
      ["王明华", "MALE", "1988-11-20", "13911113333"],
      ["李华", "FEMALE", "1976-05-12", "13911112222"],
      ["赵敏", "FEMALE", "1992-01-15", "13911114444"],
    ]);
    await expect.poll(() => cell(page, "赵敏", 7).innerText()).toBe("13911114444");
    await ui.shot("4-pasted-block.png");
  });

  it("appends pasted rows below the last one, references given by name, and reports bad cells", async () => {
    const { page, server } = ui;
    await appendRowCell(page, 3).click(); // 姓名 of the append row
    await pasteText(
      page,
      "孙立\t321181199505050039\t男\t1995/5/5\t\t本科\t东村党支部\t东村\t预备党员\t2015/7/1\n钱多\t321181199505050012\t女\t1995-13-01\t\t大学\t不存在的支部\t\t正式党员\t2015/7/1\n",
    );
    await expect.poll(() => page.getByTestId("paste-report").innerText(), { timeout: 10_000 }).toContain("出生日期");
    const report = await page.getByTestId("paste-report").innerText();
    expect(report).toContain("新增第 2 行");
    expect(report).toContain("不存在的支部");
    await page.waitForTimeout(400); // the dialog's fade-in
    await ui.shot("5-paste-report.png");
    expect(await server.db.prisma.partyMember.count({ where: { name: { in: ["孙立", "钱多"] } } })).toBe(0);
    await page.getByRole("button", { name: "关闭" }).click();

    await appendRowCell(page, 3).click();
    await pasteText(page, "孙立\t321181199505050039\t男\t1995/5/5\t\t本科\t东村党支部\t东村\t预备党员\t2015/7/1\n");
    await expect
      .poll(
        () =>
          server.db.prisma.partyMember.count({
            where: { name: "孙立", organisationId: server.fixture.organisations.east, category: "PROBATIONARY" },
          }),
        { timeout: 10_000 },
      )
      .toBe(1);
    await expect.poll(() => page.getByRole("row").filter({ hasText: "孙立" }).count()).toBe(1);
    await ui.shot("6-row-appended.png");
  });

  it("deletes selected rows, lists them under 已删除 and restores them", async () => {
    const { page, server } = ui;
    const { zhang, zhao } = server.fixture.members;
    for (const name of ["张强", "赵敏"])
      await page.getByRole("row").filter({ hasText: name }).getByRole("checkbox").check();
    await page.getByTestId("bulk-actions").getByRole("button", { name: "删除" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
    await expect
      .poll(
        () => server.db.prisma.partyMember.count({ where: { id: { in: [zhang, zhao] }, deletedAt: { not: null } } }),
        { timeout: 10_000 },
      )
      .toBe(2);
    await expect.poll(() => page.getByRole("row").filter({ hasText: "张强" }).count(), { timeout: 10_000 }).toBe(0);

    await page.getByLabel("已删除").check();
    await expect.poll(() => page.getByRole("row").filter({ hasText: "赵敏" }).count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole("columnheader").getByRole("checkbox").check(); // select all deleted rows
    await ui.shot("7-deleted-rows.png");
    await page.getByTestId("bulk-actions").getByRole("button", { name: "恢复" }).click();
    await expect
      .poll(() => server.db.prisma.partyMember.count({ where: { id: { in: [zhang, zhao] }, deletedAt: null } }), {
        timeout: 10_000,
      })
      .toBe(2);
    await page.getByLabel("已删除").uncheck();
    await expect.poll(() => page.getByRole("row").filter({ hasText: "张强" }).count(), { timeout: 10_000 }).toBe(1);
  });

  it("shows a record with its history", async () => {
    const { page, server } = ui;
    await page.goto(`${server.url}/#/PartyMember/${server.fixture.members.wang}/show/history`);
    await expect.poll(() => page.getByTestId("history").innerText(), { timeout: 10_000 }).toContain("王明华");
    await ui.shot("8-history.png");
    expect(ui.pageErrors).toEqual([]);
    expect(ui.cspViolations).toEqual([]);
  });
});
