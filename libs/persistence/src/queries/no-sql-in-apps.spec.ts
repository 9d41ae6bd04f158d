import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const REPO = join(__dirname, '..', '..', '..', '..');
const APPS = join(REPO, 'apps');
// What issue 12 forbids outside libs/persistence: TypeORM injected, or a statement run directly.
const FORBIDDEN = /InjectRepository|InjectDataSource|\.query\(/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist') return [];
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('SQL behind repositories', () => {
  it('should leave no file under apps/ that injects TypeORM or runs a statement itself', () => {
    const offending = sourceFiles(APPS)
      .filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')))
      .map((file) => relative(REPO, file));
    expect(offending).toEqual([]);
  });
});
