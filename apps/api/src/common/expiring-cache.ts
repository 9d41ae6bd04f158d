/**
 * When a load fails because a dependency is down, the last value loaded may stand in for a while: the
 * account and campaign checks then keep working through a PostgreSQL outage, as actions on started cases
 * do (they need only Temporal).
 */
export interface StaleOnOutage {
  /** How long after it expired an entry may still stand in (ms). */
  maxStaleMs: number;
  /** Whether this load failure is an outage (e.g. classifyDependencyFailure says the database is down). */
  isOutage(error: unknown): boolean;
}

/**
 * A small in-process cache whose entries live `ttlMs` (0: nothing is kept) and at most `maxEntries` at
 * once (the oldest go first). Concurrent misses of one key share one load. `peek` answers synchronously,
 * so a hot path pays no promise for a hit. With `staleOnOutage`, an expired entry is kept a while longer
 * and answered instead of a load that failed for an outage.
 */
export class ExpiringCache<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();
  private readonly loading = new Map<K, Promise<V>>();
  /** Keys forgotten while their load was in flight: that load may have read the old value. */
  private readonly stale = new Set<K>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
    private readonly staleOnOutage?: StaleOnOutage,
  ) {}

  /** The cached value, or undefined when absent or expired. */
  peek(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt > this.now()) return entry.value;
    if (this.standIn(key) === undefined) this.entries.delete(key);
    return undefined;
  }

  /** The cached value, else `load`'s, kept for ttlMs when `keep(value)` (by default always). */
  async get(key: K, load: () => Promise<V>, keep: (value: V) => boolean = () => true): Promise<V> {
    const hit = this.peek(key);
    if (hit !== undefined) return hit;
    const pending = this.loading.get(key);
    if (pending !== undefined) return pending;
    const attempt = this.loadOrStandIn(key, load);
    const shared = attempt.then((result) => result.value);
    // Its failure reaches whoever awaits it (a concurrent miss); unawaited, it must not crash the process.
    shared.catch(() => undefined);
    this.loading.set(key, shared);
    try {
      const { value, loaded } = await attempt;
      // A stand-in is not stored again: it would outlive the outage window.
      if (loaded && this.ttlMs > 0 && keep(value) && !this.stale.has(key)) this.put(key, value);
      return value;
    } finally {
      this.loading.delete(key);
      this.stale.delete(key);
    }
  }

  /** Keeps a value found otherwise (for ttlMs; nothing when ttlMs is 0). */
  set(key: K, value: V): void {
    if (this.ttlMs > 0) this.put(key, value);
  }

  /** Drops the key at once (its value changed in this process); a load in flight is not kept either. */
  forget(key: K): void {
    this.entries.delete(key);
    if (this.loading.has(key)) this.stale.add(key);
  }

  private async loadOrStandIn(key: K, load: () => Promise<V>): Promise<{ value: V; loaded: boolean }> {
    try {
      return { value: await load(), loaded: true };
    } catch (error) {
      const standIn = this.staleOnOutage?.isOutage(error) ? this.standIn(key) : undefined;
      if (standIn === undefined) throw error;
      return { value: standIn.value, loaded: false };
    }
  }

  /** The expired entry that may still stand in for a failed load, if any. */
  private standIn(key: K): { value: V } | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || this.staleOnOutage === undefined) return undefined;
    return entry.expiresAt + this.staleOnOutage.maxStaleMs > this.now() ? entry : undefined;
  }

  private put(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
  }
}
