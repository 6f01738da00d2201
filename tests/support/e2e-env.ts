import { E2E_DB, databaseUrl } from './databases';
import { KVK_TEST_API_KEY } from './kvk-replay';

// Ports and settings of the e2e run: the production build of the app, a real SMTP catcher.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
export const MAIL_API_PORT = Number(process.env.E2E_MAIL_API_PORT ?? 2526);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const MAIL_API = `http://127.0.0.1:${MAIL_API_PORT}`;
export const TEST_DIST_DIR = '.next-test';
/** The PDOK Locatieserver stand-in of the e2e run (tests/support/pdok-replay.ts), started with the suite's server. */
export const PDOK_PORT = E2E_PORT + 20;
/** The KvK API stand-in (tests/support/kvk-replay.ts): with its key configured the registration's KvK number fills name and address. */
export const KVK_PORT = E2E_PORT + 21;
/** The background map's blank tiles (tests/support/tile-standin.ts), started with the suite's server. */
export const TILES_PORT = E2E_PORT + 22;

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
    // The address lookup's answers replayed from tests/fixtures/pdok (this machine has no internet).
    PDOK_LOCATIESERVER_URL: `http://127.0.0.1:${PDOK_PORT}/bzk/locatieserver/search/v3_1`,
    // The KvK's Basisprofiel replayed from tests/fixtures/kvk; a number without a recording reads as "the KvK is away".
    KVK_API_URL: `http://127.0.0.1:${KVK_PORT}/api`,
    KVK_API_KEY: KVK_TEST_API_KEY,
    // The map's tiles: one blank tile, served locally (no tile is fetched from outside).
    MAP_TILE_URL: `http://127.0.0.1:${TILES_PORT}/tiles/{z}/{x}/{y}.png`,
  };
}

// The front cache's tests (real nginx, deploy/nginx.conf): nginx on FRONT_PORT (+1 its purge entry
// point) with two app instances on E2E_PORT + 5 and + 6 for the e2e test, FRONT_PORT + 2 and + 3 for
// the unit test of the configuration.
export const FRONT_PORT = Number(process.env.E2E_FRONT_PORT ?? E2E_PORT + 5000);
export const INSTANCE_PORTS = [E2E_PORT + 5, E2E_PORT + 6] as const;
