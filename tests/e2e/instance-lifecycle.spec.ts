import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { dropDatabase, ensureDatabase, migrateDeploy } from '../../scripts/db';
import { databaseUrl } from '../support/databases';
import { E2E_PORT, e2eServerEnv } from '../support/e2e-env';

// Issue 19, "instances come and go cleanly", with the real production build (.next-test) and our
// server (`npm start`, scripts/server.ts) on a database of its own: not ready while the database lacks the
// migrations, ready once they are applied, JSON log lines with the request id, and on SIGTERM not
// ready at once, then a quick exit 0 (ADR 0033). No browser: this is what a load balancer sees.
// Apart from the front cache's instances (INSTANCE_PORTS: + 5 and + 6)
const PORT = E2E_PORT + 4;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = databaseUrl(`${process.env.TEST_DB_PREFIX ?? 'dordtpas_test'}_lifecycle`);
const DRAIN_MS = 1500;

const status = (path: string) =>
  fetch(`${BASE}${path}`).then(
    async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown>, requestId: r.headers.get('x-request-id') }),
    (error: Error & { cause?: { code?: string } }) => ({
      status: 0,
      body: { error: error.cause?.code ?? error.message } as Record<string, unknown>,
      requestId: null,
    }),
  );

test.afterAll(async () => {
  await dropDatabase(DB);
});

test('an instance: not ready until migrated, JSON logs, on SIGTERM not ready first, then gone with exit 0', async () => {
  test.setTimeout(150_000);
  await dropDatabase(DB);
  await ensureDatabase(DB);
  const env = { ...e2eServerEnv(), DATABASE_URL: DB, APP_URL: BASE, SMTP_URL: '', SHUTDOWN_DRAIN_MS: String(DRAIN_MS) };
  // As an operator starts it: `npm start` (SIGTERM goes to npm, which must pass it on to the server).
  const server = spawn('npm', ['start', '--silent', '--', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so that a failed test can end the whole chain
  });
  const lines: string[] = [];
  for (const stream of [server.stdout, server.stderr])
    stream.setEncoding('utf8').on('data', (c: string) => lines.push(...c.split('\n').filter(Boolean)));
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
  try {
    await expect.poll(async () => (await status('/api/health/live')).status, { timeout: 60_000, intervals: [250] }).toBe(200);

    // An empty database: reachable, but none of the migrations applied.
    const empty = await status('/api/health');
    expect(empty.status).toBe(503);
    expect(empty.body).toMatchObject({ ok: false, checks: { database: 'ok', migrations: 'pending', process: 'ok' } });
    expect(empty.body.pendingMigrations).toBe(
      readdirSync('prisma/migrations', { withFileTypes: true }).filter((e) => e.isDirectory()).length,
    );
    expect((await status('/api/health/ready')).status).toBe(503);

    await migrateDeploy(DB);
    await expect.poll(async () => (await status('/api/health/ready')).status, { timeout: 45_000, intervals: [250] }).toBe(200);
    const ready = await status('/api/health');
    expect(ready.body).toEqual({ ok: true, checks: { process: 'ok', database: 'ok', migrations: 'ok', pages: 'ok' } });
    expect(ready.requestId).toMatch(/^[0-9a-f]{32}$/);

    // The filtered catalog, rewritten by proxy.ts, is served within the request: not fetched by the
    // server from itself over HTTP (one access-log line for its request id, not two).
    const filtered: string[] = [];
    for (const path of ['/?categorie=sport', '/?zoek=zwembad']) {
      const response = await fetch(`${BASE}${path}`);
      expect(response.status, path).toBe(200);
      filtered.push(response.headers.get('x-request-id')!);
    }

    const signalled = Date.now();
    server.kill('SIGTERM');
    await expect
      .poll(async () => (await status('/api/health/ready')).body, { timeout: 1000, intervals: [50] })
      .toMatchObject({
        ok: false,
        checks: { process: 'stopping' },
      });
    // Still serving while it drains: a load balancer's next poll gets its answer, not a refused connection.
    expect(Date.now() - signalled).toBeLessThan(DRAIN_MS);
    expect(await status('/api/health/live')).toMatchObject({ status: 200, body: { ok: true, stopping: true } });

    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(DRAIN_MS + 4000);
    expect((await status('/api/health/live')).body).toEqual({ error: 'ECONNREFUSED' });

    // One JSON object a line, Next.js's own lines included; the access log has the request's id.
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const entry of entries)
      expect(entry).toMatchObject({ time: expect.any(String), level: expect.any(String), msg: expect.any(String) });
    expect(entries).toContainEqual(
      expect.objectContaining({ msg: 'request', path: '/api/health', status: 200, requestId: ready.requestId }),
    );
    for (const [i, path] of ['/?categorie', '/?zoek'].entries())
      expect(entries.filter((e) => e.msg === 'request' && e.requestId === filtered[i])).toEqual([
        expect.objectContaining({ path, status: 200 }),
      ]);
    expect(entries.filter((e) => String(e.msg).includes('MaxListenersExceededWarning'))).toEqual([]);
    expect(entries.at(-1)).toMatchObject({ msg: 'stopped', code: 0 });
  } finally {
    if (server.exitCode === null) process.kill(-server.pid!, 'SIGKILL');
  }
});
