import { E2E_DB, databaseUrl } from './databases';

// Ports and settings of the e2e run: the production build of the app, a real SMTP catcher.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
export const MAIL_API_PORT = Number(process.env.E2E_MAIL_API_PORT ?? 2526);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const MAIL_API = `http://127.0.0.1:${MAIL_API_PORT}`;
export const TEST_DIST_DIR = '.next-test';

export function e2eServerEnv(): Record<string, string> {
  return {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: TEST_DIST_DIR,
    DATABASE_URL: databaseUrl(E2E_DB),
    DATABASE_POOL_MAX: '5',
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    APP_URL: E2E_BASE_URL,
    AUTH_SECRET: 'e2e-secret-only-for-tests-0123456789abcdef',
    MAIL_FROM: 'Dordtpas <noreply@dordtpas.nl>',
    // As behind one reverse proxy: a test that sends X-Forwarded-For plays that proxy and so can be a
    // client of its own (tests of the login and upload limits); the browser's own requests count as 127.0.0.1.
    TRUSTED_PROXIES: '1',
  };
}
