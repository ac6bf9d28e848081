import { spawn } from "node:child_process";
import path from "node:path";
import { createRequire } from "node:module";

const packageDir = path.resolve(import.meta.dirname, "..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const unrefEngineTimers = path.join(import.meta.dirname, "unref-engine-timers.cjs");

/** Runs the Prisma CLI (Wasm schema engine via prisma.config.ts) against `url`. */
export function runPrismaCli(url: string, args: string[], options: { quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", unrefEngineTimers, prismaCli, ...args], {
      cwd: packageDir,
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) {
        if (!options.quiet) process.stdout.write(output);
        resolve(output);
      } else reject(new Error(`prisma ${args.join(" ")} failed (exit ${code}):\n${output}`));
    });
  });
}

/** Applies pending migrations, exactly as production does (`prisma migrate deploy`). */
export async function applyMigrations(url: string, options: { quiet?: boolean } = {}): Promise<void> {
  await runPrismaCli(url, ["migrate", "deploy"], options);
}
