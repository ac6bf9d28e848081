// How long browsers may keep the admin's files, and whether the copy they have is current.
import type { Stats } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";

/** Vite's bundles, /assets/<name>-<content hash>.<ext>: a new build gives them new names. */
const HASHED_ASSET = /^\/assets\/[^/]+-[\w-]{8,}\.\w+$/;

/** Hashed bundles never change; anything else (index.html) is checked with the server on every use. */
export function cacheControl(pathname: string): string {
  return HASHED_ASSET.test(pathname) ? "public, max-age=31536000, immutable" : "no-cache";
}

/** A weak ETag (the same for every encoding of the file) and Last-Modified. */
export function validators(file: Stats): { etag: string; "last-modified": string } {
  return {
    etag: `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`,
    "last-modified": file.mtime.toUTCString(),
  };
}

/** Whether a conditional GET may be answered 304: If-None-Match first, else If-Modified-Since. */
export function isNotModified(headers: IncomingHttpHeaders, file: Stats): boolean {
  const { etag } = validators(file);
  const ifNoneMatch = headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    const tag = (value: string) => value.trim().replace(/^W\//, "");
    return ifNoneMatch.split(",").some((candidate) => candidate.trim() === "*" || tag(candidate) === tag(etag));
  }
  const since = Date.parse(headers["if-modified-since"] ?? "");
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(file.mtimeMs / 1000) * 1000 <= since;
}
