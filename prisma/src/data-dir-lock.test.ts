// The data-directory lock against real processes: a live owner keeps it however long it is
// paused, a dead one frees it at once. Both mechanisms run here (Linux has both).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseInUseError, lockDataDir, type LockMechanism } from "./data-dir-lock.ts";
import { killTestProcesses, startTestProcess } from "./test-processes.ts";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "p181-lock-"));
afterAll(async () => {
  await killTestProcesses();
  fs.rmSync(root, { recursive: true, force: true });
});

let dirs = 0;
const freshDir = () => path.join(root, `data-${++dirs}`);

/** Another process that takes the lock and keeps it until it is killed. */
async function holder(dataDir: string, mechanism: LockMechanism) {
  const script = `
    import { lockDataDir } from ${JSON.stringify(path.join(import.meta.dirname, "data-dir-lock.ts"))};
    await lockDataDir(${JSON.stringify(dataDir)}, ${JSON.stringify(mechanism)});
    console.log("locked");
    setInterval(() => {}, 60_000);`;
  const owner = startTestProcess(["--input-type=module", "-e", script], { cwd: import.meta.dirname });
  await owner.waitFor(/^locked$/m);
  return owner;
}

async function refusal(dataDir: string, mechanism: LockMechanism): Promise<DatabaseInUseError> {
  const error = await lockDataDir(dataDir, mechanism).then(
    (lock) => lock.release().then(() => new Error("the lock was granted")),
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(DatabaseInUseError);
  return error as DatabaseInUseError;
}

describe.each<LockMechanism>(["socket", "pid-file"])("data directory lock (%s)", (mechanism) => {
  it("refuses a second owner, naming the first, until the first releases it", async () => {
    const dataDir = freshDir();
    const lock = await lockDataDir(dataDir, mechanism);
    const error = await refusal(dataDir, mechanism);
    expect(error.owner).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(error.message).toBe(
      `The embedded database at ${dataDir} is already open in process ${process.pid} on ${os.hostname()} (started ${error.owner!.startedAt}). ` +
        "Stop that process first, or point DATABASE_URL at a PostgreSQL server.",
    );
    await lock.release();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    await (await lockDataDir(dataDir, mechanism)).release();
  });

  it("is free the moment its owner is killed", async () => {
    const dataDir = freshDir();
    const owner = await holder(dataDir, mechanism);
    owner.child.kill("SIGKILL");
    await owner.exited;
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);
    const lock = await lockDataDir(dataDir, mechanism);
    expect(JSON.parse(fs.readFileSync(`${dataDir}.lock`, "utf8"))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it("stays with a paused owner, however old its lock file looks", async () => {
    const dataDir = freshDir();
    const owner = await holder(dataDir, mechanism);
    owner.child.kill("SIGSTOP");
    try {
      const anHourAgo = new Date(Date.now() - 3_600_000);
      fs.utimesSync(`${dataDir}.lock`, anHourAgo, anHourAgo);
      expect((await refusal(dataDir, mechanism)).owner?.pid).toBe(owner.pid);
    } finally {
      owner.child.kill("SIGCONT");
    }
    expect((await refusal(dataDir, mechanism)).owner?.pid).toBe(owner.pid);
    owner.child.kill("SIGKILL");
    await owner.exited;
  });
});

describe("data directory lock (socket)", () => {
  it("is one lock for every path to the directory", async () => {
    const dataDir = freshDir();
    const lock = await lockDataDir(dataDir, "socket");
    const link = path.join(root, "link-to-data");
    fs.symlinkSync(dataDir, link);
    expect((await refusal(link, "socket")).owner?.pid).toBe(process.pid);
    await lock.release();
  });

  it("replaces the lock directory an earlier version (proper-lockfile) left behind", async () => {
    const dataDir = freshDir();
    fs.mkdirSync(`${dataDir}.lock`, { recursive: true });
    const lock = await lockDataDir(dataDir, "socket");
    expect(fs.statSync(`${dataDir}.lock`).isFile()).toBe(true);
    await lock.release();
  });
});
