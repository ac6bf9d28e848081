// Accessibility and phones, in the built admin in Chromium (one browser, three sign-ins):
// axe-core, evaluated in the real page, finds no critical or serious violation on the sign-in
// page, the dashboard, a list, a record (show and edit) and the import page, at desktop width
// and at 390×844; <html lang> follows the language; on a phone the pages do not scroll
// sideways, the title stops short of the app bar's buttons, lists are cards (tap one to open
// the record) with 新建 in the toolbar instead of floating over them, and the menu opens from
// the hamburger button and navigates; a viewer is offered neither the import page nor 新建.
// Screenshots of every page at both widths go to admin/test-artifacts/a11y-*.png.
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, blocking, describeViolations, type AxeViolation } from "../testing/axe.ts";
import { adminInBrowser, noChromium } from "../testing/browser.ts";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

interface Screen {
  name: string;
  path: string;
  /** What shows once the page has its data. */
  ready: (page: Page) => Locator;
}

/** No spinner left: the page has what it asked for. */
async function settled(page: Page, ready: Locator): Promise<void> {
  await ready.first().waitFor({ timeout: 20_000 });
  await expect.poll(() => page.locator('[role="progressbar"]:visible').count(), { timeout: 20_000 }).toBe(0);
}

describe.skipIf(noChromium)("accessibility and phones", () => {
  const ui = adminInBrowser();
  /** The violations not failing the test (moderate, minor), per page, printed at the end. */
  const remaining: string[] = [];

  const screens = (): Screen[] => {
    const wang = ui.server.fixture.members.wang;
    return [
      { name: "dashboard", path: "/", ready: (page) => page.getByTestId("plan-card") },
      { name: "list", path: "/PartyMember", ready: (page) => page.locator("main").getByText("王明") },
      {
        name: "show",
        path: `/PartyMember/${wang}/show`,
        ready: (page) => page.locator("main").getByText("东村党支部"),
      },
      { name: "edit", path: `/PartyMember/${wang}`, ready: (page) => page.locator('main input[name="name"]') },
      { name: "import", path: "/import/PartyMember", ready: (page) => page.getByTestId("import-template") },
    ];
  };

  async function expectAccessible(where: string): Promise<AxeViolation[]> {
    const violations = await axeViolations(ui.page);
    const others = violations.filter((violation) => !blocking([violation]).length);
    if (others.length > 0)
      remaining.push(`${where}: ${others.map((violation) => `${violation.impact} ${violation.id}`).join(", ")}`);
    expect(describeViolations(blocking(violations)), `axe-core on ${where}`).toBe("");
    return violations;
  }

  async function open(screen: Screen): Promise<void> {
    await ui.page.goto(`${ui.server.url}/#${screen.path}`);
    await settled(ui.page, screen.ready(ui.page));
  }

  async function noSidewaysScrolling(where: string): Promise<void> {
    const widths = await ui.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(widths.scroll, `${where} scrolls sideways`).toBeLessThanOrEqual(widths.inner);
  }

  beforeAll(() => {
    // Screenshots of long pages and the first render of a language take a while on a busy machine.
    ui.page.setDefaultTimeout(30_000);
  });

  afterAll(() => {
    if (remaining.length > 0) console.info(`axe-core, moderate and minor:\n  ${remaining.join("\n  ")}`);
  });

  it("the sign-in page, at both widths, in Chinese", async () => {
    const { page, server } = ui;
    await page.goto(`${server.url}/`);
    await page.locator("input[name=username]").waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await expectAccessible("sign-in page");
    await ui.shot("a11y-login-1440.png");
    await page.setViewportSize(PHONE);
    await expectAccessible("sign-in page (390 px)");
    await noSidewaysScrolling("sign-in page (390 px)");
    await ui.shot("a11y-login-390.png");
    await page.setViewportSize(DESKTOP);
  });

  it("the pages a city admin works on", async () => {
    const { page } = ui;
    await ui.signIn("admin");
    for (const screen of screens()) {
      await open(screen);
      await expectAccessible(screen.name);
      await ui.shot(`a11y-${screen.name}-1440.png`);
    }
    // The menu is a navigation landmark of links, the current page marked.
    const nav = page.getByRole("navigation", { name: "主菜单" });
    expect(await nav.getByRole("link", { name: "数据导入" }).getAttribute("aria-current")).toBe("page");
    expect(await nav.getByRole("button", { name: "村(区)域党建" }).getAttribute("aria-expanded")).toBe("false");
  });

  it("switches <html lang> with the language", async () => {
    const { page } = ui;
    await page.getByRole("button", { name: /^界面语言/ }).click();
    await page.getByRole("menuitem", { name: "English" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
    await expect.poll(() => page.getByRole("navigation", { name: "Main menu" }).count()).toBe(1);
    await expectAccessible("import page in English");
    await page.getByRole("button", { name: /^Language/ }).click();
    await page.getByRole("menuitem", { name: "中文" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  });

  it("on a phone: every page fits the screen and passes axe-core", async () => {
    const { page } = ui;
    await page.setViewportSize(PHONE);
    await page.reload(); // the app starts as on a phone (a live resize leaves React-Admin's drawer behind)
    for (const screen of screens()) {
      await open(screen);
      await noSidewaysScrolling(`${screen.name} (390 px)`);
      await expectAccessible(`${screen.name} (390 px)`);
      await ui.shot(`a11y-${screen.name}-390.png`);
    }
  });

  it("on a phone: the title ends before the app bar's buttons", async () => {
    const { page } = ui;
    // The longest title of these pages; in English it no longer fits beside the buttons.
    await page.getByRole("button", { name: /^界面语言/ }).click();
    await page.getByRole("menuitem", { name: "English" }).click();
    const title = page.locator("#react-admin-title");
    await expect.poll(() => title.innerText()).toBe("Import from Excel / CSV");
    const layout = await page.evaluate(() => {
      const heading = document.querySelector("#react-admin-title")!;
      const buttons = [...document.querySelectorAll("header button")].map((b) => b.getBoundingClientRect());
      const style = getComputedStyle(heading);
      return {
        tag: heading.tagName,
        right: heading.getBoundingClientRect().right,
        firstButton: Math.min(...buttons.filter((b) => b.left > 100).map((b) => b.left)),
        cut: heading.scrollWidth > heading.clientWidth,
        ellipsis: style.textOverflow === "ellipsis" && style.whiteSpace === "nowrap",
      };
    });
    await ui.shot("a11y-title-390.png");
    expect(layout).toMatchObject({ tag: "H1", cut: true, ellipsis: true });
    expect(layout.right).toBeLessThanOrEqual(layout.firstButton);
    await page.getByRole("button", { name: /^Language/ }).click();
    await page.getByRole("menuitem", { name: "中文" }).click();
    await expect.poll(() => title.innerText()).toBe("从 Excel / CSV 导入");
  });

  it("on a phone: the list is cards, 新建 stays in the toolbar, and a tapped card opens its record", async () => {
    const { page, server } = ui;
    await page.goto(`${server.url}/#/PartyMember`);
    const cards = page.getByTestId("card-list");
    await expect.poll(() => cards.getByRole("link").count(), { timeout: 20_000 }).toBe(5);
    expect(await page.getByTestId("spreadsheet").count()).toBe(0);
    const wang = cards.getByRole("link").filter({ hasText: "王明" });
    expect(await wang.innerText()).toContain("所在党组织：东村党支部"); // a key field under the name
    expect(await page.locator("body").innerText()).toContain("共 5 条"); // the same pagination
    // 新建: an icon in the toolbar, not a button floating over the cards.
    const create = page.getByRole("link", { name: "新建" });
    expect(await create.evaluate((element) => getComputedStyle(element).position)).not.toBe("fixed");
    expect(await page.locator(".MuiFab-root").count()).toBe(0);
    // The same filters: the quick search narrows the cards.
    await page.getByPlaceholder("搜索").fill("王");
    await expect.poll(() => cards.getByRole("link").count(), { timeout: 10_000 }).toBe(1);
    await wang.click();
    await expect.poll(() => page.url()).toContain(`/PartyMember/${server.fixture.members.wang}/show`);
    await page.locator("main").getByText("东村党支部").first().waitFor();
  });

  it("on a phone: the menu opens from the hamburger button and navigates", async () => {
    const { page } = ui;
    await page.goto(`${ui.server.url}/#/`);
    const nav = page.getByRole("navigation", { name: "主菜单" });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole("button", { name: "打开菜单" }).click();
    await nav.waitFor();
    await expectAccessible("menu open (390 px)");
    const group = nav.getByRole("button", { name: "百个创新创业人才团队大引进" });
    expect(await group.getAttribute("aria-expanded")).toBe("false");
    await group.click();
    expect(await group.getAttribute("aria-expanded")).toBe("true");
    await ui.shot("a11y-menu-390.png");
    await nav.getByRole("link", { name: "创新创业人才团队" }).click();
    await expect.poll(() => page.url()).toContain("/#/TalentTeam");
    await nav.waitFor({ state: "hidden" }); // following a link closes the menu
  });

  it("a viewer is offered neither the import page nor 新建", async () => {
    const { page, server } = ui;
    await page.setViewportSize(DESKTOP);
    await page.getByRole("button", { name: /^个人信息/ }).click();
    await page.getByRole("menuitem", { name: "退出登录" }).click();
    await page.locator("input[name=username]").waitFor();
    await ui.signIn("viewer");
    const nav = page.getByRole("navigation", { name: "主菜单" });
    await nav.getByRole("link", { name: "首页" }).waitFor();
    expect(await nav.getByRole("link", { name: "数据导入" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "用户", exact: true }).count()).toBe(0);
    await page.goto(`${server.url}/#/PartyMember?filter=%7B%7D`);
    await settled(page, page.getByRole("row").filter({ hasText: "王明" }));
    expect(await page.getByRole("link", { name: "新建" }).count()).toBe(0);
    expect(await page.getByTestId("import-button").count()).toBe(0);
    await expectAccessible("list of a viewer");
    await ui.shot("a11y-viewer-list-1440.png");
    await page.setViewportSize(PHONE);
    await page.reload();
    await expect.poll(() => page.getByTestId("card-list").getByRole("link").count(), { timeout: 20_000 }).toBe(5);
    expect(await page.getByRole("link", { name: "新建" }).count()).toBe(0);
    await ui.shot("a11y-viewer-list-390.png");
  });
});
