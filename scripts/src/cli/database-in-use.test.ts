// Each command line that opens the database, run while another process (this one) holds the
// embedded database: one line naming the directory and the owner, exit code 3, no stack trace.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@p181/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const scriptsDir = path.resolve(import.meta.dirname, "../..");
const pgliteDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "p181-in-use-")), "pglite");
let owner: EmbeddedPostgres;

beforeAll(async () => {
  owner = await startEmbeddedPostgres({ dataDir: pgliteDir });
});
afterAll(async () => {
  await owner?.stop();
  fs.rmSync(path.dirname(pgliteDir), { recursive: true, force: true });
});

async function run(script: string, ...args: string[]) {
  const env = { ...process.env, DATABASE_URL: "", PGLITE_DIR: pgliteDir, PGLITE_PORT: "0" };
  try {
    await promisify(execFile)(process.execPath, ["--import", "tsx", script, ...args], { cwd: scriptsDir, env });
    return { code: 0, stdout: "", stderr: "" };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("command lines on an embedded database held by another process", () => {
  it.each([
    ["seed", "src/cli/seed.ts"],
    ["prepare-database", "src/cli/prepare.ts"],
    ["targets:import", "src/cli/import-targets.ts", path.join(scriptsDir, "examples/targets-2012-2015.csv")],
  ])("%s exits 3 with one line naming the owner", async (_name, script, ...args) => {
    const result = await run(script!, ...args);
    expect(result).toEqual({
      code: 3,
      stdout: "",
      stderr: expect.stringMatching(
        new RegExp(
          `^The embedded database at ${pgliteDir} is already open in process ${process.pid} on [^\\n]+\\. Stop that process first, or point DATABASE_URL at a PostgreSQL server\\.\\n$`,
        ),
      ),
    });
  });
});
