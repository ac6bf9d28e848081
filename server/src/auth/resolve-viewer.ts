import { GraphQLError } from "graphql";
import type { PrismaClient } from "@p181/db";
import { readCookie } from "./cookies.ts";
import type { CachedSession, CachedToken, CredentialCache } from "./credential-cache.ts";
import { errors } from "./errors.ts";
import {
  CSRF_HEADER,
  SESSION_COOKIE,
  clearSessionCookie,
  findSession,
  touchSession,
  type ActiveSession,
} from "./sessions.ts";
import { safeEqual } from "./secrets.ts";
import { authenticateToken, bearerToken } from "./tokens.ts";
import { toViewer } from "./viewer-user.ts";
import type { Viewer } from "./viewer.ts";

const awaitingCsrf = new WeakMap<Request, ActiveSession>();

/** Requests whose viewer came from the credential cache, until confirmCachedViewer. */
const fromCache = new WeakMap<
  Request,
  { cache: CredentialCache; key: string; entry: CachedSession | CachedToken; version: number; prisma: PrismaClient }
>();

/**
 * Who is asking: the user of a Bearer API token, or of a session cookie accompanied by its
 * X-CSRF-Token header; null for anonymous requests. A bad token throws (UNAUTHENTICATED)
 * rather than quietly continuing anonymously. A live session cookie without the right
 * header counts as anonymous; sessionWithoutCsrf() then lets the mutation guard refuse and
 * `me` hand the token back to a reloaded page. `cache`: sessions and tokens verified lately
 * (credential-cache.ts); without it, every request reads them from the database.
 */
export async function resolveViewer(
  request: Request,
  prisma: PrismaClient,
  cache?: CredentialCache,
  now = new Date(),
): Promise<Viewer | null> {
  const token = bearerToken(request);
  // Before the lookup: a change between the two makes the confirmation compare entries.
  const version = cache?.version() ?? 0;
  if (token !== undefined) {
    const { key, entry, fromCache: cached } = await authenticateToken(prisma, token, now, cache);
    if (cached && cache) fromCache.set(request, { cache, key, entry, version, prisma });
    return toViewer(entry.user, "token", entry.access);
  }
  const found = await findSession(prisma, request, now, cache);
  if (!found) {
    if (readCookie(request, SESSION_COOKIE) !== undefined) clearSessionCookie(request);
    return null;
  }
  const session = found.entry;
  if (!safeEqual(request.headers.get(CSRF_HEADER) ?? "", session.csrfToken)) {
    awaitingCsrf.set(request, session);
    return null;
  }
  await touchSession(prisma, request, session, now);
  if (found.fromCache && cache) fromCache.set(request, { cache, key: found.key, entry: session, version, prisma });
  return toViewer(session.user, "session");
}

/**
 * For a request whose viewer came from the credential cache, once its transaction has begun
 * and sees the credential epoch `epoch`: null if the cache had heard of every change up to it
 * and still holds the entry, which makes the viewer as current as the transaction's own view
 * of the database. Otherwise an error that ends the transaction with nothing done (TRY_AGAIN),
 * and changedViewer() then has the request's viewer as it is now.
 */
export async function confirmCachedViewer(request: Request, epoch: number): Promise<GraphQLError | null> {
  const used = fromCache.get(request);
  if (!used) return null;
  fromCache.delete(request);
  await used.cache.catchUp(epoch);
  if (used.cache.holds(used.key, used.entry, used.version)) return null;
  changed.set(request, used);
  return errors.credentialsChanged();
}

/** Requests refused by confirmCachedViewer, until changedViewer. */
const changed = new WeakMap<Request, { cache: CredentialCache; prisma: PrismaClient }>();

/**
 * After confirmCachedViewer refused a request (and its transaction gave back its
 * connection): who is asking now, read again, or the refusal of the credentials (a revoked,
 * expired or disabled token); undefined for a request that was not refused.
 */
export async function changedViewer(
  request: Request,
): Promise<{ viewer: Viewer | null } | { refusal: GraphQLError } | undefined> {
  const used = changed.get(request);
  if (!used) return undefined;
  changed.delete(request);
  try {
    return { viewer: await resolveViewer(request, used.prisma, used.cache) };
  } catch (error) {
    if (error instanceof GraphQLError) return { refusal: error };
    throw error;
  }
}

/** The live session of a request whose cookie came without the session's CSRF token. */
export function sessionWithoutCsrf(request: Request): ActiveSession | undefined {
  return awaitingCsrf.get(request);
}
