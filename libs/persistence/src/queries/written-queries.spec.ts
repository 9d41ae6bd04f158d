import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writtenQueries } from './written-queries';

const ROOT = join(__dirname, '..');
const HERE = __dirname;

// UPDATE_QUERIES=1 rewrites the .sql files from the repositories (then review the diff).
describe('written-out queries', () => {
  const expected = writtenQueries(ROOT);

  if (process.env.UPDATE_QUERIES === '1') {
    for (const [name, text] of expected) writeFileSync(join(HERE, name), text);
  }

  it.each([...expected.keys()])('should hold %s equal to its repository', (name) => {
    expect(readFileSync(join(HERE, name), 'utf8')).toBe(expected.get(name));
  });

  it('should hold no .sql file whose repository is gone', () => {
    const written = readdirSync(HERE).filter((name) => name.endsWith('.sql'));
    expect(written.sort()).toEqual([...expected.keys()].sort());
  });
});
