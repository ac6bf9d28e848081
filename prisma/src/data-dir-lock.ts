// Keeps a second process out of the embedded database's data directory. The lock is held by
// the operating system for the owning process and dropped when that process dies, never a
// timestamp: a paused owner (SIGSTOP, Ctrl-Z, a debugger) keeps the directory however long it
// sleeps, and a crashed one frees it at once, so a restart right after SIGKILL just works.
//
// Linux: a Unix socket bound in the abstract namespace under a name derived from the
// directory. The kernel refuses a second bind atomically (EADDRINUSE) and drops the name when
// the owner's socket closes, which its death does. Windows: a named pipe, same semantics.
// Elsewhere (macOS, BSD): an exclusively created pid file, taken over when its pid is dead.
// Abstract socket names are per network namespace, so the lock covers the processes of one
// machine or one container: never share a data directory between containers or hosts.
//
// `<dataDir>.lock` (beside the directory's real path) records the owner (pid, host, start) so that a refused process can name
// it. With a socket or pipe the file is only information; one left behind by a crash is
// simply overwritten by the next owner.
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";

export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner?: LockOwner,
  ) {
    const who = owner ? `process ${owner.pid} on ${owner.host} (started ${owner.startedAt})` : "another process";
    super(
      `The embedded database at ${dataDir} is already open in ${who}. ` +
        "Stop that process first, or point DATABASE_URL at a PostgreSQL server.",
    );
    this.name = "DatabaseInUseError";
  }
}

export type LockMechanism = "socket" | "pid-file";

export interface DataDirLock {
  release(): Promise<void>;
}

/** Abstract Unix sockets exist on Linux only; Windows named pipes behave the same way. */
export const defaultLockMechanism: LockMechanism =
  process.platform === "linux" || process.platform === "win32" ? "socket" : "pid-file";

/** Locks `dataDir` (created if missing) for this process, or throws DatabaseInUseError. */
export async function lockDataDir(
  dataDir: string,
  mechanism: LockMechanism = defaultLockMechanism,
): Promise<DataDirLock> {
  fs.mkdirSync(dataDir, { recursive: true });
  const ownerFile = `${fs.realpathSync(dataDir)}.lock`;
  removeFormerLockDirectory(ownerFile);
  return mechanism === "socket" ? lockWithSocket(dataDir, ownerFile) : lockWithPidFile(dataDir, ownerFile);
}

async function lockWithSocket(dataDir: string, ownerFile: string): Promise<DataDirLock> {
  const server = net.createServer((connection) => connection.destroy());
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ path: socketName(dataDir), exclusive: true }, resolve);
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE")
      throw new DatabaseInUseError(dataDir, await currentOwner(ownerFile));
    throw error;
  }
  // The lock must not keep an otherwise finished process alive.
  server.unref();
  try {
    writeAtomically(ownerFile, describeThisProcess());
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    async release() {
      if (readOwner(ownerFile)?.pid === process.pid) fs.rmSync(ownerFile, { force: true });
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The directory's identity (device and inode) rather than its path, so that symlinks and bind
 * mounts of one directory share one lock. Hashed to fit the 108 bytes of a socket address.
 */
function socketName(dataDir: string): string {
  const { dev, ino } = fs.statSync(dataDir, { bigint: true });
  const id = createHash("sha256").update(`${dev}:${ino}`).digest("hex");
  return process.platform === "win32" ? `\\\\?\\pipe\\p181-pglite-${id}` : `\0p181-pglite-${id}`;
}

/**
 * The owner as its file names it. A new owner writes the file just after it binds, so a
 * missing file, or one naming a dead process (left by a crash), is read again for a moment.
 */
async function currentOwner(ownerFile: string): Promise<LockOwner | undefined> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const owner = readOwner(ownerFile);
    if (owner && isAlive(owner)) return owner;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

async function lockWithPidFile(dataDir: string, ownerFile: string): Promise<DataDirLock> {
  const claim = `${ownerFile}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(claim, describeThisProcess());
  try {
    for (;;) {
      try {
        // link() creates the name only if it is free, and the file is complete when it appears.
        fs.linkSync(claim, ownerFile);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const owner = readOwner(ownerFile);
      if (owner && isAlive(owner)) throw new DatabaseInUseError(dataDir, owner);
      // Dead owner (or an unreadable file): take over. Two processes doing this at the same
      // instant could both succeed; the socket lock has no such race and is used where it exists.
      fs.rmSync(ownerFile, { force: true });
    }
  } finally {
    fs.rmSync(claim, { force: true });
  }
  return {
    async release() {
      if (readOwner(ownerFile)?.pid === process.pid) fs.rmSync(ownerFile, { force: true });
    },
  };
}

function describeThisProcess(): string {
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
  };
  return `${JSON.stringify(owner)}\n`;
}

function readOwner(ownerFile: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(fs.readFileSync(ownerFile, "utf8")) as Partial<LockOwner>;
    return Number.isInteger(owner.pid) && typeof owner.host === "string" ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the owner still runs; a process on another host is assumed to. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function writeAtomically(file: string, content: string): void {
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, content);
  fs.renameSync(partial, file);
}

/** Earlier versions locked with proper-lockfile, which made `<dataDir>.lock` a directory. */
function removeFormerLockDirectory(ownerFile: string): void {
  try {
    if (fs.statSync(ownerFile).isDirectory()) fs.rmSync(ownerFile, { recursive: true, force: true });
  } catch {
    // Nothing there.
  }
}
