import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { EphemeralServerExecutable } from '@temporalio/testing/lib/ephemeral-server';
import { ALL_SEARCH_ATTRIBUTES } from '@app/workflows/search-attributes';
import { repoRoot } from './repo-root';

/** The Temporal CLI to run: what scripts/ensure-temporal.sh finds or builds, else the SDK's download. */
export function temporalExecutable(): EphemeralServerExecutable {
  const root = repoRoot();
  const found =
    process.env.TEMPORAL_CLI ??
    execFileSync(path.join(root, 'scripts/ensure-temporal.sh'), { encoding: 'utf8' }).trim();
  if (found !== 'sdk-download') return { type: 'existing-path', path: found };
  const version = readFileSync(path.join(root, '.temporal-cli-version'), 'utf8').trim();
  return { type: 'cached-download', version, downloadDir: path.join(root, '.tools') };
}

export interface TemporalServerOptions {
  port?: number;
  uiPort?: number;
  dbFilename?: string;
}

/** Starts a real Temporal dev server (through @temporalio/testing) with the project's search attributes. */
export function startTemporalServer(options: TemporalServerOptions = {}): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: temporalExecutable(),
      ip: '127.0.0.1',
      port: options.port,
      ui: options.uiPort !== undefined,
      uiPort: options.uiPort,
      dbFilename: options.dbFilename,
      searchAttributes: ALL_SEARCH_ATTRIBUTES,
      log: { format: 'pretty', level: 'warn' },
      // A case step's write-behind activity then runs on the worker that completed the step's task,
      // without a round trip through the task queue (off by default in the server).
      extraArgs: ['--dynamic-config-value', 'system.enableActivityEagerExecution=true'],
    },
  });
}
