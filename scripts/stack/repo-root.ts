import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root, whether running from scripts/ (ts) or dist/scripts/ (js). */
export function repoRoot(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.temporal-cli-version')) && existsSync(path.join(dir, 'package.json')))
      return dir;
  }
  throw new Error(`repository root not found above ${__dirname}`);
}
