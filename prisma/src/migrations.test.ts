import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded.ts";
import { runPrismaCli } from "./migrate.ts";
import fs from "node:fs";
import { schemaDir, securitySnapshotFile, snapshotFile } from "./schema-files.ts";
import { securitySql } from "./security/index.ts";

describe("migrations", () => {
  it("cover the current schema (after changing it: npm run db:migration -- <name>)", async () => {
    const scratch = await startEmbeddedPostgres();
    try {
      const diff = await runPrismaCli(
        scratch.url,
        ["migrate", "diff", "--from-schema-datamodel", snapshotFile, "--to-schema-datamodel", schemaDir, "--script"],
        { quiet: true },
      );
      expect(diff).toContain("-- This is an empty migration.");
    } finally {
      await scratch.stop();
    }
  });

  it("apply the row-level security the datamodel calls for (after changing it: npm run db:migration -- <name>)", () => {
    expect(fs.readFileSync(securitySnapshotFile, "utf8") === securitySql()).toBe(true);
  });
});
