// Browser sessions: a random token in an HttpOnly cookie, its SHA-256 as the Session id,
// and a CSRF token the page echoes in a header. Everything lives in the database; each
// process remembers the sessions it verified lately (credential-cache.ts).
import type { PrismaClient } from "@p181/db";
import { readCookie, setResponseCookie, type CookieOptions } from "./cookies.ts";
import { sessionKey, type CachedSession, type CredentialCache, type Verified } from "./credential-cache.ts";
import { randomSecret, sha256Hex } from "./secrets.ts";
import { viewerUserSelect } from "./viewer-user.ts";
import { isProduction } from "../settings.ts";

export const SESSION_COOKIE = "p181_session";
export const CSRF_HEADER = "x-csrf-token";
/** Sliding: every use (at most one write a minute) pushes the expiry this far ahead. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const TOUCH_INTERVAL_MS = 60 * 1000;

export type ActiveSession = CachedSession;

function cookieOptions(request: Request, maxAgeSeconds: number): CookieOptions {
  const secure = new URL(request.url).protocol === "https:" || isProduction();
  return { maxAgeSeconds, httpOnly: true, secure, sameSite: "Lax", path: "/" };
}

function setSessionCookie(request: Request, token: string): void {
  setResponseCookie(request, SESSION_COOKIE, token, cookieOptions(request, SESSION_LIFETIME_MS / 1000));
}

export function clearSessionCookie(request: Request): void {
  setResponseCookie(request, SESSION_COOKIE, "", cookieOptions(request, 0));
}

export function sessionIdFromCookie(request: Request): string | undefined {
  const token = readCookie(request, SESSION_COOKIE);
  return token ? sha256Hex(token) : undefined;
}

/** Starts a session, sets its cookie on the response and returns its CSRF token. */
export async function createSession(
  prisma: PrismaClient,
  request: Request,
  userId: number,
  now = new Date(),
): Promise<string> {
  const token = randomSecret();
  const csrfToken = randomSecret();
  // createMany: no RETURNING, which the signing-in (still anonymous) request could not read back.
  await prisma.session.createMany({
    data: {
      id: sha256Hex(token),
      userId,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
      userAgent: request.headers.get("user-agent")?.slice(0, 500) ?? null,
    },
  });
  setSessionCookie(request, token);
  return csrfToken;
}

/**
 * The session of the request's cookie if it is live and its user active; otherwise null.
 * With a live cache, a session verified lately costs no statement (see credential-cache.ts).
 */
export async function findSession(
  prisma: PrismaClient,
  request: Request,
  now = new Date(),
  cache?: CredentialCache,
): Promise<Verified<ActiveSession> | null> {
  const id = sessionIdFromCookie(request);
  if (!id) return null;
  const key = sessionKey(id);
  const cached = cache?.lookup<ActiveSession>(key);
  // An expiry that passed may have slid on in the database meanwhile: read it again.
  if (cached && cached.expiresAt > now) return { key, entry: cached, fromCache: true };
  const version = cache?.version() ?? 0;
  const session = await prisma.session.findUnique({
    where: { id },
    select: {
      id: true,
      csrfToken: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: viewerUserSelect },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= now || !session.user.active) {
    if (cached) cache?.forget(key);
    return null;
  }
  const { revokedAt, ...entry } = session;
  cache?.store(key, entry, version);
  return { key, entry, fromCache: false };
}

/**
 * Slides the expiry, writing at most once a minute per session whatever the number of
 * processes and concurrent requests (a cached session remembers the slide).
 */
export async function touchSession(
  prisma: PrismaClient,
  request: Request,
  session: ActiveSession,
  now = new Date(),
): Promise<void> {
  const staleBefore = new Date(now.getTime() - TOUCH_INTERVAL_MS);
  if (session.lastSeenAt > staleBefore) return;
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  session.lastSeenAt = now;
  session.expiresAt = expiresAt;
  const { count } = await prisma.session.updateMany({
    where: { id: session.id, lastSeenAt: { lte: staleBefore }, revokedAt: null },
    data: { lastSeenAt: now, expiresAt },
  });
  const token = readCookie(request, SESSION_COOKIE);
  if (count > 0 && token) setSessionCookie(request, token);
}

export async function revokeSession(prisma: PrismaClient, id: string, now = new Date()): Promise<boolean> {
  const { count } = await prisma.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  return count > 0;
}
