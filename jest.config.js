// Five tiers: pure unit specs beside the code, workflow tests on a real Temporal dev server, API e2e
// tests on the real app (these two share one server and one database per run), a seeded fuzz of every
// API operation on the real app (with a database of its own), and the fault tier (a stack of its own).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  rootDir: __dirname,
};
const integration = {
  ...shared,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

module.exports = {
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,workflows,scripts}/**/*.spec.ts'] },
    {
      ...integration,
      displayName: 'workflows',
      testMatch: ['<rootDir>/test/workflows/**/*.workflow-spec.ts'],
    },
    { ...integration, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    // Hostile and boundary requests generated from the OpenAPI document (seeded, bounded; see README).
    { ...integration, displayName: 'fuzz', testMatch: ['<rootDir>/test/fuzz/**/*.fuzz-spec.ts'] },
    // A stack of its own (embedded PostgreSQL, Temporal, worker and API as processes) to break on purpose.
    { ...shared, displayName: 'faults', testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'] },
  ],
};
