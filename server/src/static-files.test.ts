// The admin's files from the API's origin: content types, the single-page-app fallback,
// API paths left to the API, no way out of the root, the admin's security headers,
// compression as browsers ask for it, cache headers and conditional requests.
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { createServer, request, type IncomingHttpHeaders, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_CONTENT_SECURITY_POLICY } from "./security-headers.ts";
import { withStaticFiles } from "./static-files.ts";

/** What browsers send: Chromium and Firefox, Safari, and a client without brotli. */
const CHROMIUM = "gzip, deflate, br, zstd";
const SAFARI = "gzip, deflate, br";
const NO_BROTLI = "gzip, deflate";

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request over HTTP that, unlike fetch, leaves the body as sent (compressed). */
function raw(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response
        .on("data", (chunk: Buffer) => chunks.push(chunk))
        .on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        )
        .on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

function decoded({ headers, body }: RawResponse): string {
  const encoding = headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(body).toString();
  if (encoding === "gzip") return gunzipSync(body).toString();
  expect(encoding).toBeUndefined();
  return body.toString();
}

describe("withStaticFiles", () => {
  const root = mkdtempSync(join(tmpdir(), "p181-static-"));
  const dist = join(root, "dist");
  // Big enough to be worth compressing, as a bundle is.
  const script = Array.from({ length: 2000 }, (_, i) => `console.log("line ${i}");`).join("\n");
  const html = "<!doctype html><title>admin</title>";
  const api: RequestListener = (request, response) =>
    response.writeHead(200, { "content-type": "text/plain" }).end(`api ${request.method} ${request.url}`);
  const server = createServer((request, response) => listener(request, response));
  let listener: RequestListener = api;
  let base = "";

  beforeAll(async () => {
    mkdirSync(join(dist, "assets"), { recursive: true });
    mkdirSync(join(dist, ".vite"));
    writeFileSync(join(dist, "index.html"), html);
    // As the admin's build writes them: the bundle and its brotli and gzip copies.
    writeFileSync(join(dist, "assets", "app-B1a2_c3D.js"), script);
    writeFileSync(join(dist, "assets", "app-B1a2_c3D.js.br"), brotliCompressSync(script));
    writeFileSync(join(dist, "assets", "app-B1a2_c3D.js.gz"), gzipSync(script, { level: 9 }));
    writeFileSync(join(dist, "assets", "lazy-Zz9-x8Yw.js"), script.replaceAll("line", "lazy"));
    writeFileSync(join(dist, "assets", "logo-AbCdEfGh.png"), Buffer.alloc(2048, 7));
    writeFileSync(join(dist, "assets", "unhashed.js"), script);
    writeFileSync(join(dist, ".vite", "manifest.json"), "{}");
    writeFileSync(join(root, "secret.txt"), "outside the root");
    listener = withStaticFiles(api, dist);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("serves files with their content type and index.html for the admin's routes", async () => {
    const response = await fetch(`${base}/assets/app-B1a2_c3D.js`);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await response.text()).toBe(script);
    for (const path of ["/", "/PartyMember", "/PartyMember/3/show"]) {
      const page = await fetch(`${base}${path}`);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await page.text()).toContain("<title>admin</title>");
    }
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it("sends the Content-Security-Policy, nosniff and the referrer policy with the page, its files and a 404", async () => {
    for (const path of ["/", "/PartyMember", "/assets/app-B1a2_c3D.js", "/assets/missing.js"]) {
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

  it("keeps dot files (the build manifest) to itself", async () => {
    for (const path of ["/.vite/manifest.json", "/assets/../.vite/manifest.json", "/%2evite/manifest.json"])
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
  });

  it("sends the precompressed brotli copy to browsers that take brotli, else the gzip copy", async () => {
    for (const [acceptEncoding, encoding] of [
      [CHROMIUM, "br"],
      [SAFARI, "br"],
      [NO_BROTLI, "gzip"],
    ] as const) {
      const response = await raw(`${base}/assets/app-B1a2_c3D.js`, { "accept-encoding": acceptEncoding });
      expect(response.headers["content-encoding"], acceptEncoding).toBe(encoding);
      expect(response.headers.vary).toBe("Accept-Encoding");
      const copy = readFileSync(join(dist, "assets", `app-B1a2_c3D.js.${encoding === "br" ? "br" : "gz"}`));
      expect(response.headers["content-length"]).toBe(String(copy.length));
      expect(response.body.equals(copy)).toBe(true);
      expect(decoded(response)).toBe(script);
    }
  });

  it("compresses files without a precompressed copy on the fly, and sends them plain to clients that take neither", async () => {
    const original = readFileSync(join(dist, "assets", "lazy-Zz9-x8Yw.js"), "utf8");
    for (const [acceptEncoding, encoding] of [
      [CHROMIUM, "br"],
      [NO_BROTLI, "gzip"],
      ["identity", undefined],
      ["br;q=0, gzip;q=0", undefined],
    ] as const) {
      const response = await raw(`${base}/assets/lazy-Zz9-x8Yw.js`, { "accept-encoding": acceptEncoding });
      expect(response.headers["content-encoding"], acceptEncoding).toBe(encoding);
      expect(response.headers.vary).toBe("Accept-Encoding");
      if (encoding) expect(response.body.length).toBeLessThan(original.length / 4);
      expect(decoded(response)).toBe(original);
    }
    const route = await raw(`${base}/PartyMember`, { "accept-encoding": CHROMIUM });
    expect(route.headers["content-encoding"]).toBe("br");
    expect(decoded(route)).toBe(html);
    expect((await raw(`${base}/`)).body.toString()).toBe(html);
  });

  it("ignores a precompressed copy older than its file", async () => {
    const stale = join(dist, "index.html.gz");
    writeFileSync(stale, gzipSync("<!doctype html><title>an older build</title>"));
    const past = new Date(Date.now() - 60_000);
    utimesSync(stale, past, past);
    const response = await raw(`${base}/`, { "accept-encoding": NO_BROTLI });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(decoded(response)).toBe(html);
  });

  it("leaves images as they are", async () => {
    const response = await raw(`${base}/assets/logo-AbCdEfGh.png`, { "accept-encoding": CHROMIUM });
    expect(response.headers["content-type"]).toBe("image/png");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.headers.vary).toBeUndefined();
    expect(response.body.equals(Buffer.alloc(2048, 7))).toBe(true);
  });

  it("lets browsers keep hashed bundles for a year and makes them check everything else", async () => {
    const immutable = "public, max-age=31536000, immutable";
    for (const path of ["/assets/app-B1a2_c3D.js", "/assets/lazy-Zz9-x8Yw.js", "/assets/logo-AbCdEfGh.png"])
      expect((await raw(`${base}${path}`, { "accept-encoding": CHROMIUM })).headers["cache-control"], path).toBe(
        immutable,
      );
    for (const path of ["/", "/index.html", "/PartyMember/3/show", "/assets/unhashed.js"])
      expect((await raw(`${base}${path}`, { "accept-encoding": CHROMIUM })).headers["cache-control"], path).toBe(
        "no-cache",
      );
  });

  it("answers a conditional request for an unchanged file with 304 and no body", async () => {
    const first = await raw(`${base}/`, { "accept-encoding": CHROMIUM });
    const etag = first.headers.etag!;
    const lastModified = first.headers["last-modified"]!;
    expect(etag).toMatch(/^W\/".+"$/);
    const conditionals: Record<string, string>[] = [
      { "if-none-match": etag },
      { "if-none-match": `"other", ${etag}` },
      { "if-modified-since": lastModified },
    ];
    for (const conditions of conditionals) {
      const again = await raw(`${base}/PartyMember`, { "accept-encoding": CHROMIUM, ...conditions });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      expect(again.headers["cache-control"]).toBe("no-cache");
      expect(again.headers.vary).toBe("Accept-Encoding");
    }
    const changed = await raw(`${base}/`, { "accept-encoding": CHROMIUM, "if-none-match": 'W/"other"' });
    expect(changed.status).toBe(200);
    expect(decoded(changed)).toBe(html);
    const older = await raw(`${base}/`, {
      "if-modified-since": new Date(Date.parse(lastModified) - 1000).toUTCString(),
    });
    expect(older.status).toBe(200);
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const get = await raw(`${base}/assets/app-B1a2_c3D.js`, { "accept-encoding": CHROMIUM });
    const head = await raw(`${base}/assets/app-B1a2_c3D.js`, { "accept-encoding": CHROMIUM }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ["content-type", "content-encoding", "content-length", "etag", "cache-control", "vary"])
      expect(head.headers[name], name).toBe(get.headers[name]);
  });

  it("is the plain API when no admin is built", () => {
    expect(withStaticFiles(api, join(root, "nothing-here"))).toBe(api);
  });
});
