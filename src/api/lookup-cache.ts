import type { Driver } from "neo4j-driver";

// What an analyst typed → node ids, and an area's or a body's expansion, cost a round trip each
// before the real question can run. They change only when the graph is written, so a server keeps
// them for a short while. Writes through this server clear them at once; writes from elsewhere
// (the CLI ingest) show after the TTL.

export interface LookupCacheOptions {
  /** Entries kept; the least recently used go first. 0 turns the cache off. */
  size: number;
  ttlMs: number;
}

export const DEFAULT_LOOKUP_CACHE: LookupCacheOptions = { size: 2_000, ttlMs: 30_000 };

export class LookupCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(private readonly opts: LookupCacheOptions = DEFAULT_LOOKUP_CACHE) {}

  /** The cached answer for `key`, or `load()`'s; concurrent misses share one load, and failures are not kept. */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.opts.size <= 0) return load();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.opts.ttlMs) {
      this.entries.delete(key); // re-insert: Map order is the recency order
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { at: now, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.opts.size) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

// Keyed by driver: one cache per server (servers sharing a driver read the same graph).
const byDriver = new WeakMap<Driver, LookupCache>();

export function configureLookupCache(driver: Driver, opts: LookupCacheOptions): LookupCache {
  const cache = new LookupCache(opts);
  byDriver.set(driver, cache);
  return cache;
}

export function lookupCache(driver: Driver): LookupCache {
  let cache = byDriver.get(driver);
  if (!cache) {
    cache = new LookupCache();
    byDriver.set(driver, cache);
  }
  return cache;
}
