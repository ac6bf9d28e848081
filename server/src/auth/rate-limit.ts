// Throttles with growing delays, kept in the database (the RateLimitCounter table) so that
// every API process behind the load balancer sees the same state: nothing lives in process
// memory. A key's row holds its consecutive failures (`count`) and the moment the next
// attempt may be made (`resetAt`): the last failure plus a delay that starts once the free
// failures are used up and doubles with each further failure, up to a cap. A key with no failure for a while is
// forgotten and starts again from nothing.
//
// An attempt claims all its keys before the work it guards (the password check), so that
// parallel attempts cannot slip in under the limit: each claim counts as a failure until
// the caller takes it back. Claims are compare-and-swap updates (the row is changed only if
// it is still what was read), so concurrent API processes never lose a count.
import type { PrismaClient } from "@p181/db";

export interface Backoff {
  /** Failures that cost no wait: after this many, the next attempt waits `firstDelayMs`. */
  free: number;
  /** The wait after the `free`-th failure; each further failure doubles it. */
  firstDelayMs: number;
  /** The longest delay. */
  maxDelayMs: number;
  /** Failures are forgotten this long after the last delay has run out. */
  forgetAfterMs: number;
}

/** A key's stored state. */
export interface Counter {
  key: string;
  /** Consecutive failures, including attempts claimed and not yet settled. */
  count: number;
  /** When the next attempt may be made (the last failure plus its delay). */
  resetAt: Date;
}

/** How long to wait after `failures` consecutive failures. */
export function delayAfter(policy: Backoff, failures: number): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(failures - policy.free, 52));
}

/** The failures a stored counter still counts at `now` (0 once forgotten). */
export function failuresAt(counter: Counter | undefined, policy: Backoff, now: Date): number {
  if (!counter) return 0;
  return now.getTime() >= counter.resetAt.getTime() + policy.forgetAfterMs ? 0 : counter.count;
}

/**
 * Milliseconds until the key accepts an attempt; 0 when it does now. Failures that earned
 * no delay never hold anyone up, even an attempt whose clock reads a moment earlier than
 * the last failure's (requests in flight on several processes).
 */
export function waitMs(counter: Counter | undefined, policy: Backoff, now: Date): number {
  const failures = failuresAt(counter, policy, now);
  if (!counter || delayAfter(policy, failures) === 0) return 0;
  return Math.max(0, counter.resetAt.getTime() - now.getTime());
}

/** The state after one more failure at `now`. */
export function afterFailure(counter: Counter | undefined, key: string, policy: Backoff, now: Date): Counter {
  const count = failuresAt(counter, policy, now) + 1;
  return { key, count, resetAt: new Date(now.getTime() + delayAfter(policy, count)) };
}

export interface Check {
  key: string;
  policy: Backoff;
}

export type Claim = { allowed: true; claimed: Counter[] } | { allowed: false; retryAfterMs: number };

/** Compare-and-swap attempts per key before a claim gives up and refuses (only under heavy contention). */
const MAX_SWAPS = 50;

async function read(prisma: PrismaClient, keys: string[]): Promise<Map<string, Counter>> {
  const rows = await prisma.rateLimitCounter.findMany({ where: { key: { in: keys } } });
  return new Map(rows.map((row) => [row.key, row]));
}

/** Writes `next` if the row is still `previous` (absent when undefined); false when someone else got there first. */
async function swap(prisma: PrismaClient, previous: Counter | undefined, next: Counter): Promise<boolean> {
  if (!previous) {
    const { count } = await prisma.rateLimitCounter.createMany({ data: [next], skipDuplicates: true });
    return count === 1;
  }
  const { count } = await prisma.rateLimitCounter.updateMany({
    where: { key: next.key, count: previous.count, resetAt: previous.resetAt },
    data: { count: next.count, resetAt: next.resetAt },
  });
  return count === 1;
}

/**
 * Counts one failure against every key, unless one of them is still waiting: then nothing
 * is counted and the answer says how long to wait (the longest of the waits).
 */
export async function claim(prisma: PrismaClient, checks: readonly Check[], now = new Date()): Promise<Claim> {
  const counters = await read(
    prisma,
    checks.map(({ key }) => key),
  );
  const retryAfterMs = Math.max(0, ...checks.map(({ key, policy }) => waitMs(counters.get(key), policy, now)));
  if (retryAfterMs > 0) return { allowed: false, retryAfterMs };

  const claimed: Counter[] = [];
  for (const { key, policy } of checks) {
    let current = counters.get(key);
    for (let attempt = 0; ; attempt++) {
      // Someone else's failure may have started a delay since the first read: the claims
      // made so far stay counted, which only errs on the side of caution.
      const wait = waitMs(current, policy, now);
      if (wait > 0 || attempt === MAX_SWAPS) return { allowed: false, retryAfterMs: Math.max(wait, 1000) };
      const next = afterFailure(current, key, policy, now);
      if (await swap(prisma, current, next)) {
        claimed.push(next);
        break;
      }
      current = (await read(prisma, [key])).get(key);
    }
  }
  return { allowed: true, claimed };
}

/**
 * Takes back a claimed failure (the attempt turned out to be legitimate). If nothing has
 * touched the key since the claim, it is as if the attempt had never been counted; otherwise
 * only the count goes down.
 */
export async function forgive(prisma: PrismaClient, claimed: Counter, now = new Date()): Promise<void> {
  const undone = { key: claimed.key, count: claimed.count - 1, resetAt: now };
  if (await swap(prisma, claimed, undone)) return;
  await prisma.rateLimitCounter.updateMany({
    where: { key: claimed.key, count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
}

/** Forgets keys entirely (a successful sign-in clears its own failures). */
export async function reset(prisma: PrismaClient, keys: string[]): Promise<void> {
  await prisma.rateLimitCounter.deleteMany({ where: { key: { in: keys } } });
}

/** Deletes rows nobody needs any more: those whose `resetAt` lies more than `olderThanMs` in the past. */
export async function sweep(prisma: PrismaClient, olderThanMs: number, now = new Date()): Promise<void> {
  await prisma.rateLimitCounter.deleteMany({ where: { resetAt: { lt: new Date(now.getTime() - olderThanMs) } } });
}
