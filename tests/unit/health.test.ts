import { afterAll, describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { livenessResponse, readiness, readinessResponse } from '@/lib/health';
import { markStopping } from '@/lib/shutdown';

// /api/health(/ready) and /api/health/live against the real, migrated test database (ADR 0033).
const latest = async () =>
  (
    await prisma.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`
  )[0]!.migration_name;
const rename = (from: string, to: string) =>
  prisma.$executeRaw`UPDATE _prisma_migrations SET migration_name = ${to} WHERE migration_name = ${from}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let renamed: [string, string] | null = null;
afterAll(async () => {
  if (renamed) await rename(renamed[1], renamed[0]);
});

describe('readiness', () => {
  test('a migration of prisma/migrations that is not applied makes it not ready, with the count; then ready once applied; a current result is kept', async () => {
    const name = await latest();
    renamed = [name, `${name}_elsewhere`];
    await rename(name, `${name}_elsewhere`);
    const pending = await readinessResponse();
    expect(pending.status).toBe(503);
    expect(pending.headers.get('cache-control')).toBe('no-store');
    expect(await pending.json()).toEqual({
      ok: false,
      checks: { process: 'ok', database: 'ok', migrations: 'pending', pages: 'ok' },
      pendingMigrations: 1,
    });

    await rename(`${name}_elsewhere`, name);
    renamed = null;
    // A result that is not current is checked again after a second (a migration may be running).
    await sleep(1100);
    const ready = await readinessResponse();
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, checks: { process: 'ok', database: 'ok', migrations: 'ok', pages: 'ok' } });

    // Current: not queried again for a minute (every load balancer polls this every few seconds).
    // A migration recorded under another name meanwhile (a database restored from an older dump)
    // goes unseen until then, while SELECT 1 is still checked on every call.
    renamed = [name, `${name}_elsewhere`];
    await rename(name, `${name}_elsewhere`);
    expect((await readiness()).checks.migrations).toBe('ok');
    await rename(`${name}_elsewhere`, name);
    renamed = null;
  });

  test('a newer migration than this code knows (a deploy under way) does not make it unready', async () => {
    await prisma.$executeRaw`INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count)
      VALUES ('health-test', 'x', '29991231000000_from_the_next_release', now(), 1)`;
    try {
      expect((await readiness()).ok).toBe(true);
    } finally {
      await prisma.$executeRaw`DELETE FROM _prisma_migrations WHERE id = 'health-test'`;
    }
  });

  // Last: the stop cannot be undone in this process.
  test('once stopping: not ready without asking the database, and live all the same', async () => {
    markStopping();
    const response = await readinessResponse();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      ok: false,
      checks: { process: 'stopping', database: 'not checked', migrations: 'not checked', pages: 'ok' },
    });
    const live = livenessResponse();
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ ok: true, stopping: true });
  });
});
