// The embedded database on disk: data survives a restart, and a second process
// opening the same directory gets a clear error instead of corrupting it
// (data-dir-lock.test.ts covers the lock itself: pauses, crashes).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded.ts";

const run = promisify(execFile);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "p181-pglite-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PGlite on disk", () => {
  it("keeps data across a clean stop and restart", async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    await query(first.url, "CREATE TABLE kept (id int PRIMARY KEY, name text); INSERT INTO kept VALUES (1, '东村')");
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query(second.url, "SELECT name FROM kept")).toEqual([{ name: "东村" }]);
    } finally {
      await second.stop();
    }
  });

  it("refuses a second process on the same data directory", async () => {
    const owner = await startEmbeddedPostgres({ dataDir });
    try {
      const script = `
        import { startEmbeddedPostgres } from ${JSON.stringify(path.join(import.meta.dirname, "embedded.ts"))};
        try { await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)} }); console.log("opened"); }
        catch (error) { console.log(error.name + ": " + error.message); }`;
      const tsx = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
      const { stdout } = await run(tsx, ["--input-type=module", "-e", script]);
      expect(stdout).toContain(
        `DatabaseInUseError: The embedded database at ${dataDir} is already open in process ${process.pid} on `,
      );
      expect(await query(owner.url, "SELECT count(*)::int AS n FROM kept")).toEqual([{ n: 1 }]);
    } finally {
      await owner.stop();
    }
  });

  it("npm run db:migrate, refused, says so in one line and exits 3", async () => {
    const owner = await startEmbeddedPostgres({ dataDir });
    try {
      const env = { ...process.env, DATABASE_URL: "", PGLITE_DIR: dataDir, PGLITE_PORT: "0" };
      const failed = await run(process.execPath, ["--import", "tsx", "src/cli/migrate.ts"], {
        cwd: path.resolve(import.meta.dirname, ".."),
        env,
      }).catch((error: { code: number; stdout: string; stderr: string }) => error);
      expect(failed).toMatchObject({ code: 3, stdout: "" });
      expect((failed as { stderr: string }).stderr).toMatch(
        new RegExp(`^The embedded database at ${dataDir} is already open in process ${process.pid} on .*\n$`),
      );
    } finally {
      await owner.stop();
    }
  });
});
