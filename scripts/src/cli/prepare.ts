// The first step of `npm start`: apply pending migrations and, on an empty embedded
// database, load the demo data (DEMO_DATA=always also seeds an empty server database;
// DEMO_DATA=never never seeds). Runs in its own process before the API opens the database.
import { openDatabaseOrExit } from "@p181/db";
import { isDatabaseEmpty, seedDemoData } from "../seed/index.ts";

const demoData = process.env.DEMO_DATA ?? "auto";
if (!["auto", "always", "never"].includes(demoData)) {
  console.error(`DEMO_DATA must be auto, always or never, got "${demoData}"`);
  process.exit(2);
}

const database = await openDatabaseOrExit(undefined, { quiet: true });
console.log(`Database ready (${database.embedded ? "embedded PGlite" : "DATABASE_URL"}), migrations applied.`);
try {
  const wanted = demoData === "always" || (demoData === "auto" && database.embedded);
  if (wanted && (await isDatabaseEmpty(database.prisma))) {
    console.log("Empty database: loading demo data…");
    await seedDemoData(database.prisma, { log: (line) => console.log(`  ${line}`) });
  }
} finally {
  await database.close();
}
