import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createWriteStream, mkdirSync, rmSync, WriteStream, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { ensureDatabase, runMigrations } from '@app/persistence';
import { bundleWorkflows } from '../../../apps/worker/src/temporal/workflow-bundle';
import { loadDemo } from '../../../scripts/demo/load-demo';
import { freePort } from '../../../scripts/stack/free-port';
import { repoRoot } from '../../../scripts/stack/repo-root';
import { SupervisedService, superviseService } from '../../../scripts/stack/supervised-service';
import { startTemporalServer } from '../../../scripts/stack/temporal-server';

/** The loaders the apps run under here: from source, as `npm run bench` runs them. */
const FROM_SOURCE = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];

/**
 * A whole stack of its own to break: an embedded PostgreSQL on its own port, a Temporal dev server
 * keeping its state in a file (so a restart finds every workflow again), and the real worker and API
 * (their main.ts) kept running by the same supervisor `make start` uses. Logs go to `logFile`.
 */
export class FaultStack {
  readonly logFile: string;
  apiUrl = '';
  private readonly dataDir: string;
  private postgres?: ChildProcess;
  private postgresPort = 0;
  private temporal?: TestWorkflowEnvironment;
  private temporalPort = 0;
  private readonly services: SupervisedService[] = [];
  private log?: WriteStream;

  constructor() {
    this.dataDir = path.join(repoRoot(), '.data', `faults-${process.pid}`);
    this.logFile = path.join(this.dataDir, 'stack.log');
  }

  /** The worker, for killing. */
  get worker(): SupervisedService {
    return this.services[0];
  }

  async start(): Promise<void> {
    // Should the test process end without stop() (interrupted), its children are not left running.
    process.once('exit', this.leaveNothingBehind);
    rmSync(this.dataDir, { recursive: true, force: true });
    mkdirSync(this.dataDir, { recursive: true });
    this.log = createWriteStream(this.logFile);
    const apiPort = await freePort();
    this.temporalPort = await freePort();
    this.postgresPort = await freePort();
    await this.startPostgres();
    const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${this.postgresPort}/chuangjian`;
    await ensureDatabase(databaseUrl);
    await runMigrations(databaseUrl);
    const [, bundle] = await Promise.all([this.startTemporal(), bundleWorkflows()]);
    const bundlePath = path.join(this.dataDir, 'workflow-bundle.js');
    writeFileSync(bundlePath, bundle.code);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      API_PORT: String(apiPort),
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: `127.0.0.1:${this.temporalPort}`,
      TEMPORAL_TASK_QUEUE: 'chuangjian-faults',
      WORKFLOW_BUNDLE_PATH: bundlePath,
    };
    // The budgets under test are the defaults an operator gets.
    for (const key of Object.keys(env)) if (/_TIMEOUT_MS$|^RETRY_AFTER_SECONDS$/.test(key)) delete env[key];
    await loadDemo(env);
    for (const [name, entry] of [
      ['worker', 'apps/worker/src/main.ts'],
      ['api', 'apps/api/src/main.ts'],
    ]) {
      this.services.push(
        superviseService(name, entry, env, {
          say: (line) => this.write(`>> ${line}`),
          spawn: () => this.spawnApp(name, entry, env),
        }),
      );
    }
    this.apiUrl = `http://127.0.0.1:${apiPort}`;
  }

  /** Starts (again) the Temporal dev server on its port, with the state it had. */
  async startTemporal(): Promise<void> {
    this.temporal = await startTemporalServer({
      port: this.temporalPort,
      dbFilename: path.join(this.dataDir, 'temporal.db'),
    });
  }

  async stopTemporal(): Promise<void> {
    await this.temporal?.teardown();
    this.temporal = undefined;
  }

  /** Starts (again) the embedded PostgreSQL on its port, with the data it had. */
  async startPostgres(): Promise<void> {
    const server = spawn(
      process.execPath,
      [
        ...FROM_SOURCE,
        path.join(__dirname, 'serve-embedded-postgres.ts'),
        path.join(this.dataDir, 'pg'),
        String(this.postgresPort),
      ],
      { cwd: repoRoot(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    server.stderr?.on('data', (chunk: Buffer) => this.log?.write(chunk));
    const lines = createInterface({ input: server.stdout });
    const exited = once(server, 'exit').then(([code]) => {
      throw new Error(`the embedded PostgreSQL exited (code ${String(code)}); see ${this.logFile}`);
    });
    await Promise.race([once(lines, 'line'), exited]);
    exited.catch(() => undefined);
    this.postgres = server;
  }

  /** Stops PostgreSQL as an operator would (fast shutdown: every connection is dropped). */
  async stopPostgres(): Promise<void> {
    const server = this.postgres;
    this.postgres = undefined;
    if (!server || server.exitCode !== null) return;
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  }

  private readonly leaveNothingBehind = (): void => {
    for (const child of [this.postgres, ...this.services.map((service) => service.current())])
      child?.kill('SIGTERM');
  };

  /** Stops everything it started and removes its data; each step runs even if an earlier one failed. */
  async stop(): Promise<void> {
    process.removeListener('exit', this.leaveNothingBehind);
    for (const step of [
      () => Promise.all(this.services.map((service) => service.stop())),
      () => this.stopTemporal(),
      () => this.stopPostgres(),
    ]) {
      await step().catch(() => undefined);
    }
    await new Promise((resolve) => (this.log ? this.log.end(resolve) : resolve(undefined)));
    // The log stays for a look after a failure (make clean removes it); the rest goes.
    for (const entry of ['pg', 'temporal.db', 'workflow-bundle.js']) {
      rmSync(path.join(this.dataDir, entry), { recursive: true, force: true });
    }
  }

  write(line: string): void {
    this.log?.write(`${new Date().toISOString()} ${line}\n`);
  }

  private spawnApp(name: string, entry: string, env: NodeJS.ProcessEnv) {
    const child = spawn(process.execPath, [...FROM_SOURCE, entry], {
      cwd: repoRoot(),
      env: { ...env, SERVICE_NAME: name },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr])
      stream?.on('data', (chunk: Buffer) => this.log?.write(chunk));
    return child;
  }
}
