import { startBrowserStack } from './browser-stack';

/** Starts the stack once for all browser tests; the tests find it through BROWSER_BASE_URL. */
export default async function globalSetup(): Promise<void> {
  const stack = await startBrowserStack();
  process.env.BROWSER_BASE_URL = stack.baseUrl;
  process.env.BROWSER_DATABASE_URL = stack.databaseUrl;
  // Teardown runs in this same process and reads what to stop from here.
  const state = {
    pid: stack.child.pid,
    databaseUrl: stack.databaseUrl,
    adminUrl: stack.adminUrl,
    temporalDir: stack.temporalDir,
  };
  process.env.BROWSER_STACK = JSON.stringify(state);
  // The child keeps running after this function returns; teardown stops it.
  stack.child.stdout?.resume();
  stack.child.stderr?.resume();
  stack.child.unref();
}
