// Fixed-window counters in the database, so every API process behind the load balancer
// counts against the same limit. One UPSERT … RETURNING per hit: atomic without locks.
import type { PrismaClient } from "@p181/db";

export interface Counter {
  key: string;
  count: number;
  resetAt: Date;
}

/** Counts one event against each key and returns the counts including it. */
export async function hit(prisma: PrismaClient, keys: string[], windowMs: number, now = new Date()): Promise<Counter[]> {
  const resetAt = new Date(now.getTime() + windowMs);
  return prisma.$queryRaw<Counter[]>`
    INSERT INTO "RateLimitCounter" ("key", "count", "resetAt")
    SELECT key, 1, ${resetAt}::timestamp(3) FROM unnest(${keys}::text[]) AS key
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitCounter"."resetAt" <= ${now}::timestamp(3) THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitCounter"."resetAt" <= ${now}::timestamp(3) THEN EXCLUDED."resetAt" ELSE "RateLimitCounter"."resetAt" END
    RETURNING "key", "count", "resetAt"`;
}

/** Takes back one counted event, e.g. an attempt that turned out to be legitimate. */
export async function forgive(prisma: PrismaClient, key: string, now = new Date()): Promise<void> {
  await prisma.rateLimitCounter.updateMany({ where: { key, count: { gt: 0 }, resetAt: { gt: now } }, data: { count: { decrement: 1 } } });
}

/** Forgets a key, and every counter whose window has ended. */
export async function reset(prisma: PrismaClient, key: string, now = new Date()): Promise<void> {
  await prisma.rateLimitCounter.deleteMany({ where: { OR: [{ key }, { resetAt: { lte: now } }] } });
}
