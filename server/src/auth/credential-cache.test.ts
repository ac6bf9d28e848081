// The cache on its own: what it keeps, for how long, and what makes it forget.
import { describe, expect, it } from "vitest";
import { CredentialCache, sessionKey, tokenKey, type CachedSession, type CachedToken } from "./credential-cache.ts";
import type { ViewerUser } from "./viewer-user.ts";

const user = (id: number): ViewerUser => ({
  id,
  username: `u${id}`,
  displayName: `u${id}`,
  role: "CITY_ADMIN",
  townId: null,
  zoneId: null,
  plans: [],
  active: true,
});
const session = (id: string, userId = 1): CachedSession => ({
  id,
  csrfToken: "c",
  lastSeenAt: new Date(0),
  expiresAt: new Date(8e15),
  user: user(userId),
});
const token = (id: number, userId = 1): CachedToken => ({
  id,
  access: "READ_ONLY",
  expiresAt: null,
  lastUsedAt: null,
  user: user(userId),
});

function liveCache(options: ConstructorParameters<typeof CredentialCache>[0] = {}) {
  const cache = new CredentialCache(options);
  cache.resume(0);
  return cache;
}

describe("credential cache", () => {
  it("keeps what it is given while changes are heard, and nothing before or after", async () => {
    const cache = new CredentialCache();
    cache.store(sessionKey("a"), session("a"), cache.version());
    expect(cache.size).toBe(0);
    cache.resume(0);
    cache.store(sessionKey("a"), session("a"), cache.version());
    expect(cache.lookup<CachedSession>(sessionKey("a"))?.id).toBe("a");
    cache.pause();
    expect(cache.lookup(sessionKey("a"))).toBeUndefined();
    cache.resume(0);
    expect(cache.lookup(sessionKey("a"))).toBeUndefined();
  });

  it("still believes an entry another request read again after its TTL, unless a change came in between", async () => {
    let now = 0;
    const cache = liveCache({ ttlMs: 1_000, clock: () => now });
    cache.store(tokenKey("t"), token(1), cache.version());
    const version = cache.version();
    const used = cache.lookup<CachedToken>(tokenKey("t"))!;
    now = 1_000;
    expect(cache.lookup(tokenKey("t"))).toBeUndefined();
    cache.store(tokenKey("t"), token(1), cache.version());
    expect(cache.holds(tokenKey("t"), used, version)).toBe(true);
    cache.applyChange(`1 ${tokenKey("other")}`);
    expect(cache.holds(tokenKey("t"), used, version)).toBe(false);
    const current = cache.lookup<CachedToken>(tokenKey("t"))!;
    expect(cache.holds(tokenKey("t"), current, version)).toBe(true);
    cache.applyChange(`2 ${tokenKey("t")}`);
    expect(cache.holds(tokenKey("t"), current, version)).toBe(false);
  });

  it("does not store what was read while a change arrived", async () => {
    const cache = liveCache();
    const version = cache.version();
    cache.applyChange(`1 ${sessionKey("other")}`);
    cache.store(sessionKey("a"), session("a"), version);
    expect(cache.lookup(sessionKey("a"))).toBeUndefined();
    const stopped = cache.version();
    cache.pause();
    cache.resume(1);
    cache.store(sessionKey("a"), session("a"), stopped);
    expect(cache.lookup(sessionKey("a"))).toBeUndefined();
  });

  it("forgets a session, a token, every entry of a user, or everything on an unknown announcement", async () => {
    const cache = liveCache();
    const fill = () => {
      const version = cache.version();
      cache.store(sessionKey("s1"), session("s1", 1), version);
      cache.store(sessionKey("s2"), session("s2", 2), version);
      cache.store(tokenKey("t1"), token(1, 1), version);
      cache.store(tokenKey("t2"), token(2, 2), version);
    };
    fill();
    cache.applyChange("1 session:s1");
    cache.applyChange("2 token:t2");
    expect([cache.lookup(sessionKey("s1")), cache.lookup(tokenKey("t2"))]).toEqual([undefined, undefined]);
    expect(cache.size).toBe(2);
    fill();
    cache.applyChange("3 user:1");
    expect(cache.lookup(sessionKey("s1"))).toBeUndefined();
    expect(cache.lookup(tokenKey("t1"))).toBeUndefined();
    expect(cache.lookup<CachedToken>(tokenKey("t2"))?.id).toBe(2);
    cache.applyChange("4 something new");
    expect(cache.size).toBe(0);
  });

  it("waits for the announcements up to an epoch, and forgets everything when they are late", async () => {
    const cache = liveCache({ maxAnnouncementDelayMs: 1_000 });
    cache.resume(10);
    const fill = () => {
      const version = cache.version();
      cache.store(tokenKey("t1"), token(1, 1), version);
      cache.store(tokenKey("t2"), token(2, 2), version);
    };
    fill();
    await cache.catchUp(10);
    expect(cache.size).toBe(2);
    const waiting = cache.catchUp(12);
    setTimeout(() => cache.applyChange("11 token:t1"), 20);
    setTimeout(() => cache.applyChange("12 user:9"), 40);
    await waiting;
    expect([cache.lookup(tokenKey("t1")), cache.lookup<CachedToken>(tokenKey("t2"))?.id]).toEqual([undefined, 2]);

    const impatient = liveCache({ maxAnnouncementDelayMs: 30 });
    impatient.resume(5);
    impatient.store(tokenKey("t2"), token(2, 2), impatient.version());
    const started = Date.now();
    await impatient.catchUp(6);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(impatient.size).toBe(0);
    // Caught up by forgetting: the late announcement changes nothing more, and 6 is not waited for again.
    impatient.store(tokenKey("t2"), token(2, 2), impatient.version());
    await impatient.catchUp(6);
    expect(impatient.size).toBe(1);

    const synchronous = liveCache({ maxAnnouncementDelayMs: 0 });
    synchronous.store(tokenKey("t2"), token(2, 2), synchronous.version());
    await synchronous.catchUp(1);
    expect(synchronous.size).toBe(0);
  });

  it("believes an entry for its time to live only", async () => {
    let now = 0;
    const cache = liveCache({ ttlMs: 60_000, clock: () => now });
    cache.store(tokenKey("t"), token(1), cache.version());
    now = 59_999;
    expect(cache.lookup(tokenKey("t"))).toBeDefined();
    now = 60_000;
    expect(cache.lookup(tokenKey("t"))).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("holds at most maxEntries, dropping the least recently used", async () => {
    const cache = liveCache({ maxEntries: 3 });
    for (const id of ["a", "b", "c"]) cache.store(sessionKey(id), session(id), cache.version());
    cache.lookup(sessionKey("a"));
    cache.store(sessionKey("d"), session("d"), cache.version());
    expect(cache.size).toBe(3);
    expect(cache.lookup(sessionKey("b"))).toBeUndefined();
    for (const id of ["a", "c", "d"]) expect(cache.lookup(sessionKey(id))).toBeDefined();
  });
});
