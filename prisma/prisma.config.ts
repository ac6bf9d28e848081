import path from "node:path";
import { defineConfig } from "prisma/config";
import { MigrationAdapter } from "./src/migration-adapter.ts";

// The CLI skips .env loading when a config file exists and falls back to the Rust
// engines (a download that fails here) when the schema cannot be read, so the URL
// needs a value even for `prisma generate`. The npm scripts in src/cli/ always set
// the real one, serving the embedded PGlite on a loopback port when none is given.
process.env.DATABASE_URL ||= "postgresql://postgres@127.0.0.1:5432/postgres";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(import.meta.dirname, "schema"),
  migrations: { path: path.join(import.meta.dirname, "migrations") },
  async adapter() {
    // allowExitOnIdle: otherwise the idle pool keeps every CLI command alive for 10 s.
    return new MigrationAdapter({
      connectionString: process.env.DATABASE_URL,
      idleTimeoutMillis: 100,
      allowExitOnIdle: true,
    });
  },
});
