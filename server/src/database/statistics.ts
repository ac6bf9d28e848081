// The embedded PGlite runs no autovacuum: the planner's statistics would stay as the demo seed
// left them while users add rows, and row-level security's area conditions would be planned
// on stale row counts. The API process refreshes them itself, at start and every few hours
// (ANALYZE samples each table: well under a second on the demo data). A PostgreSQL server's
// autovacuum does this on its own.
import type { PrismaClient } from "@p181/db";
import { log } from "../logging.ts";

export const ANALYZE_EVERY_MS = 6 * 60 * 60_000;

export interface StatisticsRefresh {
  /** The first ANALYZE, run at once. */
  first: Promise<void>;
  stop(): void;
}

export function keepStatisticsFresh(prisma: PrismaClient, everyMs = ANALYZE_EVERY_MS): StatisticsRefresh {
  const analyze = async () => {
    try {
      await prisma.$executeRawUnsafe("ANALYZE");
    } catch (error) {
      log.warn("ANALYZE failed", { error: (error as Error).message });
    }
  };
  const timer = setInterval(analyze, everyMs);
  timer.unref();
  return { first: analyze(), stop: () => clearInterval(timer) };
}
