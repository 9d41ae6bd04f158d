import { heldRetryDelayMs } from './write-hold';

describe(heldRetryDelayMs.name, () => {
  it('should wait 1, 2, 4 … minutes after each failed round, and at most an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map((round) => heldRetryDelayMs(round) / 60_000)).toEqual([
      1, 2, 4, 8, 16, 32, 60, 60, 60,
    ]);
  });
});
