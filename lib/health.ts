import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { prisma } from '@/lib/db';
import { pagesFresh } from '@/lib/jobs';
import { stopping } from '@/lib/shutdown';

// Readiness (/api/health, /api/health/ready): may this instance get requests? Polled every few seconds
// by every load balancer, so it is cheap: one `SELECT 1`, and the migrations compared at most once a
// minute while they are current (ADR 0033). Liveness (/api/health/live) is only "the process runs".

export type Readiness = {
  ok: boolean;
  checks: {
    /** "stopping" once SIGTERM has come (lib/server/serve.ts). */
    process: 'ok' | 'stopping';
    database: 'ok' | 'unreachable' | 'not checked';
    /** "pending": a migration of prisma/migrations is not applied (npm run db:migrate). */
    migrations: 'ok' | 'pending' | 'unknown' | 'not checked';
    /** "starting": the pages cached by an earlier run have not been made anew yet (lib/jobs.ts). */
    pages: 'ok' | 'starting';
  };
  pendingMigrations?: number;
};

const DATABASE_TIMEOUT_MS = 3_000;
const CURRENT_FOR_MS = 60_000;
const RECHECK_AFTER_MS = 1_000;

const migrationsDir = () => path.join(process.cwd(), 'prisma', 'migrations');

// The migrations this code was written for: the folders of prisma/migrations (shipped with the
// server, which `npm run db:migrate` needs anyway), read once per process.
let expected: Promise<string[]> | null = null;
const expectedMigrations = () =>
  (expected ??= readdir(migrationsDir(), { withFileTypes: true }).then((entries) =>
    entries.filter((e) => e.isDirectory()).map((e) => e.name),
  ));

type MigrationState = { state: 'ok' | 'pending' | 'unknown'; pending?: number; at: number };
let lastMigrations: MigrationState | null = null;
let checking: Promise<MigrationState> | null = null;

async function checkMigrations(): Promise<MigrationState> {
  const at = Date.now();
  try {
    const wanted = await expectedMigrations();
    const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`.catch((error: unknown) => {
      // No _prisma_migrations table yet: nothing is applied.
      if (String((error as Error)?.message).includes('_prisma_migrations')) return [];
      throw error;
    });
    const applied = new Set(rows.map((r) => r.migration_name));
    // Migrations newer than this code (a deploy in progress) do not make it unready.
    const pending = wanted.filter((name) => !applied.has(name)).length;
    return pending ? { state: 'pending', pending, at } : { state: 'ok', at };
  } catch {
    return { state: 'unknown', at };
  }
}

function migrations(): Promise<MigrationState> {
  const last = lastMigrations;
  const age = last ? Date.now() - last.at : Infinity;
  if (last && age < (last.state === 'ok' ? CURRENT_FOR_MS : RECHECK_AFTER_MS)) return Promise.resolve(last);
  checking ??= checkMigrations()
    .then((result) => (lastMigrations = result))
    .finally(() => (checking = null));
  return checking;
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> =>
  Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref())]);

export async function readiness(): Promise<Readiness> {
  const pages = pagesFresh() ? 'ok' : 'starting';
  if (stopping()) return { ok: false, checks: { process: 'stopping', database: 'not checked', migrations: 'not checked', pages } };
  const reachable = await withTimeout(
    prisma.$queryRaw`SELECT 1`.then(
      () => true,
      () => false,
    ),
    DATABASE_TIMEOUT_MS,
  );
  if (reachable !== true) return { ok: false, checks: { process: 'ok', database: 'unreachable', migrations: 'not checked', pages } };
  const m = await withTimeout(migrations(), DATABASE_TIMEOUT_MS);
  const state = m === 'timeout' ? 'unknown' : m.state;
  return {
    ok: state === 'ok' && pages === 'ok',
    checks: { process: 'ok', database: 'ok', migrations: state, pages },
    ...(m !== 'timeout' && m.pending ? { pendingMigrations: m.pending } : {}),
  };
}

const noStore = { 'cache-control': 'no-store' };

/** GET /api/health and /api/health/ready: 200 when ready, else 503; the body says which check failed. */
export async function readinessResponse(): Promise<Response> {
  try {
    const result = await readiness();
    return Response.json(result, { status: result.ok ? 200 : 503, headers: noStore });
  } catch {
    return Response.json({ ok: false }, { status: 503, headers: noStore });
  }
}

/** GET /api/health/live: 200 as long as the process runs, also while it stops. */
export const livenessResponse = (): Response => Response.json({ ok: true, stopping: stopping() }, { headers: noStore });
