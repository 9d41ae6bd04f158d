import { Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';

/** How often `make start` checks PostgreSQL and Temporal, and how long each check may take. */
export const WATCH_INTERVAL_MS = 5000;
const CHECK_TIMEOUT_MS = 2000;
/** While a dependency stays down, it is reported again this often. */
const REMIND_EVERY_MS = 30_000;

export interface WatchedDependency {
  /** As a person names it: "PostgreSQL (127.0.0.1:5432/chuangjian)". */
  name: string;
  /** What the API answers meanwhile, for the loud line. */
  consequence: string;
  /** Resolves when it answers; rejects with the reason when it does not. */
  check(): Promise<void>;
}

/** PostgreSQL answers `SELECT 1` on a fresh connection within the check's time. */
export function postgresDependency(databaseUrl: string): WatchedDependency {
  const url = new URL(databaseUrl);
  return {
    name: `PostgreSQL (${url.host}${url.pathname})`,
    consequence: 'logins, reads and first actions answer 503 DATABASE_UNAVAILABLE',
    async check() {
      const client = new PgClient({
        connectionString: databaseUrl,
        connectionTimeoutMillis: CHECK_TIMEOUT_MS,
        query_timeout: CHECK_TIMEOUT_MS,
      });
      // A refused or dropped connection also emits 'error'; the rejection below reports it.
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.query('SELECT 1');
      } finally {
        await client.end().catch(() => undefined);
      }
    },
  };
}

/** Temporal's frontend answers GetSystemInfo within the check's time. */
export function temporalDependency(address: string): {
  dependency: WatchedDependency;
  close(): Promise<void>;
} {
  const connection = Connection.lazy({
    address,
    interceptors: [],
    channelArgs: { 'grpc.initial_reconnect_backoff_ms': 250, 'grpc.max_reconnect_backoff_ms': 1000 },
  });
  return {
    dependency: {
      name: `Temporal (${address})`,
      consequence: 'case actions answer 503 TEMPORAL_UNAVAILABLE',
      check: () =>
        connection
          .withDeadline(Date.now() + CHECK_TIMEOUT_MS, () => connection.workflowService.getSystemInfo({}))
          .then(() => undefined),
    },
    close: () => connection.close(),
  };
}

/**
 * Checks each dependency every WATCH_INTERVAL_MS (5 s) and reports, loudly and once per change, when one stops
 * answering (again every 30 s while it stays down) and when it is back, with how long it was gone.
 */
export function watchDependencies(
  dependencies: WatchedDependency[],
  report: { down(line: string): void; up(line: string): void },
  { intervalMs = WATCH_INTERVAL_MS, remindEveryMs = REMIND_EVERY_MS } = {},
): { stop(): void } {
  const downSince = new Map<WatchedDependency, { since: number; remindedAt: number }>();
  let busy = false;
  const round = async () => {
    if (busy) return;
    busy = true;
    await Promise.all(dependencies.map((dependency) => checkOne(dependency)));
    busy = false;
  };
  const checkOne = async (dependency: WatchedDependency) => {
    const now = Date.now();
    const down = downSince.get(dependency);
    try {
      await dependency.check();
      if (down) {
        downSince.delete(dependency);
        report.up(`${dependency.name} is back after ${seconds(now - down.since)}.`);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (!down) {
        downSince.set(dependency, { since: now, remindedAt: now });
        report.down(`${dependency.name} is DOWN: ${reason}. Meanwhile ${dependency.consequence}.`);
      } else if (now - down.remindedAt >= remindEveryMs) {
        down.remindedAt = now;
        report.down(`${dependency.name} is still DOWN (for ${seconds(now - down.since)}): ${reason}.`);
      }
    }
  };
  const timer = setInterval(() => void round(), intervalMs);
  return { stop: () => clearInterval(timer) };
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}
