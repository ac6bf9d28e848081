// Browser test of two people editing the same record: the built admin, served by the real
// API on a fresh PGlite database with the small fixture, driven in Debian's Chromium by a
// town admin of 新桥镇 with real clicks and key presses, while the city admin changes the
// same member through a second API session behind the page's back. The page's save is
// refused, says who changed what, and lets the user reload (seeing the other value) or
// overwrite; saves after that never trip over the page's own earlier saves.
import { beforeAll, describe, expect, it } from "vitest";
import { createApi } from "../api.ts";
import { adminInBrowser, noChromium, pasteText } from "../testing/browser.ts";
import { PASSWORD } from "../testing/fixture.ts";
import { cookieFetch } from "../testing/server.ts";

describe.skipIf(noChromium)("two people saving the same record, in a browser", () => {
  const ui = adminInBrowser({ signIn: "xq-admin" });
  let other: ReturnType<typeof createApi>;
  const wang = () => ui.server.fixture.members.wang;
  const storedPhone = async () =>
    (await ui.server.db.prisma.partyMember.findUniqueOrThrow({ where: { id: wang() } })).phone;

  /** The city admin, in another browser tab of their own: loads 王明 and saves a change. */
  async function otherPersonSaves(data: Record<string, unknown>) {
    const { data: loaded } = await other.dataProvider.getOne("PartyMember", { id: wang() });
    await other.dataProvider.update("PartyMember", { id: wang(), data: { ...loaded, ...data }, previousData: loaded });
  }

  /** A member's 联系电话 cell in the grid (王明's unless named). */
  async function phoneCell(name = "王明") {
    const column = await ui.page.getByRole("columnheader", { name: "联系电话" }).getAttribute("aria-colindex");
    return ui.page.getByRole("row").filter({ hasText: name }).locator(`[role="gridcell"][aria-colindex="${column}"]`);
  }

  /** Selects the cell, opens its editor with Enter, replaces the text and commits with Enter, as a person at the keyboard does. */
  async function typeIntoCell(text: string) {
    const { keyboard } = ui.page;
    await (await phoneCell()).click();
    await keyboard.press("Enter");
    await keyboard.press("ControlOrMeta+A");
    await keyboard.type(text);
    await keyboard.press("Enter");
  }

  beforeAll(async () => {
    other = createApi({ url: `${ui.server.url}/graphql`, fetch: cookieFetch() });
    await other.authProvider.login({ username: "admin", password: PASSWORD });
  });

  it("refuses a cell edit of a row someone changed after the grid loaded, shows both values, and reloads theirs", async () => {
    const { page, server } = ui;
    await page.goto(`${server.url}/#/PartyMember`);
    await expect.poll(async () => (await phoneCell()).innerText(), { timeout: 20_000 }).toBe("13900000001");
    await otherPersonSaves({ phone: "13911110000" });

    await typeIntoCell("13922220000");
    const alert = page.getByTestId("stale-conflict");
    await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(1);
    const text = (await alert.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("记录已被他人修改");
    expect(text).toMatch(/admin在 .+ 修改了这条党员（编号 \d+），您的修改尚未保存/);
    expect(text).toMatch(/联系电话 13911110000 13922220000/); // field, their value, mine
    expect(await page.locator(".p181-row-stale").count()).toBe(1);
    expect(await (await phoneCell()).getAttribute("class")).toContain("p181-cell-error");
    expect(await (await phoneCell()).innerText()).toBe("13900000001"); // nothing of mine was saved
    await ui.shot("20-stale-cell.png");
    expect(await storedPhone()).toBe("13911110000");

    await alert.getByRole("button", { name: "重新加载" }).click();
    await expect.poll(async () => (await phoneCell()).innerText()).toBe("13911110000");
    expect(await alert.count()).toBe(0);
    expect(await page.locator(".p181-cell-error").count()).toBe(0);
  });

  it("saves the same cell twice in a row after that, each save expecting the version the last one made", async () => {
    const { page } = ui;
    await typeIntoCell("13933330000");
    await expect.poll(storedPhone, { timeout: 10_000 }).toBe("13933330000");
    await typeIntoCell("13944440000");
    await expect.poll(storedPhone, { timeout: 10_000 }).toBe("13944440000");
    expect(await page.getByTestId("stale-conflict").count()).toBe(0);
    expect(await page.locator(".p181-cell-error").count()).toBe(0);
  });

  it("overwrites the other person's change when the user chooses to", async () => {
    const { page, server } = ui;
    await otherPersonSaves({ phone: "13955550000", occupation: "教师" });
    await typeIntoCell("13966660000");
    const alert = page.getByTestId("stale-conflict");
    await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(1);
    expect((await alert.innerText()).replace(/\s+/g, " ")).toMatch(/职业 教师 —/); // they changed it, I did not
    await alert.getByRole("button", { name: "覆盖" }).click();
    await expect.poll(storedPhone, { timeout: 10_000 }).toBe("13966660000");
    const stored = await server.db.prisma.partyMember.findUniqueOrThrow({ where: { id: wang() } });
    expect(stored.occupation).toBe("教师"); // their change to another field stays
    await expect.poll(async () => (await phoneCell()).innerText()).toBe("13966660000");
    expect(await alert.count()).toBe(0);
  });

  it("refuses a whole paste when one of its rows was changed meanwhile, and saves it over that change on request", async () => {
    const { page, server } = ui;
    await page.goto(`${server.url}/#/PartyMember`);
    await expect.poll(async () => (await phoneCell()).innerText(), { timeout: 20_000 }).toBe("13966660000");
    await otherPersonSaves({ phone: "13988880000" });
    // Rows by name: 张强, 李华, 王明, 赵敏; the block goes into 李华's and 王明's 联系电话.
    await (await phoneCell("李华")).click();
    await pasteText(page, "13977770002\r\n13977770001\r\n");
    const alert = page.getByTestId("stale-conflict");
    await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(1);
    expect((await alert.innerText()).replace(/\s+/g, " ")).toMatch(/联系电话 13988880000 13977770001/);
    const li = () => server.db.prisma.partyMember.findUniqueOrThrow({ where: { id: server.fixture.members.li } });
    expect((await li()).phone).toBe("13900000002"); // the paste wrote nothing
    await alert.getByRole("button", { name: "覆盖" }).click();
    await expect.poll(storedPhone, { timeout: 10_000 }).toBe("13977770001");
    expect((await li()).phone).toBe("13977770002");
    await expect.poll(async () => (await phoneCell()).innerText()).toBe("13977770001");
  });

  it("refuses an edit form's save of a record changed since it opened, and reloads the other person's values", async () => {
    const { page, server } = ui;
    await page.goto(`${server.url}/#/PartyMember/${wang()}`);
    const occupation = page.getByLabel("职业", { exact: true });
    await expect.poll(() => occupation.inputValue(), { timeout: 15_000 }).toBe("教师");
    await otherPersonSaves({ occupation: "医生" });

    await occupation.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("律师");
    await page.getByRole("button", { name: "保存" }).click();
    const dialog = page.getByTestId("stale-dialog");
    await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(1);
    const text = (await dialog.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("记录已被他人修改");
    expect(text).toMatch(/admin在 .+ 修改了这条党员/);
    expect(text).toMatch(/职业 医生 律师/);
    await page.waitForTimeout(400); // the dialog's fade-in
    await ui.shot("21-stale-form.png");
    expect(await page.locator("body").innerText()).not.toContain("表单有误"); // the form itself is fine
    expect((await server.db.prisma.partyMember.findUniqueOrThrow({ where: { id: wang() } })).occupation).toBe("医生");

    await dialog.getByRole("button", { name: "重新加载" }).click();
    await expect.poll(() => occupation.inputValue()).toBe("医生");
    await expect.poll(() => dialog.count()).toBe(0); // once it has faded out

    // Saving again from the reloaded form goes through.
    await occupation.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("工程师");
    await page.getByRole("button", { name: "保存" }).click();
    await expect
      .poll(async () => (await server.db.prisma.partyMember.findUniqueOrThrow({ where: { id: wang() } })).occupation, {
        timeout: 10_000,
      })
      .toBe("工程师");
    expect(ui.pageErrors).toEqual([]);
    expect(ui.cspViolations).toEqual([]);
  });
});
