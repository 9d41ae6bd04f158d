import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export const ROOT = path.resolve(__dirname, '../../..');

/** A free loopback port, asked of the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface BrowserStack {
  child: ChildProcess;
  baseUrl: string;
  databaseUrl: string;
  adminUrl: string;
  temporalDir: string;
}

/** The server URL of DATABASE_URL (or the machine's 5432) with another database name. */
function databaseUrls(name: string): { databaseUrl: string; adminUrl: string } {
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const database = new URL(base);
  database.pathname = `/${name}`;
  const admin = new URL(base);
  admin.pathname = '/postgres';
  return { databaseUrl: database.toString(), adminUrl: admin.toString() };
}

/**
 * Starts the app exactly as `make start` does (dist/scripts/start.js: migrations, Temporal dev server,
 * worker, API serving dist/web, demo), on free ports, a database of its own and a Temporal state file in
 * a temporary directory; resolves once it prints that it is running.
 */
export async function startBrowserStack(): Promise<BrowserStack> {
  for (const built of ['dist/scripts/start.js', 'dist/web/index.html']) {
    if (!existsSync(path.join(ROOT, built))) {
      throw new Error(
        `${built} is missing: run \`make build web\` (make test does) before the browser tests`,
      );
    }
  }
  const [api, temporal, ui] = [await freePort(), await freePort(), await freePort()];
  const { databaseUrl, adminUrl } = databaseUrls(`chuangjian_browser_${process.pid}_${Date.now()}`);
  const temporalDir = mkdtempSync(path.join(tmpdir(), 'chuangjian-browser-'));
  const child = spawn(process.execPath, ['-r', './scripts/register-aliases.js', 'dist/scripts/start.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      API_PORT: String(api),
      TEMPORAL_PORT: String(temporal),
      TEMPORAL_UI_PORT: String(ui),
      DATABASE_URL: databaseUrl,
      TEMPORAL_DB_FILE: path.join(temporalDir, 'temporal.db'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const baseUrl = `http://127.0.0.1:${api}`;
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`the app did not start within 240 s:\n${output.slice(-4000)}`)),
      240_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('chuangjian is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`make start's script exited (code ${code}):\n${output.slice(-4000)}`));
    });
  });
  return { child, baseUrl, databaseUrl, adminUrl, temporalDir };
}

/** Ctrl-C for the stack (it stops what it started), then its database and Temporal state go. */
export async function stopBrowserStack(stack: {
  pid: number;
  databaseUrl: string;
  adminUrl: string;
  temporalDir: string;
}): Promise<void> {
  try {
    process.kill(stack.pid, 'SIGINT');
    for (let i = 0; i < 600 && isAlive(stack.pid); i += 1) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(stack.pid)) process.kill(stack.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  const admin = new Client({ connectionString: stack.adminUrl });
  await admin.connect();
  const name = new URL(stack.databaseUrl).pathname.slice(1);
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  rmSync(stack.temporalDir, { recursive: true, force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
