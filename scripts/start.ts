// `make start`: database, Temporal dev server, worker, API and the demo, all stopped again by Ctrl-C.
// A worker or API that dies is restarted (with backoff); a dead PostgreSQL or Temporal is reported loudly.
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { ensureDatabase, runMigrations, UserRole } from '@app/persistence';
import { bundleWorkflows } from '../apps/worker/src/temporal/workflow-bundle';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-data';
import { loadDemo } from './demo/load-demo';
import { postgresDependency, temporalDependency, watchDependencies } from './stack/dependency-watch';
import { ensurePostgres, isListening, PostgresHandle } from './stack/postgres';
import { repoRoot } from './stack/repo-root';
import { SupervisedService, superviseService } from './stack/supervised-service';
import { startTemporalServer } from './stack/temporal-server';
import { answers200, waitFor } from './stack/wait-for';

const ports = {
  API_PORT: Number(process.env.API_PORT ?? 3000),
  TEMPORAL_PORT: Number(process.env.TEMPORAL_PORT ?? 7233),
  TEMPORAL_UI_PORT: Number(process.env.TEMPORAL_UI_PORT ?? 8233),
};

function say(line: string): void {
  process.stdout.write(`>> ${line}\n`);
}

/** A line nobody should miss in the scrolling log. */
function shout(line: string): void {
  process.stdout.write(`\n!! ${line}\n\n`);
}

async function assertPortsFree(): Promise<void> {
  const busy: string[] = [];
  for (const [variable, port] of Object.entries(ports)) {
    if (await isListening('127.0.0.1', port))
      busy.push(`port ${port} is already in use; set ${variable} to another port`);
  }
  if (busy.length > 0) throw new Error(busy.join('\n'));
}

const started: {
  services: SupervisedService[];
  watch?: { stop(): void };
  closeWatch?: () => Promise<void>;
  temporal?: TestWorkflowEnvironment;
  postgres?: PostgresHandle;
} = { services: [] };
let stopping = false;

async function stopAll(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('Stopping: API and worker (letting in-flight work finish), Temporal, database...');
    started.watch?.stop();
    await started.closeWatch?.().catch(() => {});
    await Promise.all(started.services.map((service) => service.stop()));
    await started.temporal?.teardown().catch(() => {});
    await started.postgres?.stop().catch(() => {});
    say('Stopped. Everything this command started has exited.');
  }
  process.exit(exitCode);
}

async function main(): Promise<void> {
  const root = repoRoot();
  mkdirSync(path.join(root, '.data'), { recursive: true });
  await assertPortsFree();

  say('PostgreSQL...');
  started.postgres = await ensurePostgres('chuangjian');
  const databaseUrl = started.postgres.url;
  await ensureDatabase(databaseUrl);
  const applied = await runMigrations(databaseUrl);
  say(`  migrations applied: ${applied.length === 0 ? 'none pending' : applied.join(', ')}`);

  // TEMPORAL_DB_FILE: another stack on the same checkout (the browser tests) keeps its own history.
  const temporalDb = process.env.TEMPORAL_DB_FILE ?? path.join(root, '.data', 'temporal.db');
  say(`Temporal dev server (state in ${path.relative(root, temporalDb)}) and the workflow bundle...`);
  const [temporal, bundlePath] = await Promise.all([
    startTemporalServer({
      port: ports.TEMPORAL_PORT,
      uiPort: ports.TEMPORAL_UI_PORT,
      dbFilename: temporalDb,
    }).then((server) => (started.temporal = server)),
    workflowBundle(root),
  ]);
  const temporalAddress = temporal.address;

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    API_PORT: String(ports.API_PORT),
    WORKFLOW_BUNDLE_PATH: bundlePath,
  };
  say('Worker and API (each restarted if it dies)...');
  for (const [name, entry] of [
    ['worker', 'dist/apps/worker/src/main.js'],
    ['api', 'dist/apps/api/src/main.js'],
  ]) {
    started.services.push(superviseService(name, entry, env, { say: shout }));
  }
  const apiUrl = `http://127.0.0.1:${ports.API_PORT}`;
  await waitFor('The API', () => answers200(`${apiUrl}/health`));

  const demo = await loadDemo(env);
  printSummary(apiUrl, databaseUrl, temporalAddress, demo.casesOpened);
  watch(databaseUrl, temporalAddress);
}

/**
 * The workflows bundled once here, so a worker (re)starts in seconds instead of bundling each time
 * (a restarted worker took 16 s, most of it webpack). WORKFLOW_BUNDLE_PATH, if given, is used instead.
 */
async function workflowBundle(root: string): Promise<string> {
  if (process.env.WORKFLOW_BUNDLE_PATH) return process.env.WORKFLOW_BUNDLE_PATH;
  const bundlePath = path.join(root, '.data', 'workflow-bundle.js');
  writeFileSync(bundlePath, (await bundleWorkflows()).code);
  return bundlePath;
}

/** From here on, a PostgreSQL or Temporal that stops answering is reported as soon as it is seen. */
function watch(databaseUrl: string, temporalAddress: string): void {
  const temporal = temporalDependency(temporalAddress);
  started.closeWatch = () => temporal.close();
  started.watch = watchDependencies([postgresDependency(databaseUrl), temporal.dependency], {
    down: shout,
    up: say,
  });
}

function printSummary(apiUrl: string, databaseUrl: string, temporalAddress: string, newCases: number): void {
  const line = (username: string, role: string, who: string) =>
    `     ${username.padEnd(18)} ${role.padEnd(10)} ${who}`;
  const users = [
    ...DEMO_USERS.filter((user) => user.role !== UserRole.COMMUNITY).map((user) =>
      line(user.username, user.role, user.displayName),
    ),
    line('community-c-NN', 'COMMUNITY', 'clerk of community c-01 … c-20 (居委会/村委会)'),
  ].join('\n');
  process.stdout.write(`
================================================================================
 chuangjian is running (Ctrl-C stops everything; a worker or API that dies is restarted)
   Console        ${apiUrl}/console/   (工作台: sign in as a demo user below)
   API            ${apiUrl}            health: ${apiUrl}/health
   OpenAPI docs   ${apiUrl}/docs       JSON: ${apiUrl}/docs-json
   Temporal UI    http://127.0.0.1:${ports.TEMPORAL_UI_PORT}       gRPC: ${temporalAddress}
   PostgreSQL     ${databaseUrl.replace(/:[^:@/]*@/, ':***@')}
 Demo campaign demo-2026-pingan: ${newCases === 0 ? 'already loaded' : `${newCases} cases opened (each case's workflow starts on its first action)`}
 Demo users (password "${DEMO_PASSWORD}"):
${users}
================================================================================
`);
}

process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));
main().catch(async (error: unknown) => {
  process.stderr.write(`\nmake start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  await stopAll(1);
});
