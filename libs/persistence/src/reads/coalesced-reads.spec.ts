import { CoalescedReads } from './coalesced-reads';

/** A read whose answer the test releases: what a statement in flight looks like. */
function controlledSource() {
  let value = 0;
  const pending: { resolve: (n: number) => void; reject: (e: Error) => void; startedAt: number }[] = [];
  const load = () =>
    new Promise<number>((resolve, reject) => {
      pending.push({ resolve, reject, startedAt: value });
    });
  return {
    load,
    pending,
    /** The database changes: reads started from now on see the new value. */
    write: () => {
      value += 1;
    },
    /** The oldest read in flight answers with what the database held when it started. */
    finish: async () => {
      const read = pending.shift();
      read?.resolve(read.startedAt);
      await new Promise((resolve) => setImmediate(resolve));
    },
    fail: async () => {
      pending.shift()?.reject(new Error('connection lost'));
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe(CoalescedReads.name, () => {
  it('should run one read for a lone caller and forget the key afterwards', async () => {
    const reads = new CoalescedReads<number>();
    const source = controlledSource();
    const answer = reads.read('k', source.load);
    expect(source.pending).toHaveLength(1);
    await source.finish();
    await expect(answer).resolves.toBe(0);
    expect(reads.running).toBe(0);
  });

  it('should share one further read among all who asked while a read was running, never the earlier one', async () => {
    const reads = new CoalescedReads<number>();
    const source = controlledSource();
    const first = reads.read('k', source.load);
    source.write(); // a write lands after the first read started, before the others ask
    const later = [reads.read('k', source.load), reads.read('k', source.load), reads.read('k', source.load)];
    expect(source.pending).toHaveLength(1);
    await source.finish();
    await expect(first).resolves.toBe(0);
    expect(source.pending).toHaveLength(1); // one read for the three who waited
    await source.finish();
    await expect(Promise.all(later)).resolves.toEqual([1, 1, 1]);
    expect(reads.running).toBe(0);
  });

  it('should keep keys apart', async () => {
    const reads = new CoalescedReads<number>();
    const source = controlledSource();
    void reads.read('a', source.load);
    void reads.read('b', source.load);
    expect(source.pending).toHaveLength(2);
    await source.finish();
    await source.finish();
  });

  it("should fail only the failed round's callers, and read again for the next", async () => {
    const reads = new CoalescedReads<number>();
    const source = controlledSource();
    const first = expect(reads.read('k', source.load)).rejects.toThrow('connection lost');
    const waiting = reads.read('k', source.load);
    await source.fail();
    await first;
    await source.finish();
    await expect(waiting).resolves.toBe(0);
    expect(reads.running).toBe(0);
  });
});
