// Serves the built admin (admin/dist) from the API's own origin: GET and HEAD requests
// outside /graphql, /health and /ready get a file, or index.html for the admin's own
// routes (a single-page app). Paths are resolved inside the root and never leave it.
// Every answer carries the admin's security headers (Content-Security-Policy and friends).
import { createReadStream, statSync } from "node:fs";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { ADMIN_SECURITY_HEADERS } from "./security-headers.ts";

const API_PATHS = ["/graphql", "/health", "/ready"];

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

function isApiPath(pathname: string): boolean {
  return API_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/** The file under root for a URL path, or null when it is missing or would leave the root. */
function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const path = resolve(root, `.${normalize(`/${decoded}`)}`);
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    return statSync(path).isFile() ? path : null;
  } catch {
    return null;
  }
}

function send(request: IncomingMessage, response: ServerResponse, path: string, cache: string): void {
  response.writeHead(200, {
    "content-type": CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream",
    "content-length": statSync(path).size,
    "cache-control": cache,
    ...ADMIN_SECURITY_HEADERS,
  });
  if (request.method === "HEAD") response.end();
  else createReadStream(path).pipe(response);
}

/**
 * Wraps the API's request listener: admin files first, everything else to the API. Without
 * a built admin (no index.html under root) it returns the API listener unchanged.
 */
export function withStaticFiles(api: RequestListener, root: string): RequestListener {
  const base = resolve(root);
  const index = join(base, "index.html");
  try {
    if (!statSync(index).isFile()) return api;
  } catch {
    return api;
  }
  return (request, response) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    if ((request.method !== "GET" && request.method !== "HEAD") || isApiPath(pathname)) return api(request, response);
    const file = fileFor(base, pathname);
    // Hashed bundles never change; index.html must be fetched fresh to pick up a new build.
    if (file && file !== index)
      return send(
        request,
        response,
        file,
        pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      );
    if (extname(pathname) && pathname !== "/index.html") {
      response
        .writeHead(404, { "content-type": "text/plain; charset=utf-8", ...ADMIN_SECURITY_HEADERS })
        .end("Not found");
      return;
    }
    send(request, response, index, "no-cache");
  };
}
