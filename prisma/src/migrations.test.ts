import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded.ts";
import { runPrismaCli } from "./migrate.ts";
import { schemaDir, snapshotFile } from "./schema-files.ts";

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
});
