// Sessions and API tokens this process has verified, so that most requests prove who they
// are without a statement. An entry holds only until the database says otherwise: the
// triggers of prisma/src/security/credential-changes.ts announce every revocation, logout,
// expiry cut and account change to every API process at commit (credential-changes.ts wires
// them here). While that announcement cannot be heard, nothing is cached. The time to live
// is a safety net only.
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

export const sessionKey = (id: string) => `${CREDENTIAL_CHANGES.session}${id}`;
export const tokenKey = (tokenHash: string) => `${CREDENTIAL_CHANGES.token}${tokenHash}`;

export interface CredentialCacheOptions {
  /** Entries kept; the least recently used go first. Default 10,000. */
  maxEntries?: number;
  /** Longest an entry is believed without reading the database again. Default 60 s. */
  ttlMs?: number;
  clock?: () => number;
}

export class CredentialCache {
  private readonly entries = new Map<string, { value: Entry; storedAt: number }>();
  private readonly keysByUser = new Map<number, Set<string>>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly clock: () => number;
  private changes = 0;
  private listening = false;

  constructor({ maxEntries = 10_000, ttlMs = 60_000, clock = Date.now }: CredentialCacheOptions = {}) {
    this.maxEntries = maxEntries;
    this.ttlMs = ttlMs;
    this.clock = clock;
  }

  /** Whether changes are being heard, so that entries may be used and stored. */
  get live(): boolean {
    return this.listening;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The entry, if it may still be believed. Before answering, I/O that has arrived gets its
   * turn: a change announced before this lookup (or the news that announcements stopped) is
   * applied first, not after the request was let through. One setImmediate may run before the
   * event loop next polls for I/O (when called from an I/O callback); the second follows a poll.
   */
  async lookup<T extends Entry>(key: string): Promise<T | undefined> {
    if (!this.peek(key)) return undefined;
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    return this.peek(key) as T | undefined;
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

  /** Drops what an announcement names: `session:…`, `token:…` or `user:…` (anything else: everything). */
  applyChange(payload: string): void {
    this.changes++;
    if (payload.startsWith(CREDENTIAL_CHANGES.user)) {
      const userId = Number(payload.slice(CREDENTIAL_CHANGES.user.length));
      for (const key of this.keysByUser.get(userId) ?? []) this.remove(key);
    } else if (payload.startsWith(CREDENTIAL_CHANGES.session) || payload.startsWith(CREDENTIAL_CHANGES.token)) {
      this.remove(payload);
    } else {
      this.clear();
    }
  }

  forget(key: string): void {
    this.changes++;
    this.remove(key);
  }

  /** Changes are heard from now on; what was read before may be stale. */
  resume(): void {
    this.clear();
    this.listening = true;
  }

  /** Changes may go unheard: nothing is believed or stored until resume(). */
  pause(): void {
    this.listening = false;
    this.clear();
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
