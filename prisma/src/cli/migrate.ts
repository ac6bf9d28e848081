import { databaseSettingsFromEnv } from "../config.ts";
import { openDatabaseOrExit } from "../open-or-exit.ts";

const database = await openDatabaseOrExit(databaseSettingsFromEnv());
console.log(`Migrations applied to ${database.embedded ? "the embedded database" : "DATABASE_URL"}.`);
await database.close();
