import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// The browser tier: Debian's Chromium (never a Playwright download) against the real app started as
// `make start` starts it (API serving the built console, worker, Temporal, PostgreSQL; its own ports
// and database). See support/browser-stack.ts.
const root = path.resolve(__dirname, '../..');
const chromium =
  process.env.CHROMIUM_PATH ??
  execFileSync(path.join(root, 'scripts/ensure-chromium.sh'), { encoding: 'utf8' }).trim();

export default defineConfig({
  testDir: __dirname,
  testMatch: '*.browser-spec.ts',
  outputDir: path.join(root, 'test-results'),
  // One stack, one browser at a time: the machine has two cores and the journeys share the demo.
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], [path.join(root, 'test/support/playwright-summary-reporter.js')]],
  globalSetup: require.resolve('./support/global-setup'),
  globalTeardown: require.resolve('./support/global-teardown'),
  use: {
    baseURL: process.env.BROWSER_BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      // Root needs --no-sandbox; the rest keeps Chromium off a network this machine does not have.
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    },
  },
});
