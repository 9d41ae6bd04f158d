import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { PostgresHandle } from '../../scripts/stack/postgres';

/** What the global setup started, kept on globalThis so both integration projects share one of each. */
export interface TestStack {
  users: number;
  temporal: TestWorkflowEnvironment;
  postgres: PostgresHandle;
  databaseUrl: string;
  bundlePath: string;
}

const KEY = '__chuangjianTestStack__';

export function currentStack(): TestStack | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as TestStack | undefined;
}

export function keepStack(stack: TestStack | undefined): void {
  (globalThis as Record<string, unknown>)[KEY] = stack;
}
