import { defineConfig, devices } from '@playwright/test';
import { E2E_BASE_URL, E2E_PORT, MAIL_API } from './tests/support/e2e-env';

// e2e against the production build, in Debian's Chromium (npx playwright install cannot work here).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: E2E_BASE_URL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: 'npx tsx tests/support/smtp-catcher.ts',
      url: `${MAIL_API}/health`,
      reuseExistingServer: false,
      // tsx compiles it first: on a busy 2-core machine that alone has taken over 30 s.
      timeout: 120_000,
    },
    {
      command: 'npx tsx scripts/e2e-server.ts',
      url: `http://127.0.0.1:${E2E_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
    },
  ],
});
