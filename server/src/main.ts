// The API process: database (migrated) and HTTP listener. `npm start` loads the demo
// data first (scripts/src/cli/prepare.ts), in its own process.
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { databaseSettingsFromEnv, openDatabase } from "@p181/db";
import { watchCredentialChanges } from "./auth/credential-changes.ts";
import { configureLogging, withRequestIds } from "./logging.ts";
import { logFormatFromEnv, requestLimitsFromEnv, serverSettingsFromEnv } from "./settings.ts";
import { withStaticFiles } from "./static-files.ts";
import { createApp } from "./yoga.ts";

const settings = serverSettingsFromEnv();
configureLogging({ format: logFormatFromEnv() });
const database = await openDatabase(databaseSettingsFromEnv(), { quiet: true });

// The embedded database is one session: requests queue for it, so they may wait longer.
const maxWaitMs = requestLimitsFromEnv().maxWaitMs ?? (database.embedded ? 30_000 : 5_000);
const credentials = await watchCredentialChanges(database);
const app = createApp({
  prisma: database.prisma,
  development: settings.development,
  database: { cancelOnDisconnect: !database.embedded, maxWaitMs },
  credentials: credentials.cache,
});
// The built admin (npm start builds it) is served at / from the same origin as /graphql.
const adminDist = process.env.ADMIN_DIST ?? fileURLToPath(new URL("../../admin/dist", import.meta.url));
const server = createServer(withRequestIds(withStaticFiles(app, adminDist)));
server.listen(settings.port, settings.host, () => {
  const base = `http://${settings.host === "0.0.0.0" ? "localhost" : settings.host}:${settings.port}`;
  if (existsSync(adminDist)) console.log(`Admin         ${base}/`);
  console.log(`GraphQL API   ${base}/graphql${settings.development ? "  (GraphiQL in a browser)" : ""}`);
  console.log(`Health        ${base}/health  ${base}/ready`);
  if (database.embedded) console.log(`Database      psql "${database.url}"  (embedded PGlite)`);
  console.log("Press Ctrl-C to stop.");
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: closing connections…`);
  server.close();
  server.closeAllConnections();
  await credentials.close();
  await database.close();
  console.log("Stopped cleanly.");
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
