/** A caller waiting for the next round of a key's read. */
interface NextRound<V> {
  load: () => Promise<V>;
  promise: Promise<V>;
  settle: (result: Promise<V>) => void;
}

/**
 * Identical reads coalesced without ever answering from before the caller asked: a read of a key that
 * arrives while one of that key is running waits for it to end, then shares one more read with every
 * caller that arrived meanwhile. So each caller sees the database as it was after it asked (nothing
 * cached, read-your-writes holds), and any number of concurrent callers of a key cost at most two reads in
 * flight. What under load the dashboard's hot reads need (issue 9 §6: 200 organizers on one campaign's
 * progress made 200 identical round trips, each a statement, a socket write and a result to parse).
 *
 * Keys must name everything the read depends on; a failed read fails only its own round's callers.
 */
export class CoalescedReads<V> {
  /** Keys with a read running, and the round that starts when it ends (null: no one waiting yet). */
  private readonly rounds = new Map<string, NextRound<V> | null>();

  read(key: string, load: () => Promise<V>): Promise<V> {
    if (!this.rounds.has(key)) {
      this.rounds.set(key, null);
      return this.run(key, load);
    }
    let next = this.rounds.get(key);
    if (next === null || next === undefined) {
      let settle!: (result: Promise<V>) => void;
      const promise = new Promise<V>((resolve) => {
        settle = resolve;
      });
      next = { load, promise, settle };
      this.rounds.set(key, next);
    }
    return next.promise;
  }

  /** Keys with a read running (for tests and health: it drains to 0 when idle). */
  get running(): number {
    return this.rounds.size;
  }

  private async run(key: string, load: () => Promise<V>): Promise<V> {
    try {
      return await load();
    } finally {
      const next = this.rounds.get(key);
      if (next === null || next === undefined) {
        this.rounds.delete(key);
      } else {
        this.rounds.set(key, null);
        next.settle(this.run(key, next.load));
      }
    }
  }
}
