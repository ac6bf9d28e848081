// The grid as a town official uses Excel/WPS, in Chromium with real key presses, real mouse
// moves and the system clipboard: ranges by Shift+arrows, Shift+click and dragging; Ctrl+C as
// Excel's text; Ctrl+V of a block in one request; typing (a Chinese input method included)
// replacing a value; Enter, Tab, Esc; Delete; Ctrl+D; Ctrl+Z and Ctrl+Y written back through
// the API. The fixture's 新桥镇 members, sorted by name: 张强, 李华, 王明, 赵敏.
// Screenshots of each step go to admin/test-artifacts/grid-*.png.
import type { CDPSession, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { createApi } from "../api.ts";
import { enumValueLabel } from "../metadata/fields.ts";
import { adminInBrowser, noChromium, pasteText } from "../testing/browser.ts";
import { PASSWORD } from "../testing/fixture.ts";
import { cookieFetch } from "../testing/server.ts";

/** aria-colindex of the columns used here: row selection, id, name, idNumber, gender, birthDate, phone… */
const COLUMN = { name: 3, gender: 5, birthDate: 6, phone: 7, education: 8, organisation: 9, zone: 10, occupation: 15 };
const NAMES = ["张强", "李华", "王明", "赵敏"];

function cell(page: Page, rowText: string, column: number) {
  return page.getByRole("row").filter({ hasText: rowText }).locator(`[role="gridcell"][aria-colindex="${column}"]`);
}

async function centre(page: Page, rowText: string, column: number) {
  const box = (await cell(page, rowText, column).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function click(page: Page, rowText: string, column: number, modifiers: ("Shift" | "Control")[] = []) {
  const { x, y } = await centre(page, rowText, column);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(x, y);
  for (const key of modifiers) await page.keyboard.up(key);
}

/** The active cell: its row's name and its column. */
async function activeCell(page: Page) {
  const active = page.locator('[role="row"] > [role="gridcell"][aria-selected="true"]');
  const row = active.locator("xpath=..");
  return {
    name: await row.locator(`[aria-colindex="${COLUMN.name}"]`).innerText(),
    column: Number(await active.getAttribute("aria-colindex")),
  };
}

async function copied(page: Page): Promise<string> {
  await page.keyboard.press("ControlOrMeta+C");
  return page.evaluate(() => navigator.clipboard.readText());
}

/** A valid ID number (GB 11643: born 1995-05-05, its check character) for a new member. */
function idNumber(sequence: string): string {
  const body = `32118119950505${sequence}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return body + "10X98765432"[sum % 11];
}

describe.skipIf(noChromium)("the grid as Excel, in a browser", () => {
  const ui = adminInBrowser({ signIn: "xq-admin" });
  const saveRequests: string[] = [];
  let cdp: CDPSession;
  const member = (name: string) => ui.server.db.prisma.partyMember.findFirstOrThrow({ where: { name } });
  const occupations = async () =>
    Promise.all(NAMES.map(async (name) => (await member(name).catch(() => null))?.occupation ?? null));

  beforeAll(async () => {
    const { page, server } = ui;
    page.on("request", (request) => {
      if (request.postData()?.includes("saveRows")) saveRequests.push(request.postData()!);
    });
    cdp = await page.context().newCDPSession(page);
    await page.setViewportSize({ width: 2200, height: 900 }); // a wide screen: every column of the member list in view
    await page.goto(`${server.url}/#/PartyMember`);
    await page.getByRole("row").filter({ hasText: "赵敏" }).waitFor({ timeout: 30_000 });
  });

  it("selects a range by Shift+arrows and copies it as Excel's text, with the labels the cells show", async () => {
    const { page } = ui;
    await click(page, "张强", COLUMN.gender);
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Shift+ArrowRight");
    await expect.poll(() => page.locator(".p181-range").count()).toBe(6);
    expect(await page.getByTestId("grid-status").innerText()).toBe("已选 2 行 × 3 列");
    await ui.shot("grid-1-range-keys.png");
    const [female, male] = [enumValueLabel("Gender", "FEMALE"), enumValueLabel("Gender", "MALE")];
    expect(await copied(page)).toBe(`${female}\t1980-01-01\t13900000003\r\n${male}\t1980-01-01\t13900000002\r\n`);
  });

  it("selects a range by Shift+click and by dragging the mouse", async () => {
    const { page } = ui;
    await click(page, "张强", COLUMN.organisation);
    await click(page, "王明", COLUMN.zone, ["Shift"]);
    await expect.poll(() => page.locator(".p181-range").count()).toBe(6);
    expect(await copied(page)).toBe("西村党支部\t西村\r\n东村党支部\t东村\r\n东村党支部\t东村\r\n");
    expect(await activeCell(page)).toEqual({ name: "张强", column: COLUMN.organisation });
    await ui.shot("grid-2-range-shift-click.png");

    const from = await centre(page, "李华", COLUMN.name);
    const to = await centre(page, "赵敏", COLUMN.gender);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.locator(".p181-range").count()).toBe(9);
    expect(await page.getByTestId("grid-status").innerText()).toBe("已选 3 行 × 3 列");
    await ui.shot("grid-3-range-drag.png");
    const rows = (await copied(page)).split("\r\n");
    expect(rows.map((row) => row.split("\t")[0])).toEqual(["李华", "王明", "赵敏", ""]);
  });

  it("pastes a 2×3 block from Excel onto an existing row in one request, and Ctrl+Z takes it back", async () => {
    const { page } = ui;
    await click(page, "李华", COLUMN.gender);
    saveRequests.length = 0;
    await pasteText(page, "女\t1976/5/12\t13911110002\r\n男\t1988-11-20\t13911110001\r\n");
    await expect.poll(async () => (await member("王明")).phone, { timeout: 10_000 }).toBe("13911110001");
    const [li, wang] = [await member("李华"), await member("王明")];
    expect([li.gender, li.birthDate?.toISOString().slice(0, 10), li.phone]).toEqual([
      "FEMALE",
      "1976-05-12",
      "13911110002",
    ]);
    expect([wang.gender, wang.birthDate?.toISOString().slice(0, 10)]).toEqual(["MALE", "1988-11-20"]);
    expect(saveRequests).toHaveLength(1);
    await expect.poll(() => cell(page, "王明", COLUMN.phone).innerText()).toBe("13911110001");
    await ui.shot("grid-4-pasted.png");

    await page.keyboard.press("ControlOrMeta+Z");
    await expect.poll(async () => (await member("王明")).phone, { timeout: 10_000 }).toBe("13900000001");
    expect((await member("李华")).birthDate?.toISOString().slice(0, 10)).toBe("1980-01-01");
    expect(saveRequests).toHaveLength(2);
    await expect.poll(() => cell(page, "李华", COLUMN.phone).innerText()).toBe("13900000002");
  });

  it("appends the rows of a block pasted past the last row, and Ctrl+Z deletes them again", async () => {
    const { page, server } = ui;
    await page.locator('[role="row"]').last().locator(`[aria-colindex="${COLUMN.name}"]`).click();
    const bachelor = enumValueLabel("Education", "BACHELOR");
    await pasteText(
      page,
      `孙立\t${idNumber("001")}\t男\t1995/5/5\t\t${bachelor}\t东村党支部\t东村\t预备党员\t2015/7/1\r\n`,
    );
    await expect
      .poll(() => server.db.prisma.partyMember.count({ where: { name: "孙立", deletedAt: null } }), {
        timeout: 10_000,
      })
      .toBe(1);
    await expect.poll(() => page.getByRole("row").filter({ hasText: "孙立" }).count()).toBe(1);
    await page.keyboard.press("ControlOrMeta+Z");
    await expect
      .poll(() => server.db.prisma.partyMember.count({ where: { name: "孙立", deletedAt: null } }), {
        timeout: 10_000,
      })
      .toBe(0);
    await expect.poll(() => page.getByRole("row").filter({ hasText: "孙立" }).count()).toBe(0);
  });

  it("replaces a value by typing; Enter saves and moves down, Tab saves and moves right, Esc cancels, F2 edits", async () => {
    const { page } = ui;
    await click(page, "张强", COLUMN.phone);
    await page.keyboard.type("13922220003");
    await ui.shot("grid-5-typing.png");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await member("张强")).phone, { timeout: 10_000 }).toBe("13922220003");
    expect(await activeCell(page)).toEqual({ name: "李华", column: COLUMN.phone });

    await page.keyboard.type("13922220002");
    await page.keyboard.press("Tab");
    await expect.poll(async () => (await member("李华")).phone, { timeout: 10_000 }).toBe("13922220002");
    expect(await activeCell(page)).toEqual({ name: "李华", column: COLUMN.education });
    await page.keyboard.press("Shift+Tab");
    expect(await activeCell(page)).toEqual({ name: "李华", column: COLUMN.phone });

    await page.keyboard.type("139");
    await page.keyboard.press("Escape");
    await expect.poll(() => cell(page, "李华", COLUMN.phone).innerText()).toBe("13922220002");

    // F2 edits the old value: the caret after it.
    await page.keyboard.press("F2");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("9");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await member("李华")).phone, { timeout: 10_000 }).toBe("13922220009");
    expect(await activeCell(page)).toEqual({ name: "王明", column: COLUMN.phone });
    await ui.shot("grid-6-typed.png");
  });

  it("replaces a value with what a Chinese input method composes, and keys pressed while composing stay with it", async () => {
    const { page } = ui;
    await click(page, "赵敏", COLUMN.occupation);
    await cdp.send("Input.imeSetComposition", { text: "jiaoshi", selectionStart: 7, selectionEnd: 7 });
    await page.keyboard.press("ArrowDown"); // chooses a candidate in the input method, not a row
    await cdp.send("Input.imeSetComposition", { text: "教师", selectionStart: 2, selectionEnd: 2 });
    await ui.shot("grid-7-composing.png");
    expect(await activeCell(page)).toEqual({ name: "赵敏", column: COLUMN.occupation });
    await cdp.send("Input.insertText", { text: "教师" });
    await expect.poll(() => page.locator('[role="gridcell"] input:not([type="checkbox"])').inputValue()).toBe("教师");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await member("赵敏")).occupation, { timeout: 10_000 }).toBe("教师");

    // Over an old value: the composed text replaces it.
    await click(page, "赵敏", COLUMN.name);
    await cdp.send("Input.imeSetComposition", { text: "zhao", selectionStart: 4, selectionEnd: 4 });
    await cdp.send("Input.insertText", { text: "赵敏敏" });
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => (await member("赵敏敏").catch(() => null))?.phone, { timeout: 10_000 })
      .toBe("13900000004");
    await ui.shot("grid-8-composed.png");
    await page.keyboard.press("ControlOrMeta+Z");
    await expect
      .poll(async () => (await member("赵敏").catch(() => null))?.occupation, { timeout: 10_000 })
      .toBe("教师");
  });

  it("fills down with Ctrl+D, clears with Delete, refuses to clear a required column, and undoes and redoes each", async () => {
    const { page } = ui;
    await click(page, "张强", COLUMN.occupation);
    await page.keyboard.type("farmer");
    await page.keyboard.press("Enter");
    await expect.poll(occupations, { timeout: 10_000 }).toEqual(["farmer", null, null, "教师"]);

    await click(page, "张强", COLUMN.occupation);
    await click(page, "赵敏", COLUMN.occupation, ["Shift"]);
    saveRequests.length = 0;
    await page.keyboard.press("ControlOrMeta+D");
    await expect.poll(occupations, { timeout: 10_000 }).toEqual(["farmer", "farmer", "farmer", "farmer"]);
    expect(saveRequests).toHaveLength(1);
    await ui.shot("grid-9-filled.png");

    await click(page, "李华", COLUMN.occupation);
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Delete");
    await expect.poll(occupations, { timeout: 10_000 }).toEqual(["farmer", null, null, "farmer"]);
    await ui.shot("grid-10-cleared.png");

    // A block of 姓名 and 身份证号 (both required): refused, named, nothing written.
    await click(page, "李华", COLUMN.name);
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Shift+ArrowDown");
    saveRequests.length = 0;
    await page.keyboard.press("Delete");
    await expect.poll(() => page.getByRole("alert").first().innerText()).toContain("姓名、身份证号为必填项，不能清空");
    await ui.shot("grid-11-clear-refused.png");
    expect(saveRequests).toHaveLength(0);
    expect((await member("李华")).name).toBe("李华");

    await page.keyboard.press("ControlOrMeta+Z"); // the clear
    await expect.poll(occupations, { timeout: 10_000 }).toEqual(["farmer", "farmer", "farmer", "farmer"]);
    await page.keyboard.press("ControlOrMeta+Z"); // the fill
    await expect.poll(occupations, { timeout: 10_000 }).toEqual(["farmer", null, null, "教师"]);
    await page.keyboard.press("ControlOrMeta+Y");
    await expect.poll(occupations, { timeout: 10_000 }).toEqual(["farmer", "farmer", "farmer", "farmer"]);
    await page.keyboard.press("ControlOrMeta+Shift+Z");
    await expect.poll(occupations, { timeout: 10_000 }).toEqual(["farmer", null, null, "farmer"]);
    await expect.poll(() => cell(page, "王明", COLUMN.occupation).innerText()).toBe("");
    await ui.shot("grid-12-undo-redo.png");
  });

  it("refuses an undo over someone else's later change, and writes it over theirs on request", async () => {
    const { page, server } = ui;
    const other = createApi({ url: `${server.url}/graphql`, fetch: cookieFetch() });
    await other.authProvider.login({ username: "admin", password: PASSWORD });
    const wang = await member("王明");
    const { data: loaded } = await other.dataProvider.getOne("PartyMember", { id: wang.id });
    await other.dataProvider.update("PartyMember", {
      id: wang.id,
      data: { ...loaded, occupation: "医生" },
      previousData: loaded,
    });

    await page.keyboard.press("ControlOrMeta+Z"); // the clear of 李华's and 王明's occupations
    const alert = page.getByTestId("stale-conflict");
    await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(1);
    expect((await alert.innerText()).replace(/\s+/g, " ")).toMatch(/职业 医生 farmer/);
    expect(await occupations()).toEqual(["farmer", null, "医生", "farmer"]);
    await ui.shot("grid-13-undo-stale.png");
    await alert.getByRole("button", { name: "覆盖" }).click();
    await expect.poll(occupations, { timeout: 10_000 }).toEqual(["farmer", "farmer", "farmer", "farmer"]);
    expect(ui.pageErrors).toEqual([]);
    expect(ui.cspViolations).toEqual([]);
  });
});
