/**
 * A small in-process cache whose entries live `ttlMs` (0: nothing is kept) and at most `maxEntries` at
 * once (the oldest go first). Concurrent misses of one key share one load. `peek` answers synchronously,
 * so a hot path pays no promise for a hit.
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
  ) {}

  /** The cached value, or undefined when absent or expired. */
  peek(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt > this.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** The cached value, else `load`'s, kept for ttlMs when `keep(value)` (by default always). */
  async get(key: K, load: () => Promise<V>, keep: (value: V) => boolean = () => true): Promise<V> {
    const hit = this.peek(key);
    if (hit !== undefined) return hit;
    const pending = this.loading.get(key);
    if (pending !== undefined) return pending;
    const promise = load();
    this.loading.set(key, promise);
    try {
      const value = await promise;
      if (this.ttlMs > 0 && keep(value) && !this.stale.has(key)) this.put(key, value);
      return value;
    } finally {
      this.loading.delete(key);
      this.stale.delete(key);
    }
  }

  /** Drops the key at once (its value changed in this process); a load in flight is not kept either. */
  forget(key: K): void {
    this.entries.delete(key);
    if (this.loading.has(key)) this.stale.add(key);
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
