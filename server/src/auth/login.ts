// Signing in with a password: rate limit first, then the password, then a session.
// Every refusal other than the rate limit is the same error, so nobody learns which
// usernames exist, are disabled or have no password.
import type { PrismaClient } from "@p181/db";
import { errors } from "./errors.ts";
import { verifyAgainstNothing, verifyPassword } from "@p181/db/password";
import { forgive, hit, reset } from "./rate-limit.ts";
import { createSession, revokeSession, sessionIdFromCookie } from "./sessions.ts";
import { signInAccount, type ViewerUser } from "./viewer-user.ts";

export const LOGIN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  /** Failed attempts per username per window. */
  perUsername: 5,
  /** Failed attempts per client address per window. */
  perAddress: 30,
};

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
  now = new Date(),
): Promise<{ user: ViewerUser; csrfToken: string }> {
  const name = username.trim();
  const userKey = `login:user:${name.toLowerCase()}`;
  const addressKey = `login:ip:${clientAddress}`;
  // Counted before checking, so parallel guesses cannot slip in under the limit.
  const counters = await hit(prisma, [userKey, addressKey], LOGIN_LIMITS.windowMs, now);
  const tripped = counters.find(({ key, count }) => count > (key === userKey ? LOGIN_LIMITS.perUsername : LOGIN_LIMITS.perAddress));
  if (tripped) throw errors.rateLimited(Math.max(1, Math.ceil((tripped.resetAt.getTime() - now.getTime()) / 1000)));

  const user = name ? await signInAccount(prisma, name) : null;
  const valid = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyAgainstNothing(password);
  if (!user || !valid || !user.active) throw errors.badCredentials();

  await reset(prisma, userKey, now);
  await forgive(prisma, addressKey, now);
  const previous = sessionIdFromCookie(request);
  if (previous) await revokeSession(prisma, previous, now);
  const { passwordHash: _, ...signedIn } = user;
  return { user: signedIn, csrfToken: await createSession(prisma, request, user.id, now) };
}
