// API tokens for BI tools and scripts: "p181_" + 43 random characters, sent as
// `Authorization: Bearer …`. Only the SHA-256 and a recognisable prefix are stored.
import type { ApiTokenAccess, PrismaClient } from "@p181/db";
import type { ApiToken } from "@p181/db/client";
import { tokenKey, type CachedToken, type CredentialCache, type Verified } from "./credential-cache.ts";
import { errors } from "./errors.ts";
import { randomSecret, sha256Hex } from "./secrets.ts";
import { TOUCH_INTERVAL_MS } from "./sessions.ts";
import { viewerUserSelect } from "./viewer-user.ts";

export const TOKEN_PREFIX = "p181_";
/** Characters kept in clear to tell tokens apart in lists, e.g. "p181_Xy3kQ9ab". */
const SHOWN_LENGTH = TOKEN_PREFIX.length + 8;
const TOKEN_PATTERN = /^p181_[A-Za-z0-9_-]{43}$/;

export interface NewApiToken {
  name: string;
  access: ApiTokenAccess;
  expiresAt: Date | null;
}

/** Creates a token; the returned secret is never stored and cannot be shown again. */
export async function createApiToken(
  prisma: PrismaClient,
  userId: number,
  input: NewApiToken,
): Promise<{ token: string; record: ApiToken }> {
  const token = `${TOKEN_PREFIX}${randomSecret()}`;
  const record = await prisma.apiToken.create({
    data: {
      userId,
      name: input.name,
      access: input.access,
      expiresAt: input.expiresAt,
      tokenHash: sha256Hex(token),
      prefix: token.slice(0, SHOWN_LENGTH),
    },
  });
  return { token, record };
}

/** The bearer token of an Authorization header, or undefined without the header. Throws for any other scheme. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get("authorization");
  if (header === null) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw errors.badToken('send "Authorization: Bearer p181_…"');
  return match[1];
}

/**
 * The token's user and access; throws UNAUTHENTICATED for unknown, revoked or expired tokens.
 * With a live cache, a token verified lately costs no statement (expiry is checked here;
 * revocation and account changes drop the entry); its last use is recorded at most once a minute.
 */
export async function authenticateToken(
  prisma: PrismaClient,
  token: string,
  now = new Date(),
  cache?: CredentialCache,
): Promise<Verified<CachedToken>> {
  if (!TOKEN_PATTERN.test(token)) throw errors.badToken("unknown token");
  const tokenHash = sha256Hex(token);
  const key = tokenKey(tokenHash);
  const cached = cache?.lookup<CachedToken>(key);
  if (cached?.expiresAt && cached.expiresAt <= now) {
    cache?.forget(key);
    throw errors.badToken("expired");
  }
  let entry = cached;
  if (!entry) {
    const version = cache?.version() ?? 0;
    const record = await prisma.apiToken.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        access: true,
        expiresAt: true,
        revokedAt: true,
        lastUsedAt: true,
        user: { select: viewerUserSelect },
      },
    });
    if (!record) throw errors.badToken("unknown token");
    if (record.revokedAt) throw errors.badToken("revoked");
    if (record.expiresAt && record.expiresAt <= now) throw errors.badToken("expired");
    if (!record.user.active) throw errors.badToken("the account is disabled");
    entry = {
      id: record.id,
      access: record.access,
      expiresAt: record.expiresAt,
      lastUsedAt: record.lastUsedAt,
      user: record.user,
    };
    cache?.store(key, entry, version);
  }
  await recordUse(prisma, entry, now);
  return { key, entry, fromCache: entry === cached };
}

/** Sets lastUsedAt when it is over a minute old, once for all concurrent requests and processes. */
async function recordUse(prisma: PrismaClient, entry: CachedToken, now: Date): Promise<void> {
  const staleBefore = new Date(now.getTime() - TOUCH_INTERVAL_MS);
  if (entry.lastUsedAt && entry.lastUsedAt > staleBefore) return;
  // Noted before the write, so that requests arriving meanwhile do not write too.
  entry.lastUsedAt = now;
  await prisma.apiToken.updateMany({
    where: { id: entry.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
    data: { lastUsedAt: now },
  });
}

/** Revokes one of the user's tokens (idempotent); null when the user has no such token. */
export async function revokeApiToken(
  prisma: PrismaClient,
  userId: number,
  id: number,
  now = new Date(),
): Promise<ApiToken | null> {
  await prisma.apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: now } });
  return prisma.apiToken.findFirst({ where: { id, userId } });
}

export function isTokenLive(token: Pick<ApiToken, "revokedAt" | "expiresAt">, now = new Date()): boolean {
  return token.revokedAt === null && (token.expiresAt === null || token.expiresAt > now);
}
