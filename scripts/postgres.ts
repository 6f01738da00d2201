// PostgreSQL for the test and benchmark scripts: reachable, or started when it is installed but down.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import pg from 'pg';
import { serverUrl } from '../tests/support/databases';

const log = (line: string) => console.log(`\n[postgres] ${line}`);

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** PostgreSQL at DATABASE_URL's server or 127.0.0.1:5432; started with pg_ctlcluster when installed but down. */
export async function ensurePostgres(url = serverUrl()) {
  if (await canConnect(url)) return log(`PostgreSQL: ${new URL(url).host}`);
  if (!existsSync('/usr/bin/pg_ctlcluster') || !existsSync('/etc/postgresql')) {
    throw new Error(`Kan PostgreSQL op ${new URL(url).host} niet bereiken en pg_ctlcluster is er niet. Zet DATABASE_URL.`);
  }
  for (const version of readdirSync('/etc/postgresql')) {
    log(`PostgreSQL is down: pg_ctlcluster ${version} main start`);
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
  }
  for (let i = 0; i < 30; i++) {
    if (await canConnect(url)) return log('PostgreSQL started');
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('PostgreSQL did not come up within 30 s');
}
