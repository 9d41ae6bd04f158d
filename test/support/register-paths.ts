// Jest's moduleNameMapper does not reach globalSetup; resolve the @app/* aliases there the way tsc does.
import path from 'node:path';
import { register } from 'tsconfig-paths';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compilerOptions } = require('../../tsconfig.json') as {
  compilerOptions: { paths: Record<string, string[]> };
};
register({ baseUrl: path.resolve(__dirname, '../..'), paths: compilerOptions.paths });
