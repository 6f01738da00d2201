import { dropDatabase, ensureDatabase, migrateDeploy } from '../../scripts/db';
import { ensureRedis } from '../../scripts/redis';
import { UNIT_DB, databaseUrl } from './databases';

// A fresh, migrated database for the unit/integration tests, through the same migration script
// as production.
export default async function setup() {
  const url = databaseUrl(UNIT_DB);
  await dropDatabase(url);
  await ensureDatabase(url);
  await migrateDeploy(url);
  // The shared-cache tests (tests/unit/redis-cache-handler.test.ts) use a real Redis.
  await ensureRedis();
}
