import { afterEach, describe, expect, it, vi } from "vitest";
import { LookupCache } from "../../src/api/lookup-cache.js";

describe("LookupCache", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("answers a repeated key from the first load", async () => {
    const cache = new LookupCache({ size: 10, ttlMs: 1_000 });
    const load = vi.fn(async () => ["loc:lang-son"]);
    expect(await cache.get("a", load)).toEqual(["loc:lang-son"]);
    expect(await cache.get("a", load)).toEqual(["loc:lang-son"]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("shares one load between concurrent misses", async () => {
    const cache = new LookupCache({ size: 10, ttlMs: 1_000 });
    let calls = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++calls), 5));
    const [a, b] = await Promise.all([cache.get("k", load), cache.get("k", load)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
  });

  it("loads again after the TTL", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const cache = new LookupCache({ size: 10, ttlMs: 1_000 });
    let n = 0;
    const load = async () => ++n;
    expect(await cache.get("k", load)).toBe(1);
    vi.setSystemTime(999);
    expect(await cache.get("k", load)).toBe(1);
    vi.setSystemTime(1_000);
    expect(await cache.get("k", load)).toBe(2);
  });

  it("drops the least recently used entry when full", async () => {
    const cache = new LookupCache({ size: 2, ttlMs: 60_000 });
    let n = 0;
    const load = async () => ++n;
    await cache.get("a", load); // 1
    await cache.get("b", load); // 2
    await cache.get("a", load); // hit: a is now the most recent
    await cache.get("c", load); // 3, evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get("a", load)).toBe(1);
    expect(await cache.get("b", load)).toBe(4);
  });

  it("does not keep failures", async () => {
    const cache = new LookupCache({ size: 10, ttlMs: 60_000 });
    await expect(cache.get("k", () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await cache.get("k", async () => "ok")).toBe("ok");
  });

  it("is bypassed with size 0 and emptied by clear()", async () => {
    const off = new LookupCache({ size: 0, ttlMs: 60_000 });
    let n = 0;
    await off.get("k", async () => ++n);
    await off.get("k", async () => ++n);
    expect(n).toBe(2);
    expect(off.size).toBe(0);
    const on = new LookupCache({ size: 10, ttlMs: 60_000 });
    await on.get("k", async () => 1);
    on.clear();
    expect(await on.get("k", async () => 2)).toBe(2);
  });
});
