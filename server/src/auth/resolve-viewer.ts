import type { PrismaClient } from "@p181/db";
import { readCookie } from "./cookies.ts";
import type { CredentialCache } from "./credential-cache.ts";
import { CSRF_HEADER, SESSION_COOKIE, clearSessionCookie, findSession, touchSession, type ActiveSession } from "./sessions.ts";
import { safeEqual } from "./secrets.ts";
import { authenticateToken, bearerToken } from "./tokens.ts";
import { toViewer } from "./viewer-user.ts";
import type { Viewer } from "./viewer.ts";

const awaitingCsrf = new WeakMap<Request, ActiveSession>();

/**
 * Who is asking: the user of a Bearer API token, or of a session cookie accompanied by its
 * X-CSRF-Token header; null for anonymous requests. A bad token throws (UNAUTHENTICATED)
 * rather than quietly continuing anonymously. A live session cookie without the right
 * header counts as anonymous; sessionWithoutCsrf() then lets the mutation guard refuse and
 * `me` hand the token back to a reloaded page. `cache`: sessions and tokens verified lately
 * (credential-cache.ts); without it, every request reads them from the database.
 */
export async function resolveViewer(request: Request, prisma: PrismaClient, cache?: CredentialCache, now = new Date()): Promise<Viewer | null> {
  const token = bearerToken(request);
  if (token !== undefined) {
    const { user, access } = await authenticateToken(prisma, token, now, cache);
    return toViewer(user, "token", access);
  }
  const session = await findSession(prisma, request, now, cache);
  if (!session) {
    if (readCookie(request, SESSION_COOKIE) !== undefined) clearSessionCookie(request);
    return null;
  }
  if (!safeEqual(request.headers.get(CSRF_HEADER) ?? "", session.csrfToken)) {
    awaitingCsrf.set(request, session);
    return null;
  }
  await touchSession(prisma, request, session, now);
  return toViewer(session.user, "session");
}

/** The live session of a request whose cookie came without the session's CSRF token. */
export function sessionWithoutCsrf(request: Request): ActiveSession | undefined {
  return awaitingCsrf.get(request);
}
