// The admin built once for every test that needs a real build (the browser tests, the bundle
// budget). The build goes to a directory named after a hash of what it is made from (the
// admin's and @p181/schema's files, the lockfile), so the test files of a run share one
// build, and a run after no change (or on another Node line) reuses it.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const admin = fileURLToPath(new URL("../..", import.meta.url));
const repository = join(admin, "..");
const INPUTS = [
  admin,
  join(repository, "schema"),
  join(repository, "package-lock.json"),
  join(repository, "tsconfig.json"),
];
// Not inputs: dependencies (the lockfile stands for them), outputs, tools' files (.turbo logs).
const SKIPPED = new Set(["node_modules", "dist", "test-artifacts"]);
const PREFIX = "p181-admin-build-";
const DAY_MS = 24 * 60 * 60 * 1000;

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !SKIPPED.has(entry.name) && !entry.name.startsWith("."))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

function inputsHash(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(filesUnder).sort())
    hash
      .update(`${relative(repository, file)}\0`)
      .update(readFileSync(file))
      .update("\0");
  return hash.digest("hex").slice(0, 16);
}

/** Builds that no test has used for a day. */
function pruneOldBuilds(): void {
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    if (name.startsWith(PREFIX) && statSync(path).mtimeMs < Date.now() - DAY_MS)
      rmSync(path, { recursive: true, force: true });
  }
}

/** The directory of the built admin (as `vite build` writes admin/dist), building it if needed. */
export async function builtAdmin(): Promise<string> {
  const dir = join(tmpdir(), `${PREFIX}${inputsHash()}`);
  if (existsSync(dir)) {
    const now = new Date();
    utimesSync(dir, now, now);
    return dir;
  }
  // Built aside and renamed into place when complete: a directory that exists is a whole build.
  const staging = mkdtempSync(join(tmpdir(), "p181-admin-staging-"));
  // Vite takes NODE_ENV over its mode, and vitest sets it to "test", which would build
  // React's development code: build what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ root: admin, mode: "production", logLevel: "error", build: { outDir: staging, emptyOutDir: true } });
    renameSync(staging, dir);
  } catch (error) {
    // Another test process may have finished the same build first.
    if (!existsSync(dir)) throw error;
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    rmSync(staging, { recursive: true, force: true });
  }
  pruneOldBuilds();
  return dir;
}
