// The admin's files from the API's origin: content types, the single-page-app fallback,
// API paths left to the API, no way out of the root, and the admin's security headers.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_CONTENT_SECURITY_POLICY } from "./security-headers.ts";
import { withStaticFiles } from "./static-files.ts";

describe("withStaticFiles", () => {
  const root = mkdtempSync(join(tmpdir(), "p181-static-"));
  const api: RequestListener = (request, response) =>
    response.writeHead(200, { "content-type": "text/plain" }).end(`api ${request.method} ${request.url}`);
  const server = createServer((request, response) => listener(request, response));
  let listener: RequestListener = api;
  let base = "";

  beforeAll(async () => {
    mkdirSync(join(root, "dist", "assets"), { recursive: true });
    writeFileSync(join(root, "dist", "index.html"), "<!doctype html><title>admin</title>");
    writeFileSync(join(root, "dist", "assets", "app-1234.js"), "console.log(1)");
    writeFileSync(join(root, "secret.txt"), "outside the root");
    listener = withStaticFiles(api, join(root, "dist"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("serves files with their content type and index.html for the admin's routes", async () => {
    const script = await fetch(`${base}/assets/app-1234.js`);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(script.headers.get("cache-control")).toContain("immutable");
    for (const path of ["/", "/PartyMember", "/PartyMember/3/show"]) {
      const page = await fetch(`${base}${path}`);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await page.text()).toContain("<title>admin</title>");
    }
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it("sends the Content-Security-Policy, nosniff and the referrer policy with the page, its files and a 404", async () => {
    for (const path of ["/", "/PartyMember", "/assets/app-1234.js", "/assets/missing.js"]) {
      const response = await fetch(`${base}${path}`, {
        headers: { accept: "text/html,application/xhtml+xml", "sec-fetch-dest": "document" },
      });
      expect(response.headers.get("content-security-policy"), path).toBe(ADMIN_CONTENT_SECURITY_POLICY);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("same-origin");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
    }
    const directives = new Map(
      ADMIN_CONTENT_SECURITY_POLICY.split("; ").map((directive) => [
        directive.split(" ")[0],
        directive.split(" ").slice(1).join(" "),
      ]),
    );
    expect(Object.fromEntries(directives)).toMatchObject({
      "default-src": "'self'",
      "script-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'self'",
      "frame-ancestors": "'none'",
    });
    expect(ADMIN_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
  });

  it("leaves /graphql, /health, /ready and other methods to the API", async () => {
    expect(await (await fetch(`${base}/graphql?query={__typename}`)).text()).toBe(
      "api GET /graphql?query={__typename}",
    );
    expect(await (await fetch(`${base}/health`)).text()).toBe("api GET /health");
    expect(await (await fetch(`${base}/ready`)).text()).toBe("api GET /ready");
    expect(await (await fetch(`${base}/anything`, { method: "POST" })).text()).toBe("api POST /anything");
  });

  it("never leaves the root", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/%00"]) {
      const response = await fetch(`${base}${path}`);
      expect(await response.text()).not.toContain("outside the root");
    }
  });

  it("is the plain API when no admin is built", () => {
    expect(withStaticFiles(api, join(root, "nothing-here"))).toBe(api);
  });
});
