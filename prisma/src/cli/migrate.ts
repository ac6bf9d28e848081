import { databaseSettingsFromEnv } from "../config.ts";
import { openDatabase } from "../database.ts";

const database = await openDatabase(databaseSettingsFromEnv());
console.log(`Migrations applied to ${database.embedded ? "the embedded database" : "DATABASE_URL"}.`);
await database.close();
