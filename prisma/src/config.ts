import path from "node:path";

/** The repository root: data/ and other run-time folders live here by default. */
export const repoRoot = path.resolve(import.meta.dirname, "../..");

export interface DatabaseSettings {
  /** A PostgreSQL server; when absent, the embedded PGlite is used. */
  url?: string;
  /** Where the embedded PGlite keeps its files. */
  pgliteDir: string;
  /** Loopback port the embedded PGlite is served on (0 = any free port). */
  pglitePort: number;
  /** Connections in the pool to a PostgreSQL server. */
  poolSize: number;
}

export function databaseSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  return {
    url: env.DATABASE_URL || undefined,
    pgliteDir: path.resolve(env.PGLITE_DIR ?? path.join(repoRoot, "data/pglite")),
    pglitePort: Number(env.PGLITE_PORT ?? 54329),
    poolSize: Number(env.DATABASE_POOL_SIZE ?? 10),
  };
}
