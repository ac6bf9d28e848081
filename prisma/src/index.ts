export {
  createPrismaClient,
  onConnectionNotification,
  sqlPoolOf,
  type ClientOptions,
  type NotificationHandler,
  type PrismaClient,
  type SqlPool,
} from "./client.ts";
export { databaseSettingsFromEnv, repoRoot, type DatabaseSettings } from "./config.ts";
export { openDatabase, type Database, type OpenDatabaseOptions } from "./database.ts";
export { DatabaseInUseError } from "./data-dir-lock.ts";
export { EXIT_DATABASE_UNAVAILABLE, openDatabaseOrExit } from "./open-or-exit.ts";
export { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.ts";
export { applyMigrations, runPrismaCli } from "./migrate.ts";
export {
  listenOnServer,
  listenOnSharedSession,
  type ListenCallbacks,
  type ListenOptions,
  type NotificationListener,
} from "./notifications.ts";
export { Prisma } from "../generated/client/client.ts";
export * from "../generated/client/enums.ts";
