import './register-paths';
import { rmSync } from 'node:fs';
import { dropDatabase } from '@app/persistence';
import { currentStack, keepStack } from './test-stack';

/** Stops what global-setup started once the last integration project is done; drops the test database. */
export default async function globalTeardown(): Promise<void> {
  const stack = currentStack();
  if (!stack) return;
  stack.users -= 1;
  if (stack.users > 0) return;
  keepStack(undefined);
  await stack.temporal.teardown();
  await dropDatabase(stack.databaseUrl);
  await stack.postgres.stop();
  rmSync(stack.bundlePath, { force: true });
}
