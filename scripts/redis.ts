// Redis for the tests and the benchmark: reachable, or started when it is installed but down (as
// scripts/postgres.ts does for PostgreSQL). Nothing in `npm run dev` needs it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createClient } from '@redis/client';

const log = (line: string) => console.log(`\n[redis] ${line}`);

/** The Redis the tests use: TEST_REDIS_URL or 127.0.0.1:6379, database 1 (the app's default is 0). */
export const testRedisUrl = () => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/1';

async function canConnect(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    if (client.isOpen) await client.close().catch(() => client.destroy());
  }
}

/** Redis at `url`; on 127.0.0.1:6379 started with redis-server when it is installed but down. */
export async function ensureRedis(url = testRedisUrl()) {
  if (await canConnect(url)) return log(`Redis: ${new URL(url).host}`);
  const { hostname, port } = new URL(url);
  if (!existsSync('/usr/bin/redis-server') || !['127.0.0.1', 'localhost'].includes(hostname) || (port || '6379') !== '6379')
    throw new Error(`Kan Redis op ${new URL(url).host} niet bereiken. Installeer redis-server of zet TEST_REDIS_URL.`);
  log('Redis is down: redis-server --daemonize yes');
  spawnSync(
    'redis-server',
    ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', '6379', '--save', '', '--appendonly', 'no'].concat(
      existsSync('/var/lib/redis') ? ['--dir', '/var/lib/redis'] : [],
      existsSync('/var/log/redis') ? ['--logfile', '/var/log/redis/ci.log'] : [],
    ),
    { stdio: 'inherit' },
  );
  for (let i = 0; i < 20; i++) {
    if (await canConnect(url)) return log('Redis started');
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('Redis did not come up within 10 s');
}
