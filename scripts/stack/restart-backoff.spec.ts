import { nextRestartDelayMs, RESTART_STABLE_MS } from './restart-backoff';

describe(nextRestartDelayMs.name, () => {
  it('should restart a service after 1 s the first time it exits', () => {
    expect(nextRestartDelayMs(undefined, 5)).toBe(1000);
  });

  it('should double the wait for each quick exit in a row, up to 30 s', () => {
    const waits: number[] = [];
    let previous: number | undefined;
    for (let exit = 0; exit < 8; exit += 1) {
      previous = nextRestartDelayMs(previous, 2000);
      waits.push(previous);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('should wait 1 s again when the service had been running for a minute before it exited', () => {
    expect(nextRestartDelayMs(30_000, RESTART_STABLE_MS)).toBe(1000);
  });
});
