import { execFile } from 'node:child_process';
import path from 'node:path';

/** Where the console's generated API types live (committed; never edited by hand). */
export const CLIENT_SCHEMA_PATH = 'apps/web/src/api/schema.d.ts';

const GENERATOR = path.resolve(__dirname, '../../scripts/client-schema.mjs');

/** The TypeScript the console's typed client is built on, from an OpenAPI document (deterministic). */
export function clientSchemaSource(document: object): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [GENERATOR],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
    );
    child.stdin?.end(JSON.stringify(document));
  });
}
