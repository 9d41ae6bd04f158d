// `make start`: database, Temporal dev server, worker, API and the demo, all stopped again by Ctrl-C.
import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { ensureDatabase, runMigrations, UserRole } from '@app/persistence';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-data';
import { loadDemo } from './demo/load-demo';
import { spawnService, stopService } from './stack/child-service';
import { ensurePostgres, isListening, PostgresHandle } from './stack/postgres';
import { repoRoot } from './stack/repo-root';
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

async function assertPortsFree(): Promise<void> {
  const busy: string[] = [];
  for (const [variable, port] of Object.entries(ports)) {
    if (await isListening('127.0.0.1', port))
      busy.push(`port ${port} is already in use; set ${variable} to another port`);
  }
  if (busy.length > 0) throw new Error(busy.join('\n'));
}

const started: { children: ChildProcess[]; temporal?: TestWorkflowEnvironment; postgres?: PostgresHandle } = {
  children: [],
};
let stopping = false;

async function stopAll(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('Stopping: API and worker (letting in-flight work finish), Temporal, database...');
    await Promise.all(started.children.map((child) => stopService(child)));
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
  say(`Temporal dev server (state in ${path.relative(root, temporalDb)})...`);
  started.temporal = await startTemporalServer({
    port: ports.TEMPORAL_PORT,
    uiPort: ports.TEMPORAL_UI_PORT,
    dbFilename: temporalDb,
  });
  const temporalAddress = `127.0.0.1:${ports.TEMPORAL_PORT}`;

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    API_PORT: String(ports.API_PORT),
  };
  say('Worker and API...');
  for (const [name, entry] of [
    ['worker', 'dist/apps/worker/src/main.js'],
    ['api', 'dist/apps/api/src/main.js'],
  ]) {
    const child = spawnService(name, entry, env);
    child.once('exit', (code) => {
      if (!stopping) {
        say(`${name} exited (code ${code}); stopping the rest.`);
        void stopAll(1);
      }
    });
    started.children.push(child);
  }
  const apiUrl = `http://127.0.0.1:${ports.API_PORT}`;
  await waitFor('The API', () => answers200(`${apiUrl}/health`));

  const demo = await loadDemo(env);
  printSummary(apiUrl, databaseUrl, temporalAddress, demo.casesOpened);
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
 chuangjian is running (Ctrl-C stops everything)
   Console        ${apiUrl}/console/   (工作台: sign in as a demo user below)
   API            ${apiUrl}            health: ${apiUrl}/health
   OpenAPI docs   ${apiUrl}/docs       JSON: ${apiUrl}/docs-json
   Temporal UI    http://127.0.0.1:${ports.TEMPORAL_UI_PORT}       gRPC: ${temporalAddress}
   PostgreSQL     ${databaseUrl.replace(/:[^:@/]*@/, ':***@')}
 Demo campaign demo-2026-pingan: ${newCases === 0 ? 'already loaded' : `${newCases} cases started`}
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
