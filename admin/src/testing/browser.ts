// What every browser test stands on: the admin built by Vite, served by the real API over a
// fresh PGlite database with the small fixture (server.ts), and Debian's Chromium driving one
// page with real clicks, key presses and the system clipboard, under the admin's
// Content-Security-Policy. A failed test leaves a screenshot in admin/test-artifacts/ and
// prints the page's text and the errors it met.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page, type Response } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { builtAdmin } from "../build/built-admin.ts";
import { watchContentSecurityPolicy } from "./csp.ts";
import { watchPage, type PageDiagnostics } from "./diagnostics.ts";
import { PASSWORD } from "./fixture.ts";
import { startTestServer, type TestServer } from "./server.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const root = fileURLToPath(new URL("../..", import.meta.url));
const artifacts = join(root, "test-artifacts");

/** `describe.skipIf(noChromium)(…)`: without Chromium the browser tests are skipped. */
export const noChromium = !existsSync(CHROMIUM);

export interface AdminInBrowser {
  /** The API serving the built admin, and its database with the fixture. */
  readonly server: TestServer;
  readonly page: Page;
  /** Uncaught errors of the page's scripts. */
  readonly pageErrors: string[];
  /** What the Content-Security-Policy blocked. */
  readonly cspViolations: string[];
  /** A screenshot of the whole page in test-artifacts/. */
  shot(name: string): Promise<void>;
  /** Opens the admin and signs a user in (password of the fixture); the response of the page, for its headers. */
  signIn(username: string): Promise<Response | null>;
}

/**
 * Registers the hooks of the calling describe block: before its tests the build, the server,
 * Chromium and a page (signed in as `signIn`, if given); after a failed test its screenshot and
 * diagnostics; after all of them everything closed. Read the result's members inside tests.
 */
export function adminInBrowser(options: { signIn?: string } = {}): AdminInBrowser {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let csp: string[] | undefined;
  let diagnostics: PageDiagnostics | undefined;
  const pageErrors: string[] = [];
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the browser is not ready: use it inside a test");
    return value;
  };

  const admin: AdminInBrowser = {
    get server() {
      return ready(server);
    },
    get page() {
      return ready(page);
    },
    pageErrors,
    get cspViolations() {
      return ready(csp);
    },
    async shot(name) {
      await ready(page).screenshot({ path: join(artifacts, name), fullPage: true });
    },
    async signIn(username) {
      const signingIn = ready(page);
      const response = await signingIn.goto(`${ready(server).url}/`);
      await signingIn.locator("input[name=username]").fill(username);
      await signingIn.locator("input[name=password]").fill(PASSWORD);
      await signingIn.getByRole("button", { name: "登录" }).click();
      await signingIn
        .getByText(username)
        .first()
        .waitFor({ timeout: 30_000 }) // the user menu: signed in
        .catch(async (error) => {
          console.error(`signing in failed:\n${await diagnostics?.report()}`);
          throw error;
        });
      return response;
    },
  };

  beforeAll(async () => {
    // One production build per run, shared by every browser-test file and the bundle budget:
    // the tests exercise what users get.
    const outDir = await builtAdmin();
    server = await startTestServer("pglite", { adminDist: outDir });
    mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: "zh-CN",
      acceptDownloads: true,
    });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    csp = await watchContentSecurityPolicy(page);
    diagnostics = watchPage(page);
    if (options.signIn) await admin.signIn(options.signIn);
  });
  afterEach(async (context) => {
    if (context.task.result?.state !== "fail" || !page) return;
    await page
      .screenshot({ path: join(artifacts, `failed-${context.task.name.slice(0, 40)}.png`) })
      .catch((error: Error) => console.error(`no screenshot: ${error.message}`));
    console.error(`${context.task.name} failed:\n${await diagnostics?.report()}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return admin;
}

/** Puts text on the system clipboard, as copying cells in Excel does, and presses Ctrl+V on the focused element. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((tsv) => navigator.clipboard.writeText(tsv), text);
  await page.keyboard.press("ControlOrMeta+V");
}
