// The admin's first load stays small: the JavaScript a browser fetches before it can show
// the sign-in page or the dashboard (the entry chunk and its static imports) is under budget,
// compressed; the grid, the charts, exceljs, the import page and the reports come later, in
// chunks of their own. Measured on the real build that the browser tests use.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtAdmin } from "./built-admin.ts";
import {
  allScripts,
  chunkFiles,
  firstLoadFiles,
  type Manifest,
  readManifest,
  scriptsOfIndex,
  type Sizes,
  sizesOf,
} from "./first-load.ts";

/** First-load JavaScript, gzip (brotli, which most browsers take, is smaller still). */
const BUDGET_BYTES = 400_000;

/** Pages that load on demand, each a dynamic entry of the build. */
const LAZY_PAGES: Record<string, string> = {
  dashboard: "src/dashboard/Dashboard.tsx",
  "entity pages (grid, forms)": "src/resources/views.tsx",
  import: "src/importExport/ImportPage.tsx",
  "plan progress report": "src/reports/PlanProgressPage.tsx",
  "scorecard report": "src/reports/ScorecardPage.tsx",
  "violations report": "src/reports/ViolationsPage.tsx",
};

/** Text only these libraries carry: a library pulled into the first load another way still shows. */
const MARKERS: Record<string, string> = {
  "react-data-grid": "rdg-cell",
  "@mui/x-charts": "MuiChartsSurface",
  exceljs: "ExcelJS",
};

const kB = (bytes: number) => (bytes / 1000).toFixed(1).padStart(7);
const row = (label: string, sizes: Sizes) =>
  `  ${label.padEnd(34)} ${kB(sizes.gzip)} ${kB(sizes.brotli)} ${kB(sizes.raw)}   (${sizes.files} files)`;

describe("the admin's bundle", () => {
  let dist: string;
  let manifest: Manifest;
  let firstLoad: string[];

  beforeAll(async () => {
    dist = await builtAdmin();
    manifest = readManifest(dist);
    firstLoad = firstLoadFiles(manifest);
  });

  it(`loads under ${BUDGET_BYTES / 1000} kB of JavaScript (gzip) before the first page`, () => {
    // The manifest's view of the first load is what index.html makes the browser fetch.
    expect(new Set(scriptsOfIndex(dist))).toEqual(new Set(firstLoad));
    const first = sizesOf(dist, firstLoad);
    const beyondFirstLoad = (key: string) => chunkFiles(manifest, key).filter((file) => !firstLoad.includes(file));
    const pages = Object.entries(LAZY_PAGES).map(([label, key]) =>
      row(`+ ${label}`, sizesOf(dist, beyondFirstLoad(key))),
    );
    console.log(
      [
        "Admin JavaScript, kB (1000 bytes):     gzip  brotli     raw",
        row("first load (sign-in, layout, menu)", first),
        ...pages,
        row("all JavaScript of the build", sizesOf(dist, allScripts(dist))),
      ].join("\n"),
    );
    expect(first.gzip).toBeLessThan(BUDGET_BYTES);
  });

  it("leaves the grid, the charts, exceljs, the import page and the reports out of the first load", () => {
    for (const key of Object.values(LAZY_PAGES)) {
      expect(manifest[key]?.isDynamicEntry, key).toBe(true);
      expect(firstLoad, key).not.toContain(manifest[key]!.file);
    }
    const text = (files: string[]) => files.map((file) => readFileSync(join(dist, file), "utf8")).join("\n");
    const first = text(firstLoad);
    const all = text(allScripts(dist));
    for (const [library, marker] of Object.entries(MARKERS)) {
      expect(all.includes(marker), `${library} is in the build`).toBe(true);
      expect(first.includes(marker), `${library} is in the first load`).toBe(false);
    }
  });
});
