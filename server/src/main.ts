// The API process: database (migrated) and HTTP listener. `npm start` loads the demo
// data first (scripts/src/cli/prepare.ts), in its own process.
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { databaseSettingsFromEnv, openDatabaseOrExit } from "@p181/db";
import { watchCredentialChanges } from "./auth/credential-changes.ts";
import { keepStatisticsFresh } from "./database/statistics.ts";
import { createGracefulServer } from "./graceful-server.ts";
import { configureLogging, withRequestIds } from "./logging.ts";
import { logFormatFromEnv, requestLimitsFromEnv, serverSettingsFromEnv } from "./settings.ts";
import { withStaticFiles } from "./static-files.ts";
import { onStopSignals } from "./stop-signals.ts";

const settings = serverSettingsFromEnv();
configureLogging({ format: logFormatFromEnv() });
// Loading the app (the whole schema) takes seconds: it proceeds while the database opens and
// migrates, and a database held by another process is reported without waiting for it.
const loadingApp = import("./yoga.ts");
// Not unhandled while the database opens; awaited (and so thrown) just below.
loadingApp.catch(() => {});
const database = await openDatabaseOrExit(databaseSettingsFromEnv(), { quiet: true });
const { createApp } = await loadingApp;

// The embedded database is one session: requests queue for it, so they may wait longer.
const maxWaitMs = requestLimitsFromEnv().maxWaitMs ?? (database.embedded ? 30_000 : 5_000);
const credentials = await watchCredentialChanges(database);
const statistics = database.embedded ? keepStatisticsFresh(database.prisma) : null;
const app = createApp({
  prisma: database.prisma,
  development: settings.development,
  database: { cancelOnDisconnect: !database.embedded, maxWaitMs },
  credentials: credentials.cache,
});
// The built admin (npm start builds it) is served at / from the same origin as /graphql.
const adminDist = settings.adminDist;
const http = createGracefulServer(withRequestIds(withStaticFiles(app, adminDist)));
http.server.listen(settings.port, settings.host, () => {
  const { port } = http.server.address() as AddressInfo;
  const base = `http://${settings.host === "0.0.0.0" ? "localhost" : settings.host}:${port}`;
  if (existsSync(adminDist)) console.log(`Admin         ${base}/`);
  console.log(`GraphQL API   ${base}/graphql${settings.development ? "  (GraphiQL in a browser)" : ""}`);
  console.log(`Health        ${base}/health  ${base}/ready`);
  if (database.embedded) console.log(`Database      psql "${database.url}"  (embedded PGlite)`);
  console.log("Press Ctrl-C to stop.");
});

onStopSignals(async (signal) => {
  if (settings.shutdownDelayMs > 0) {
    http.stopBeingReady();
    console.log(
      `\n${signal}: /ready answers 503; still serving for ${settings.shutdownDelayMs / 1000} s so that load balancers stop sending…`,
    );
    await new Promise((resolve) => setTimeout(resolve, settings.shutdownDelayMs));
  }
  const seconds = settings.shutdownGraceMs / 1000;
  const inFlight = http.inFlight();
  const drained = http.drain(settings.shutdownGraceMs);
  console.log(`\n${signal}: no new connections; finishing ${inFlight} requests in flight (at most ${seconds} s)…`);
  const { cutOff } = await drained;
  if (cutOff > 0)
    console.log(`${cutOff} requests were still running after ${seconds} s; their connections were closed.`);
  statistics?.stop();
  await credentials.close();
  await database.close();
  console.log("Stopped cleanly.");
});
