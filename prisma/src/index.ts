export { createPrismaClient, onConnectionNotification, type ClientOptions, type NotificationHandler, type PrismaClient } from "./client.ts";
export { databaseSettingsFromEnv, repoRoot, type DatabaseSettings } from "./config.ts";
export { openDatabase, type Database, type OpenDatabaseOptions } from "./database.ts";
export { DatabaseInUseError, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.ts";
export { applyMigrations, runPrismaCli } from "./migrate.ts";
export { listenOnServer, listenOnSharedSession, type ListenCallbacks, type ListenOptions, type NotificationListener } from "./notifications.ts";
export { Prisma } from "../generated/client/client.ts";
export * from "../generated/client/enums.ts";
