import './register-paths';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureDatabase, runMigrations } from '@app/persistence';
import { bundleWorkflows } from '../../apps/worker/src/temporal/workflow-bundle';
import { ensurePostgres, withDatabase } from '../../scripts/stack/postgres';
import { startTemporalServer } from '../../scripts/stack/temporal-server';
import { currentStack, keepStack } from './test-stack';

/**
 * Starts, once per jest run: a real Temporal dev server (@temporalio/testing, the project's CLI binary),
 * a fresh PostgreSQL database with every migration applied, and the workflow bundle.
 */
export default async function globalSetup(): Promise<void> {
  const existing = currentStack();
  if (existing) {
    existing.users += 1;
    return;
  }
  const postgres = await ensurePostgres('chuangjian');
  const databaseUrl = withDatabase(postgres.url, `chuangjian_test_${process.pid}_${Date.now()}`);
  await ensureDatabase(databaseUrl);
  await runMigrations(databaseUrl);

  const [temporal, bundle] = await Promise.all([startTemporalServer(), bundleWorkflows()]);
  // Per run, so concurrent runs (and edits between them) never share a bundle.
  const bundlePath = path.resolve(__dirname, `../../.data/test-workflow-bundle-${process.pid}.js`);
  mkdirSync(path.dirname(bundlePath), { recursive: true });
  writeFileSync(bundlePath, bundle.code);

  keepStack({ users: 1, temporal, postgres, databaseUrl, bundlePath });
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
    WORKFLOW_BUNDLE_PATH: bundlePath,
    // A loaded CI machine must not turn a slow answer into a 503 here; the fault tier tests the defaults.
    TEMPORAL_TIMEOUT_MS: process.env.TEMPORAL_TIMEOUT_MS ?? '30000',
    READ_YOUR_WRITES_TIMEOUT_MS: process.env.READ_YOUR_WRITES_TIMEOUT_MS ?? '30000',
  });
}
