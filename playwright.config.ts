import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${PORT}`;
/** A second server whose policy revision is bumped (TEST_POLICY_REVISION), for the re-consent journey. */
export const revisionBumpURL = `http://127.0.0.1:${PORT + 1}`;
/** The GA4 measurement ID the main test server runs with. */
export const GA_ID = 'G-TEST12345';
/** Each test server keeps its consent log apart (git-ignored), migrated by tests/e2e/global-setup.ts. */
export const E2E_DATA_DIRS = ['.e2e-data/main', '.e2e-data/revision-bump'] as const;
// One browser suite posts far more than a visitor would: the per-client limit is raised for it.
const SERVER_ENV = { NEXT_TELEMETRY_DISABLED: '1', CONSENT_RATE_LIMIT_PER_MINUTE: '100000', RECEIPT_SALT: 'e2e-only-salt-not-secret' };
const nextStart = (port: number) => `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`;

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL,
    // Recording a trace costs every test ~20 % more time (screenshots of every frame): in CI only a
    // failed test's retry records one; locally, where there is no retry, a failed test keeps its own.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The production build (`npm run build` runs first in `npm test`), one process per server.
  webServer: [
    // Google Analytics configured (its hosts are stubbed in the tests: no test reaches the internet).
    {
      command: nextStart(PORT),
      url: `${baseURL}/ru`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { ...SERVER_ENV, DATA_DIR: E2E_DATA_DIRS[0], NEXT_PUBLIC_GA_ID: GA_ID },
    },
    // The policy revision bumped, and no analytics configured.
    {
      command: nextStart(PORT + 1),
      url: `${revisionBumpURL}/ru`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { ...SERVER_ENV, DATA_DIR: E2E_DATA_DIRS[1], TEST_POLICY_REVISION: '2' },
    },
  ],
});
