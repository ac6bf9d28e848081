// Compressed answers for the admin's files: which encoding a client takes (brotli before
// gzip), the copy the admin's build wrote beside a file (name.br, name.gz), and compression
// on the fly when there is none.
import { statSync, type Stats } from "node:fs";
import type { Transform } from "node:stream";
import { constants, createBrotliCompress, createGzip } from "node:zlib";

export type Encoding = "br" | "gzip";

const EXTENSIONS: Record<Encoding, string> = { br: ".br", gzip: ".gz" };

/** Text is worth compressing; images and fonts already are compressed. */
export function isCompressible(contentType: string): boolean {
  return /^text\/|^application\/(json|javascript)|^image\/svg\+xml/.test(contentType);
}

/**
 * The encoding to answer an Accept-Encoding header with: brotli if the client takes it,
 * else gzip, else none. `q=0` refuses an encoding; `*` stands for the ones not named.
 */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name = "", ...parameters] = part.trim().toLowerCase().split(";");
    const q = parameters.map((parameter) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    if (name) weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (encoding: Encoding) => weights.get(encoding) ?? weights.get("*") ?? 0;
  const br = weight("br");
  const gzip = weight("gzip");
  if (br > 0 && br >= gzip) return "br";
  return gzip > 0 ? "gzip" : null;
}

/** The precompressed copy of a file, unless it is missing or older than the file. */
export function precompressed(path: string, file: Stats, encoding: Encoding): { path: string; size: number } | null {
  const variant = path + EXTENSIONS[encoding];
  try {
    const stats = statSync(variant);
    return stats.isFile() && stats.mtimeMs >= file.mtimeMs ? { path: variant, size: stats.size } : null;
  } catch {
    return null;
  }
}

/** A compressing stream for files without a precompressed copy: fast levels, as this runs per request. */
export function compressor(encoding: Encoding): Transform {
  return encoding === "br"
    ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : createGzip({ level: 6 });
}
