// What a bench run measures, from the environment.
import type { Backend } from "@p181/db/testing";

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got "${process.env[name]}"`);
  return value;
}

/** BENCH_CONNECTIONS: concurrent keep-alive connections of the load (default 10). */
export const CONNECTIONS = Math.round(numberFromEnv("BENCH_CONNECTIONS", 10));
/** BENCH_SECONDS: load per target and case, split into interleaved rounds (default 6). */
export const SECONDS = numberFromEnv("BENCH_SECONDS", 6);
/** BENCH_ROUNDS: interleaved rounds the seconds are split into (default 3). */
export const ROUNDS = Math.round(numberFromEnv("BENCH_ROUNDS", 3));
/** Load per target before measuring (JIT, plan caches, connections), not counted. */
export const WARMUP_SECONDS = Math.min(1, SECONDS / ROUNDS);
/** SOAK_MINUTES: length of `npm run bench:soak` (default 10). */
export const SOAK_MINUTES = numberFromEnv("SOAK_MINUTES", 10);

/** BENCH_BACKEND: pglite (embedded, default) or postgres (the server at TEST_POSTGRES_URL). */
export function backendFromEnv(): Backend {
  const backend = process.env.BENCH_BACKEND ?? "pglite";
  if (backend !== "pglite" && backend !== "postgres")
    throw new Error(`BENCH_BACKEND must be pglite or postgres, got "${backend}"`);
  return backend;
}
