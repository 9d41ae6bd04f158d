import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { dataSourceOptions, dropDatabase, ensureDatabase, runMigrations } from '@app/persistence';
import { bundleWorkflows } from '../../apps/worker/src/temporal/workflow-bundle';
import { stopService } from '../../scripts/stack/child-service';
import { freePort } from '../../scripts/stack/free-port';
import { ensurePostgres, withDatabase } from '../../scripts/stack/postgres';
import { repoRoot } from '../../scripts/stack/repo-root';
import { startTemporalServer } from '../../scripts/stack/temporal-server';
import { answers200, waitFor } from '../../scripts/stack/wait-for';
import { ApiClient } from './api-client';
import { say } from './say';
import { startService } from './service-process';
import { Teardown } from './teardown';

/** Everything a phase needs: the API over HTTP, a Temporal client, the database, the task queues. */
export interface BenchStack {
  api: ApiClient;
  client: Client;
  dataSource: DataSource;
  taskQueue: string;
  /** Served by the bench's own worker: the trivial workflow of the bare Update figure. */
  bareTaskQueue: string;
}

/** A fresh database on the same server `make test` uses, migrated, dropped at the end. */
async function provisionDatabase(teardown: Teardown): Promise<string> {
  const postgres = await ensurePostgres('chuangjian');
  teardown.add('PostgreSQL', () => postgres.stop());
  const databaseUrl = withDatabase(postgres.url, `chuangjian_bench_${process.pid}_${Date.now()}`);
  await ensureDatabase(databaseUrl);
  teardown.add('the bench database', () => dropDatabase(databaseUrl));
  await runMigrations(databaseUrl);
  return databaseUrl;
}

/** The project's workflows for the real worker, and the bench's trivial one for its own worker. */
async function buildBundles(teardown: Teardown): Promise<{ bundlePath: string; bareCode: string }> {
  const bareWorkflows = require.resolve('../workflows/bare-update.workflow');
  const logger = new DefaultLogger('WARN');
  const [bundle, bare] = await Promise.all([
    bundleWorkflows(),
    bundleWorkflowCode({ workflowsPath: bareWorkflows, logger }),
  ]);
  const bundlePath = path.join(repoRoot(), '.data', `bench-workflow-bundle-${process.pid}.js`);
  mkdirSync(path.dirname(bundlePath), { recursive: true });
  writeFileSync(bundlePath, bundle.code);
  teardown.add('the workflow bundle', () => Promise.resolve(rmSync(bundlePath, { force: true })));
  return { bundlePath, bareCode: bare.code };
}

/** Resolves once a worker polls the task queue, so no phase measures a worker still starting. */
async function workerPolling(client: Client, taskQueue: string): Promise<void> {
  await waitFor(`A worker on ${taskQueue}`, async () => {
    const answer = await client.workflowService.describeTaskQueue({
      namespace: client.options.namespace,
      taskQueue: { name: taskQueue },
    });
    return (answer.pollers ?? []).length > 0;
  });
}

function startApps(teardown: Teardown, env: NodeJS.ProcessEnv): void {
  const worker = startService('worker', 'apps/worker/src/main.ts', env);
  teardown.add('the worker', () => stopService(worker));
  const api = startService('api', 'apps/api/src/main.ts', env);
  teardown.add('the API', () => stopService(api));
}

/** The dev server and the bundles side by side; whichever started is torn down even if the other failed. */
async function startTemporalAndBundles(teardown: Teardown) {
  const [temporal, bundles] = await Promise.allSettled([startTemporalServer(), buildBundles(teardown)]);
  if (temporal.status === 'fulfilled') {
    teardown.add('the Temporal dev server', () => temporal.value.teardown());
  }
  if (temporal.status === 'rejected') throw temporal.reason;
  if (bundles.status === 'rejected') throw bundles.reason;
  return { temporal: temporal.value, bundles: bundles.value };
}

/** The bench's own worker, in this process, serving only the trivial workflow. */
async function startBareWorker(
  teardown: Teardown,
  temporal: TestWorkflowEnvironment,
  code: string,
): Promise<string> {
  const bareTaskQueue = `bench-bare-${process.pid}`;
  const worker = await Worker.create({
    connection: temporal.nativeConnection,
    taskQueue: bareTaskQueue,
    workflowBundle: { code },
  });
  const running = worker.run();
  teardown.add('the bench worker', async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running;
  });
  return bareTaskQueue;
}

/**
 * Starts what `make test` starts — a fresh migrated database, a Temporal dev server, the workflow
 * bundle — then the real worker and API (their main.ts, as child processes) on a free loopback port.
 */
export async function startStack(teardown: Teardown): Promise<BenchStack> {
  // ERROR: the bench worker has no activities, which the SDK would report at WARN.
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  say('provisioning: PostgreSQL database, Temporal dev server, workflow bundles...');
  const databaseUrl = await provisionDatabase(teardown);
  const { temporal, bundles } = await startTemporalAndBundles(teardown);
  const taskQueue = `bench-cases-${process.pid}`;
  const port = await freePort();
  say(`starting the worker and the API (port ${port}) from source...`);
  startApps(teardown, {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    API_PORT: String(port),
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_TASK_QUEUE: taskQueue,
    WORKFLOW_BUNDLE_PATH: bundles.bundlePath,
  });
  const bareTaskQueue = await startBareWorker(teardown, temporal, bundles.bareCode);
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  teardown.add('the bench connection pool', () => dataSource.destroy());
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor('The API', () => answers200(`${baseUrl}/health`), 180_000);
  await Promise.all([taskQueue, bareTaskQueue].map((queue) => workerPolling(temporal.client, queue)));
  const api = new ApiClient(baseUrl);
  teardown.add('the HTTP client', () => Promise.resolve(api.close()));
  return { api, client: temporal.client, dataSource, taskQueue, bareTaskQueue };
}
