// What a browser downloads before the admin can show its first page: the entry chunk of
// index.html and every chunk it imports statically (the modulepreload links Vite adds), read
// from the build manifest (.vite/manifest.json, `build.manifest` in vite.config.ts), with
// their sizes as sent: raw, gzip and brotli.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** One entry of Vite's build manifest (the fields used here), keyed by source path. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export interface Sizes {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
}

/** The file of a chunk and of everything it imports statically, transitively: what loading it fetches. */
export function chunkFiles(manifest: Manifest, key: string): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]!.imports ?? []) visit(imported);
  };
  visit(key);
  return [...seen].map((key) => manifest[key]!.file);
}

/** The files of the entry chunk (index.html's) and of its static imports, entry first. */
export function firstLoadFiles(manifest: Manifest): string[] {
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in the build manifest, found ${entries.length}`);
  return chunkFiles(manifest, entries[0]!);
}

/** The scripts index.html loads at once: its module script and its modulepreload links. */
export function scriptsOfIndex(dist: string): string[] {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => /type="module"|rel="modulepreload"/.test(tag))
    .map((tag) => /(?:src|href)="\/?([^"]+)"/.exec(tag)?.[1] ?? "");
}

/** Every JavaScript file of the build. */
export function allScripts(dist: string): string[] {
  return readdirSync(join(dist, "assets"))
    .filter((name) => name.endsWith(".js"))
    .map((name) => `assets/${name}`);
}

/** Sizes of files as served: raw, and as the build's .gz and .br copies (or as strongly compressed). */
export function sizesOf(dist: string, files: string[]): Sizes {
  const sizes: Sizes = { files: files.length, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const path = join(dist, file);
    const content = readFileSync(path);
    const copy = (extension: string, compress: () => Buffer) =>
      existsSync(path + extension) ? readFileSync(path + extension).length : compress().length;
    sizes.raw += content.length;
    sizes.gzip += copy(".gz", () => gzipSync(content, { level: 9 }));
    sizes.brotli += copy(".br", () =>
      brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
  }
  return sizes;
}
