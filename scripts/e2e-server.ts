// Starts the app for the e2e tests: a fresh migrated + seeded database, then our production server (scripts/server.ts) on the
// production build made by `npm test` (in .next-test). The server logs JSON as in production; its lines are shown here as
// a person reads them, without the access log of the requests that went well (lib/log.ts readableLine).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dropDatabase, ensureDatabase, migrateDeploy } from './db';
import { readableLine } from '../lib/log';
import { E2E_PORT, KVK_PORT, PDOK_PORT, TILES_PORT, e2eServerEnv } from '../tests/support/e2e-env';
import { startKvkReplay } from '../tests/support/kvk-replay';
import { startPdokReplay } from '../tests/support/pdok-replay';
import { startTileStandIn } from '../tests/support/tile-standin';

const env = e2eServerEnv();
// PDOK Locatieserver as the recorded answers have it, for the address lookup of the forms.
await startPdokReplay(PDOK_PORT);
// The KvK API likewise, for the registration's KvK number.
await startKvkReplay(KVK_PORT);
// The map's background tiles, blank (/kaart).
await startTileStandIn(TILES_PORT);
await dropDatabase(env.DATABASE_URL);
await ensureDatabase(env.DATABASE_URL);
await migrateDeploy(env.DATABASE_URL);
const { seed } = await import('../prisma/seed');
await seed(env.DATABASE_URL);

// Node with tsx's loader rather than `npx tsx`, whose `sh -c` does not pass SIGTERM on (scripts/start.ts).
const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '-p', String(E2E_PORT), '-H', '127.0.0.1'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, ...env },
});
for (const [from, to] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
] as const) {
  createInterface({ input: from }).on('line', (line) => {
    const readable = readableLine(line);
    if (readable !== null) to.write(`${readable}\n`);
  });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
