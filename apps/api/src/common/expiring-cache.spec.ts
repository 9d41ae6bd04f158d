import { ExpiringCache } from './expiring-cache';

describe(ExpiringCache.name, () => {
  let now = 1_000;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000;
  });

  it('should answer a hit without loading again until the entry expires', async () => {
    const cache = new ExpiringCache<string, number>(5_000, 10, clock);
    const load = jest.fn().mockResolvedValue(1);
    expect(await cache.get('a', load)).toBe(1);
    expect(cache.peek('a')).toBe(1);
    now += 4_999;
    expect(await cache.get('a', load)).toBe(1);
    expect(load).toHaveBeenCalledTimes(1);
    now += 1;
    expect(cache.peek('a')).toBeUndefined();
    await cache.get('a', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('should share one load between concurrent misses of a key', async () => {
    const cache = new ExpiringCache<string, number>(5_000, 10, clock);
    const load = jest.fn().mockResolvedValue(7);
    expect(await Promise.all([cache.get('a', load), cache.get('a', load)])).toEqual([7, 7]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('should load again at once after forget', async () => {
    const cache = new ExpiringCache<string, number>(5_000, 10, clock);
    await cache.get('a', () => Promise.resolve(1));
    cache.forget('a');
    expect(await cache.get('a', () => Promise.resolve(2))).toBe(2);
  });

  it('should not keep a value whose load was in flight when the key was forgotten', async () => {
    const cache = new ExpiringCache<string, number>(5_000, 10, clock);
    let finish: (value: number) => void = () => undefined;
    const loading = cache.get('a', () => new Promise<number>((resolve) => (finish = resolve)));
    cache.forget('a');
    finish(1);
    expect(await loading).toBe(1);
    expect(cache.peek('a')).toBeUndefined();
  });

  it('should keep nothing with a ttl of 0, nor values keep() refuses', async () => {
    const none = new ExpiringCache<string, number>(0, 10, clock);
    await none.get('a', () => Promise.resolve(1));
    expect(none.peek('a')).toBeUndefined();
    const some = new ExpiringCache<string, number | null>(5_000, 10, clock);
    await some.get(
      'a',
      () => Promise.resolve(null),
      (value) => value !== null,
    );
    expect(some.peek('a')).toBeUndefined();
  });

  it('should drop the oldest entry beyond maxEntries', async () => {
    const cache = new ExpiringCache<string, number>(5_000, 2, clock);
    for (const [key, value] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const)
      await cache.get(key, () => Promise.resolve(value));
    expect([cache.peek('a'), cache.peek('b'), cache.peek('c')]).toEqual([undefined, 2, 3]);
  });
});
