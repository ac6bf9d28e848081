// Serves the built admin (admin/dist) from the API's own origin: GET and HEAD requests
// outside /graphql, /health and /ready get a file, or index.html for the admin's own
// routes (a single-page app). Paths are resolved inside the root and never leave it; dot
// files (.vite/manifest.json) are not served. Text goes out compressed (static-encoding.ts)
// with cache headers and validators (static-caching.ts). Every answer carries the admin's
// security headers (Content-Security-Policy and friends).
import { createReadStream, statSync } from "node:fs";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pipeline } from "node:stream";
import { ADMIN_SECURITY_HEADERS } from "./security-headers.ts";
import { cacheControl, isNotModified, validators } from "./static-caching.ts";
import { compressor, isCompressible, precompressed, preferredEncoding } from "./static-encoding.ts";

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

/** The file under root for a URL path, or null when it is missing, a dot file or would leave the root. */
function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const normalized = normalize(`/${decoded}`);
  if (normalized.split(/[\\/]/).some((segment) => segment.startsWith("."))) return null;
  const path = resolve(root, `.${normalized}`);
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    return statSync(path).isFile() ? path : null;
  } catch {
    return null;
  }
}

function send(request: IncomingMessage, response: ServerResponse, path: string, cache: string): void {
  const file = statSync(path);
  const contentType = CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
  const compressible = isCompressible(contentType);
  const headers = {
    "content-type": contentType,
    "cache-control": cache,
    ...validators(file),
    ...(compressible ? { vary: "Accept-Encoding" } : {}),
    ...ADMIN_SECURITY_HEADERS,
  };
  if (isNotModified(request.headers, file)) {
    response.writeHead(304, headers).end();
    return;
  }
  const encoding = compressible ? preferredEncoding(request.headers["accept-encoding"]) : null;
  const variant = encoding && precompressed(path, file, encoding);
  if (!encoding) response.writeHead(200, { ...headers, "content-length": file.size });
  else if (variant)
    response.writeHead(200, { ...headers, "content-encoding": encoding, "content-length": variant.size });
  // Compressed on the fly: the length is known only at the end, so the body is chunked.
  else response.writeHead(200, { ...headers, "content-encoding": encoding });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  // A failed read (the file replaced by a new build) ends the response; there is nobody to tell.
  const done = () => {};
  if (variant) pipeline(createReadStream(variant.path), response, done);
  else if (encoding) pipeline(createReadStream(path), compressor(encoding), response, done);
  else pipeline(createReadStream(path), response, done);
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
    if (file && file !== index) return send(request, response, file, cacheControl(pathname));
    if (extname(pathname) && pathname !== "/index.html") {
      response
        .writeHead(404, { "content-type": "text/plain; charset=utf-8", ...ADMIN_SECURITY_HEADERS })
        .end("Not found");
      return;
    }
    send(request, response, index, "no-cache");
  };
}
