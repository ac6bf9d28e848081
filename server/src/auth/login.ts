// Signing in with a password: throttle first, then the password, then a session.
// Every refusal other than the throttle is the same error, so nobody learns which
// usernames exist, are disabled or have no password; and every attempt that reaches the
// password check spends the same scrypt time, whether the account exists or not.
//
// Throttling (OWASP's "account lockout" without the lockout): wrong passwords slow the
// guesser down with growing delays, and never let a stranger lock the real user out.
//  - Per username and client address (the pair): the guesser's own attempts. After 5
//    failures in a row, the next attempt waits 1 s, then 2 s, 4 s … up to 15 minutes. Only
//    this pair waits: the real user signing in from their own address is not slowed at all.
//  - Per client address, whatever the usernames: password spraying (one password tried on
//    many accounts). After 30 failures, the same growing waits. Only that address waits
//    (behind a NAT, its other users too).
//  - Per username, from addresses the user has not signed in from lately: a botnet spreading
//    guesses for one account over many addresses. This one is shared by everyone trying that
//    username, so anyone could trigger it: it is mild and bounded (after 10 failures, waits
//    from 1 s up to at most 30 s), and it never applies at an address where the user signed
//    in successfully in the last 30 days, nor counts failures made there.
// Failures are forgotten a day (pair) or an hour (address, username) after the last wait ran out.
// A throttled attempt is refused before the password is checked with RATE_LIMITED and the
// seconds to wait (extensions.retryAfterSeconds, and Retry-After on the HTTP response).
// A successful sign-in clears the pair's and the username's failures, and takes back its
// own count on the address.
import type { PrismaClient } from "@p181/db";
import { needsRehash, hashPassword, verifyAgainstNothing, verifyPassword } from "@p181/db/password";
import { throttleSubject } from "./client-address.ts";
import { errors } from "./errors.ts";
import { claim, forgive, reset, sweep, type Backoff, type Check } from "./rate-limit.ts";
import { createSession, revokeSession, sessionIdFromCookie } from "./sessions.ts";
import { signInAccount, type ViewerUser } from "./viewer-user.ts";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const LOGIN_THROTTLE = {
  pair: { free: 5, firstDelayMs: SECOND, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY },
  address: { free: 30, firstDelayMs: SECOND, maxDelayMs: 15 * MINUTE, forgetAfterMs: HOUR },
  username: { free: 10, firstDelayMs: SECOND, maxDelayMs: 30 * SECOND, forgetAfterMs: HOUR },
  /** How long an address where the user signed in stays exempt from the per-username delay. */
  knownAddressMs: 30 * DAY,
} as const satisfies Record<string, Backoff | number>;

/** Counter rows older than this (past their resetAt) are of no use to any rule above. */
const SWEEP_AFTER_MS = DAY;

/**
 * Where signIn takes the time from when not given one. Tests stop this clock rather than
 * faking Date, which would also stop the embedded database's own timers.
 */
export const loginClock = { now: (): Date => new Date() };

/** The RateLimitCounter keys of one sign-in attempt. */
export function loginKeys(username: string, clientAddress: string) {
  // Case and surrounding blanks do not make a new username for the throttle; overlong
  // input cannot make huge keys.
  const name = username.trim().toLowerCase().slice(0, 200);
  const subject = throttleSubject(clientAddress);
  return {
    pair: `login:pair:${subject}:${name}`,
    address: `login:ip:${subject}`,
    username: `login:user:${name}`,
    /** Present (count 1, resetAt = expiry) while the user counts as known at this address. */
    known: `login:known:${subject}:${name}`,
  };
}

export interface SignIn {
  username: string;
  password: string;
  clientAddress: string;
}

/** Returns the signed-in user and the new session's CSRF token; sets the session cookie. */
export async function signIn(
  prisma: PrismaClient,
  request: Request,
  { username, password, clientAddress }: SignIn,
  now = loginClock.now(),
): Promise<{ user: ViewerUser; csrfToken: string }> {
  const name = username.trim();
  const keys = loginKeys(name, clientAddress);
  const known = await prisma.rateLimitCounter.findFirst({
    where: { key: keys.known, resetAt: { gt: now } },
    select: { key: true },
  });
  const checks: Check[] = [
    { key: keys.pair, policy: LOGIN_THROTTLE.pair },
    { key: keys.address, policy: LOGIN_THROTTLE.address },
    ...(known ? [] : [{ key: keys.username, policy: LOGIN_THROTTLE.username }]),
  ];
  const throttle = await claim(prisma, checks, now);
  if (!throttle.allowed) throw errors.rateLimited(Math.ceil(throttle.retryAfterMs / 1000));

  const user = name ? await signInAccount(prisma, name) : null;
  const valid = user?.passwordHash
    ? await verifyPassword(password, user.passwordHash)
    : await verifyAgainstNothing(password);
  if (!user || !valid || !user.active) throw errors.badCredentials();

  await reset(prisma, [keys.pair, keys.username]);
  const address = throttle.claimed.find((counter) => counter.key === keys.address);
  if (address) await forgive(prisma, address, now);
  const knownUntil = new Date(now.getTime() + LOGIN_THROTTLE.knownAddressMs);
  await prisma.rateLimitCounter.upsert({
    where: { key: keys.known },
    create: { key: keys.known, count: 1, resetAt: knownUntil },
    update: { count: { increment: 1 }, resetAt: knownUntil },
  });
  await sweep(prisma, SWEEP_AFTER_MS, now);

  const { passwordHash, ...signedIn } = user;
  if (passwordHash && needsRehash(passwordHash)) await rehash(prisma, user.id, passwordHash, password);
  const previous = sessionIdFromCookie(request);
  if (previous) await revokeSession(prisma, previous, now);
  return { user: signedIn, csrfToken: await createSession(prisma, request, user.id, now) };
}

/**
 * Replaces a hash made with weaker parameters, now that the password is at hand. Only if
 * the hash is still the one just verified (a password change in between wins), and without
 * touching the audit columns: nobody edited the user. Request traffic cannot read or write
 * hashes; a SECURITY DEFINER function does this one thing (prisma/src/security/system.ts).
 */
async function rehash(prisma: PrismaClient, userId: number, previous: string, password: string): Promise<void> {
  const next = await hashPassword(password);
  await prisma.$queryRaw`SELECT p181.replace_password_hash(${userId}::int, ${previous}, ${next})`;
}
