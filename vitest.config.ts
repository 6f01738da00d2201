import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { UNIT_DB, databaseUrl } from './tests/support/databases';

// Unit and integration tests: domain rules, schemas and services against a real PostgreSQL
// database (created and migrated by tests/support/global-setup.ts).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    globalSetup: ['tests/support/global-setup.ts'],
    // One database, so one file at a time: tests clean tables between them.
    fileParallelism: false,
    testTimeout: 20_000,
    // next-auth imports `next/server` without an extension, which Node's ESM loader cannot resolve
    // (next has no exports map): let Vite resolve it (tests/unit/auth-cookies.test.ts).
    server: { deps: { inline: ['next-auth'] } },
    hookTimeout: 60_000,
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl(UNIT_DB),
      DATABASE_POOL_MAX: '3',
      APP_URL: 'http://localhost:3000',
      SMTP_URL: '',
    },
  },
});
