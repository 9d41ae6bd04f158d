import { stopBrowserStack } from './browser-stack';

/** Stops the stack global-setup started (same process) and drops its database and Temporal state. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.BROWSER_STACK === undefined) return;
  await stopBrowserStack(JSON.parse(process.env.BROWSER_STACK) as Parameters<typeof stopBrowserStack>[0]);
}
