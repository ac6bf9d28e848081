// A Vite plugin that writes a brotli (name.br) and a gzip (name.gz) copy beside every text
// file of the build. The API sends them to browsers that take them (server/src/static-files.ts):
// the strongest compression, paid once per build instead of on every request.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const TEXT = /\.(js|mjs|css|html|svg|json|map|txt)$/;
const compressions = [
  {
    extension: ".br",
    compress: promisify(brotliCompress),
    options: { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } },
  },
  { extension: ".gz", compress: promisify(gzip), options: { level: 9 } },
];

export function precompress(): Plugin {
  return {
    name: "p181:precompress",
    apply: "build",
    async writeBundle({ dir }, bundle) {
      if (!dir) return;
      // Dot files (.vite/manifest.json) are for tools, never served.
      const files = Object.keys(bundle).filter((name) => TEXT.test(name) && !name.startsWith("."));
      await Promise.all(
        files.flatMap((name) => {
          const path = join(dir, name);
          return compressions.map(async ({ extension, compress, options }) => {
            const original = await readFile(path);
            const compressed = await compress(original, options);
            // Tiny files can grow; the server then sends them as they are or compresses them itself.
            if (compressed.length < original.length) await writeFile(path + extension, compressed);
          });
        }),
      );
    },
  };
}
