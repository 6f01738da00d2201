// Which PostgreSQL the tests use, and the databases they make on it.
// DATABASE_URL (if set) names the server; the tests never touch its own database but create their own.

export function serverUrl(): string {
  return process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

// TEST_DB_PREFIX lets two checkouts on one server test side by side without touching each other's data.
const PREFIX = process.env.TEST_DB_PREFIX ?? 'dordtpas_test';
export const UNIT_DB = `${PREFIX}_unit`;
export const E2E_DB = `${PREFIX}_e2e`;
