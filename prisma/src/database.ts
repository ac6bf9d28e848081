import { createPrismaClient, type ClientOptions, type PrismaClient } from "./client.ts";
import { databaseSettingsFromEnv, type DatabaseSettings } from "./config.ts";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.ts";
import { applyMigrations } from "./migrate.ts";

export interface Database {
  prisma: PrismaClient;
  /** The address clients connect to (for the embedded database, the loopback socket). */
  url: string;
  /** True when this process serves the embedded PGlite. */
  embedded: boolean;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions extends Pick<ClientOptions, "onQuery"> {
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  quiet?: boolean;
}

/**
 * The one way the app and scripts get a database: a PostgreSQL server when
 * DATABASE_URL is set, otherwise the embedded PGlite in its data directory.
 */
export async function openDatabase(
  settings: DatabaseSettings = databaseSettingsFromEnv(),
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = settings.url;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: settings.pgliteDir, port: settings.pglitePort });
    url = embedded.url;
  }
  try {
    if (options.migrate !== false) await applyMigrations(url, { quiet: options.quiet });
    const prisma = createPrismaClient(url, {
      poolSize: embedded ? 1 : settings.poolSize,
      onQuery: options.onQuery,
    });
    return {
      prisma,
      url,
      embedded: Boolean(embedded),
      async close() {
        await prisma.$disconnect();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
