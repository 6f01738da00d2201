// `npm run stack`: the production topology on one machine (issue 19, deploy/README.md) —
//  - PostgreSQL: DATABASE_URL, or the embedded one of `npm run dev` (scripts/local.ts: migrated, demo data);
//  - Redis: REDIS_URL, or a redis-server of its own on a free port when one is installed;
//  - one production build (in .next-stack), two app instances (scripts/server.ts) sharing both;
//  - nginx in front (deploy/nginx.conf; installed from Debian when missing and we are root), which
//    the instances purge after every change (FRONT_PURGE_URL).
// Prints the front's address. Ctrl-C (or SIGTERM) stops everything it started.
//   STACK_PORT (default 8080) the front, +1 its purge entry point; STACK_APP_PORT (default 3001) the
//   first instance, +1 the second.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { startFront, type Front } from './nginx';
import { startInstance, type Instance } from './instances';
import { prepareLocal } from './local';

if (existsSync('.env')) process.loadEnvFile('.env');
const frontPort = Number(process.env.STACK_PORT ?? 8080);
const appPorts = [Number(process.env.STACK_APP_PORT ?? 3001), Number(process.env.STACK_APP_PORT ?? 3001) + 1];
const distDir = '.next-stack';
const log = (line: string) => console.log(`stack: ${line}`);

const stops: (() => Promise<void>)[] = [];
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log('stopping');
  // The last started first: the front, then the instances, then Redis and the database.
  for (const stop of stops.reverse()) await stop().catch((error) => console.error('stack: could not stop', error));
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function redis(): Promise<string | undefined> {
  if (process.env.REDIS_URL) {
    log(`Redis from REDIS_URL (${new URL(process.env.REDIS_URL).host})`);
    return process.env.REDIS_URL;
  }
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    log('no REDIS_URL and no redis-server installed: each instance keeps its own Next.js cache (install redis-server, or set REDIS_URL)');
    return undefined;
  }
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const gone = new Promise((r) => child.once('exit', r));
  stops.push(async () => {
    child.kill('SIGTERM');
    await gone;
  });
  log(`Redis (redis-server, in memory) on 127.0.0.1:${port}`);
  return `redis://127.0.0.1:${port}`;
}

try {
  if (spawnSync('npx', ['prisma', 'generate'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0)
    throw new Error('prisma generate failed');
  const local = await prepareLocal('stack');
  stops.push(local.stopDatabase);
  const redisUrl = await redis();

  log(`production build (${distDir})`);
  const build = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir },
  });
  if (build.status !== 0) throw new Error('next build failed');

  const frontUrl = `http://localhost:${frontPort}`;
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: local.databaseUrl,
    // PGlite is one session: one connection per instance.
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? (local.embedded ? '1' : '5'),
    AUTH_SECRET: local.authSecret,
    APP_URL: process.env.APP_URL ?? frontUrl,
    // nginx appends the client's address; the instances take it from there (ADR 0013).
    TRUSTED_PROXIES: '1',
    FRONT_PURGE_URL: `http://127.0.0.1:${frontPort + 1}`,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  };
  // The front first: the instances purge it as soon as they start (their first daily run).
  const front: Front = await startFront(
    {
      listen: `127.0.0.1:${frontPort}`,
      purgeListen: `127.0.0.1:${frontPort + 1}`,
      upstreams: appPorts.map((p) => `127.0.0.1:${p}`),
      allow: ['127.0.0.1'],
      runDir: '.data/front',
    },
    log,
  );
  stops.push(front.stop);
  const instances: Instance[] = [];
  for (const port of appPorts) {
    // One after the other: on the embedded database two starting instances only wait on each other.
    const instance = await startInstance(port, env, ['ignore', 'inherit', 'inherit']);
    instances.push(instance);
    stops.push(instance.stop);
    log(`app instance on ${instance.url}`);
  }
  for (const child of [front.process, ...instances.map((i) => i.process)])
    child.once('exit', (code) => {
      if (stopping) return;
      console.error(`stack: a process ended (${code}); stopping the rest`);
      void shutdown(1);
    });

  console.log('\nDordtpas partner portal — two instances behind the front cache');
  console.log(`  front:        ${frontUrl}   (this is the site)`);
  console.log(`  instances:    ${instances.map((i) => i.url).join(', ')}`);
  console.log(`  mail outbox:  ${process.env.SMTP_URL ? 'sent over SMTP_URL' : 'not in production builds: set SMTP_URL to send mail'}`);
  console.log('  Ctrl-C stops everything\n');
} catch (error) {
  console.error('stack:', error instanceof Error ? error.message : error);
  await shutdown(1);
}
