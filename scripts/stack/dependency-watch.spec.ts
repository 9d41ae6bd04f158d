import { eventually } from '../../test/support/eventually';
import { WatchedDependency, watchDependencies } from './dependency-watch';

/** A dependency whose state the test sets. */
function switchable(name: string) {
  let up = true;
  const dependency: WatchedDependency = {
    name,
    consequence: 'the API answers 503',
    check: () => (up ? Promise.resolve() : Promise.reject(new Error('connect ECONNREFUSED'))),
  };
  return { dependency, set: (value: boolean) => (up = value) };
}

describe(watchDependencies.name, () => {
  it('should report a dependency going down once, again while it stays down, and once when it is back', async () => {
    const database = switchable('PostgreSQL (127.0.0.1:5432/chuangjian)');
    const temporal = switchable('Temporal (127.0.0.1:7233)');
    const lines: string[] = [];
    const watch = watchDependencies(
      [database.dependency, temporal.dependency],
      { down: (line) => lines.push(`!! ${line}`), up: (line) => lines.push(`>> ${line}`) },
      { intervalMs: 10, remindEveryMs: 200 },
    );
    try {
      database.set(false);
      await eventually(() => expect(lines.filter((line) => line.includes('still DOWN'))).toHaveLength(1));
      database.set(true);
      await eventually(() =>
        expect(lines.at(-1)).toMatch(/^>> PostgreSQL \(127.0.0.1:5432\/chuangjian\) is back after \d+ s\.$/),
      );
    } finally {
      watch.stop();
    }
    expect(lines[0]).toBe(
      '!! PostgreSQL (127.0.0.1:5432/chuangjian) is DOWN: connect ECONNREFUSED. Meanwhile the API answers 503.',
    );
    expect(lines.filter((line) => line.includes('Temporal'))).toEqual([]);
  });
});
