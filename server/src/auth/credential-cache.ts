// Sessions and API tokens this process has verified, so that most requests prove who they
// are without a statement. An entry holds only until the database says otherwise: the
// triggers of prisma/src/security/credential-changes.ts announce every revocation, logout,
// expiry cut and account change to every API process at commit (credential-changes.ts wires
// them here), numbered by epoch. A request that used an entry compares the epoch its own
// transaction sees with the last one heard here (confirmCachedViewer). While announcements
// cannot be heard, nothing is cached. The time to live is a safety net only.
import type { ApiTokenAccess } from "@p181/db";
import { CREDENTIAL_CHANGES } from "@p181/db/security";
import type { ViewerUser } from "./viewer-user.ts";

export interface CachedSession {
  id: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
  user: ViewerUser;
}

export interface CachedToken {
  id: number;
  access: ApiTokenAccess;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  user: ViewerUser;
}

type Entry = CachedSession | CachedToken;

/** Credentials as verified for a request: the entry (cached or just read) and whether it came from the cache. */
export interface Verified<T extends Entry> {
  key: string;
  entry: T;
  fromCache: boolean;
}

export const sessionKey = (id: string) => `${CREDENTIAL_CHANGES.session}${id}`;
export const tokenKey = (tokenHash: string) => `${CREDENTIAL_CHANGES.token}${tokenHash}`;

export interface CredentialCacheOptions {
  /** Entries kept; the least recently used go first. Default 10,000. */
  maxEntries?: number;
  /** Longest an entry is believed without reading the database again. Default 60 s. */
  ttlMs?: number;
  /**
   * Longest an announcement may take to arrive after its commit before everything is
   * forgotten instead (catchUp). Default 250 ms; 0 where announcements arrive before the
   * commit returns (the embedded PGlite).
   */
  maxAnnouncementDelayMs?: number;
  clock?: () => number;
}

export class CredentialCache {
  private readonly entries = new Map<string, { value: Entry; storedAt: number }>();
  private readonly keysByUser = new Map<number, Set<string>>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly clock: () => number;
  private readonly maxAnnouncementDelayMs: number;
  private changes = 0;
  private listening = false;
  /** The epoch of the last change heard of (every earlier one has been heard too). */
  private heard = 0;
  private waiting: { epoch: number; done: () => void }[] = [];

  constructor({
    maxEntries = 10_000,
    ttlMs = 60_000,
    maxAnnouncementDelayMs = 250,
    clock = Date.now,
  }: CredentialCacheOptions = {}) {
    this.maxEntries = maxEntries;
    this.ttlMs = ttlMs;
    this.maxAnnouncementDelayMs = maxAnnouncementDelayMs;
    this.clock = clock;
  }

  /** Whether changes are being heard, so that entries may be used and stored. */
  get live(): boolean {
    return this.listening;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entry, if it may still be believed (a request using it is confirmed by confirmCachedViewer). */
  lookup<T extends Entry>(key: string): T | undefined {
    return this.peek(key) as T | undefined;
  }

  /**
   * Whether `value`, looked up when the cache was at `version`, may still be believed: nothing
   * was announced or forgotten since, or the cache still holds that very value. (An entry that
   * merely outlived its TTL and was read again by another request is still true.)
   */
  holds(key: string, value: Entry, version: number): boolean {
    if (!this.listening) return false;
    return this.changes === version || this.entries.get(key)?.value === value;
  }

  /**
   * Returns once every change up to `epoch` has been applied. An announcement that is late
   * (or cannot come: not listening) is not waited for any longer: everything is forgotten,
   * which is what applying every change up to `epoch` would at most have done.
   */
  async catchUp(epoch: number): Promise<void> {
    if (this.heard >= epoch) return;
    if (this.listening && this.maxAnnouncementDelayMs > 0) {
      await new Promise<void>((resolve) => {
        const waiter = {
          epoch,
          done: () => {
            clearTimeout(timer);
            resolve();
          },
        };
        const timer = setTimeout(() => {
          this.waiting = this.waiting.filter((other) => other !== waiter);
          resolve();
        }, this.maxAnnouncementDelayMs);
        this.waiting.push(waiter);
      });
      if (this.heard >= epoch) return;
    }
    this.clear();
    this.heard = Math.max(this.heard, epoch);
  }

  /** Pass to `store`: an entry read from the database while a change arrived is not stored. */
  version(): number {
    return this.changes;
  }

  store(key: string, value: Entry, version: number): void {
    if (!this.listening || version !== this.changes) return;
    this.remove(key);
    this.entries.set(key, { value, storedAt: this.clock() });
    const keys = this.keysByUser.get(value.user.id) ?? new Set();
    keys.add(key);
    this.keysByUser.set(value.user.id, keys);
    if (this.entries.size > this.maxEntries) this.remove(this.entries.keys().next().value!);
  }

  /** Applies an announcement `<epoch> <key>`: drops a session, a token or every entry of a user (anything else: everything). */
  applyChange(payload: string): void {
    this.changes++;
    const space = payload.indexOf(" ");
    const epoch = Number(payload.slice(0, space));
    const key = payload.slice(space + 1);
    if (space > 0 && key.startsWith(CREDENTIAL_CHANGES.user)) {
      const userId = Number(key.slice(CREDENTIAL_CHANGES.user.length));
      for (const cached of this.keysByUser.get(userId) ?? []) this.remove(cached);
    } else if (space > 0 && (key.startsWith(CREDENTIAL_CHANGES.session) || key.startsWith(CREDENTIAL_CHANGES.token))) {
      this.remove(key);
    } else {
      this.clear();
    }
    if (Number.isSafeInteger(epoch) && epoch > this.heard) {
      this.heard = epoch;
      const ready = this.waiting.filter((waiter) => waiter.epoch <= epoch);
      this.waiting = this.waiting.filter((waiter) => waiter.epoch > epoch);
      for (const waiter of ready) waiter.done();
    }
  }

  forget(key: string): void {
    this.changes++;
    this.remove(key);
  }

  /** Changes after `epoch` are heard from now on; what was read before may be stale. */
  resume(epoch: number): void {
    this.clear();
    this.heard = Math.max(this.heard, epoch);
    this.listening = true;
  }

  /** Changes may go unheard: nothing is believed or stored until resume(). */
  pause(): void {
    this.listening = false;
    this.clear();
    for (const waiter of this.waiting.splice(0)) waiter.done();
  }

  private clear(): void {
    this.changes++;
    this.entries.clear();
    this.keysByUser.clear();
  }

  private peek(key: string): Entry | undefined {
    if (!this.listening) return undefined;
    const found = this.entries.get(key);
    if (!found) return undefined;
    if (this.clock() - found.storedAt >= this.ttlMs) {
      this.remove(key);
      return undefined;
    }
    // Most recently used last, so eviction takes the first.
    this.entries.delete(key);
    this.entries.set(key, found);
    return found.value;
  }

  private remove(key: string): void {
    const found = this.entries.get(key);
    if (!found) return;
    this.entries.delete(key);
    const keys = this.keysByUser.get(found.value.user.id);
    keys?.delete(key);
    if (keys?.size === 0) this.keysByUser.delete(found.value.user.id);
  }
}
