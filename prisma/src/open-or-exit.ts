// For entry points (the server, the steps of `npm start`, the scripts' command lines): an
// embedded database held by another process is a situation to explain, not a crash. The
// reason is one line on stderr, naming the directory and its owner; no stack trace.
import type { DatabaseSettings } from "./config.ts";
import { DatabaseInUseError } from "./data-dir-lock.ts";
import { openDatabase, type Database, type OpenDatabaseOptions } from "./database.ts";

/** The exit code of a command that could not run because the database is unavailable. */
export const EXIT_DATABASE_UNAVAILABLE = 3;

/** openDatabase, or, when another process holds the embedded database, its one-line reason and exit code 3. */
export async function openDatabaseOrExit(
  settings?: DatabaseSettings,
  options?: OpenDatabaseOptions,
): Promise<Database> {
  try {
    return await openDatabase(settings, options);
  } catch (error) {
    if (!(error instanceof DatabaseInUseError)) throw error;
    console.error(error.message);
    process.exit(EXIT_DATABASE_UNAVAILABLE);
  }
}
