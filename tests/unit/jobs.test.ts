import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import pg from 'pg';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/accounts/service';
import { JOBS, JOBS_TIME_ZONE, nextRunAt, type JobDefinition } from '@/lib/jobs/definitions';
import { jobOverview } from '@/lib/jobs/queries';
import { nl } from '@/lib/i18n/nl';
import { retryOnDeadlock, startJobWorker, type JobWorker } from '@/lib/jobs/worker';
import { startSmtpServer } from '../support/smtp-server';
import { resetDb } from '../support/db';

// The job queue (pg-boss, ADR 0030) against the real test database: two workers stand for two
// instances of the app. Each test has its own pg-boss schema, dropped afterwards.

const url = process.env.DATABASE_URL!;
let schema = '';
const workers: JobWorker[] = [];

const start = (jobs: JobDefinition[], instance: string) =>
  startJobWorker({ connectionString: url, schema, jobs, instance, pollingIntervalSeconds: 0.5, cronIntervalSeconds: 1 }).then((w) => {
    workers.push(w);
    return w;
  });

const job = (overrides: Partial<JobDefinition> & Pick<JobDefinition, 'name' | 'run'>): JobDefinition => ({
  cron: '0 0 1 1 *', // not due during the test unless a test says so
  retryLimit: 0,
  retryDelaySeconds: 0,
  expireInSeconds: 60,
  ...overrides,
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(check: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (done(value) || Date.now() > end) return value;
    await sleep(100);
  }
}

const runsOf = (name: string) => prisma.jobRun.findMany({ where: { job: name }, orderBy: { startedAt: 'asc' } });

beforeEach(async () => {
  await resetDb();
  schema = `pgboss_test_${Math.random().toString(36).slice(2, 8)}`;
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop(1000)));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

afterAll(() => prisma.$disconnect());

describe("the queues' setup", () => {
  test('a deadlock (PostgreSQL 40P01) is tried again; any other error, or a deadlock every time, is thrown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });
    let calls = 0;
    expect(await retryOnDeadlock(async () => (++calls < 3 ? Promise.reject(deadlock) : 'klaar'))).toBe('klaar');
    expect(calls).toBe(3);
    const other = Object.assign(new Error('permission denied'), { code: '42501' });
    calls = 0;
    await expect(retryOnDeadlock(async () => (calls++, Promise.reject(other)))).rejects.toBe(other);
    expect(calls).toBe(1);
    calls = 0;
    await expect(retryOnDeadlock(async () => (calls++, Promise.reject(deadlock)), 2)).rejects.toBe(deadlock);
    expect(calls).toBe(2);
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockRestore();
  });
});

describe('schedules', () => {
  test('with two workers on one database, a due schedule runs once', async () => {
    // Stay inside one minute: a schedule of "every minute" is one occurrence per minute.
    if (new Date().getSeconds() > 45) await sleep((61 - new Date().getSeconds()) * 1000);
    const ranOn: string[] = [];
    const tick = (instance: string) => job({ name: 'tick', cron: '* * * * *', run: async () => void ranOn.push(instance) });
    await Promise.all([start([tick('a')], 'a'), start([tick('b')], 'b')]);
    await until(
      () => runsOf('tick'),
      (runs) => runs.length > 0 && runs.every((r) => r.outcome === 'OK'),
    );
    // Both instances kept checking the schedule for several of their 1 s intervals.
    await sleep(4000);
    expect(ranOn).toHaveLength(1);
    const runs = await runsOf('tick');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ outcome: 'OK', attempt: 1, instance: ranOn[0], error: null });
    expect(runs[0].finishedAt!.getTime()).toBeGreaterThanOrEqual(runs[0].startedAt.getTime());
    // Up to 16 s waiting for a fresh minute and 4 s watching are already the default 20 s: more room.
  }, 60_000);

  test('a job sent at start by several instances starting together runs once', async () => {
    let runs = 0;
    const catalog = () => job({ name: 'rebuild', atStart: true, run: async () => void runs++ });
    await Promise.all([start([catalog()], 'a'), start([catalog()], 'b')]);
    await until(
      () => runsOf('rebuild'),
      (r) => r.length > 0 && r[0].outcome === 'OK',
    );
    await sleep(2000);
    expect(runs).toBe(1);
  });

  test('the midnight job is planned at midnight in Europe/Amsterdam, summer and winter', async () => {
    const midnight = JOBS.find((j) => j.name === 'midnight')!;
    expect(JOBS_TIME_ZONE).toBe('Europe/Amsterdam');
    // CET (UTC+1) in December, CEST (UTC+2) in July.
    expect(nextRunAt(midnight.cron, new Date('2026-12-02T12:00:00Z')).toISOString()).toBe('2026-12-02T23:00:00.000Z');
    expect(nextRunAt(midnight.cron, new Date('2026-07-01T12:00:00Z')).toISOString()).toBe('2026-07-01T22:00:00.000Z');
    // The night summer time ends (25 October 2026), midnight is still 0.00 in Dordrecht.
    expect(nextRunAt(midnight.cron, new Date('2026-10-24T12:00:00Z')).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(nextRunAt(midnight.cron, new Date('2026-10-25T12:00:00Z')).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    // And that is what the queue was told.
    const worker = await start([{ ...midnight, run: async () => {} }], 'a');
    expect(await worker.boss.getSchedules()).toEqual([
      expect.objectContaining({ name: 'midnight', cron: '0 0 * * *', timezone: 'Europe/Amsterdam' }),
    ]);
  });
});

describe('the list of jobs', () => {
  test('every job has a valid schedule, a Dutch name and schedule text, and a unique name', () => {
    expect(new Set(JOBS.map((j) => j.name)).size).toBe(JOBS.length);
    for (const j of JOBS) {
      expect(nextRunAt(j.cron).getTime()).toBeGreaterThan(Date.now());
      expect(nl.jobs.names[j.name], j.name).toBeTruthy();
      expect(nl.jobs.schedules[j.name], j.name).toBeTruthy();
    }
  });
});

describe('failures', () => {
  test('a failing job is retried with backoff, each run recorded with its error', async () => {
    let calls = 0;
    const worker = await start(
      [
        job({
          name: 'photos',
          retryLimit: 2,
          retryDelaySeconds: 1,
          run: async () => {
            calls++;
            if (calls < 3) throw new Error(`disk full (${calls})`);
          },
        }),
      ],
      'a',
    );
    const id = await worker.boss.send('photos', {});
    const runs = await until(
      () => runsOf('photos'),
      (r) => r.length === 3 && r[2].outcome !== 'RUNNING',
      30_000,
    );
    expect(runs.map((r) => [r.attempt, r.outcome, r.error])).toEqual([
      [1, 'FAILED', 'disk full (1)'],
      [2, 'FAILED', 'disk full (2)'],
      [3, 'OK', null],
    ]);
    expect(new Set(runs.map((r) => r.queueJobId))).toEqual(new Set([id]));
    // Backoff: the retries waited.
    expect(runs[1].startedAt.getTime() - runs[0].finishedAt!.getTime()).toBeGreaterThanOrEqual(900);
    expect((await worker.boss.getJobById('photos', id!))?.state).toBe('completed');
  }, 40_000);

  test('a job that keeps failing ends failed in the queue; the editors see the runs, a partner sees nothing', async () => {
    const worker = await start(
      [job({ name: 'photos', retryLimit: 1, retryDelaySeconds: 1, run: () => Promise.reject(new Error('storage unreachable')) })],
      'a',
    );
    const id = await worker.boss.send('photos', {});
    await until(
      () => worker.boss.getJobById('photos', id!),
      (j) => j?.state === 'failed',
      30_000,
    );
    expect(await prisma.jobRun.count({ where: { job: 'photos', outcome: 'FAILED' } })).toBe(2);

    const editor: SessionUser = { id: 'e', role: 'EDITOR', name: 'Eva', organisationId: null, orgRole: 'MEMBER', locale: 'nl' };
    const partner: SessionUser = { id: 'p', role: 'PARTNER', name: 'Piet', organisationId: 'o', orgRole: 'ADMIN', locale: 'nl' };
    expect(await jobOverview(partner)).toBeNull();
    const overview = await jobOverview(editor);
    expect(overview!.map((j) => j.name)).toEqual(JOBS.map((j) => j.name));
    const photos = overview!.find((j) => j.name === 'photos')!;
    expect(photos).toMatchObject({
      lastRun: { state: 'FAILED', attempt: 2 },
      lastError: { message: 'storage unreachable' },
      failedLast24h: 2,
    });
    expect(photos.nextRunAt.getTime()).toBeGreaterThan(Date.now());
    expect(overview!.find((j) => j.name === 'mail')).toMatchObject({ lastRun: null, lastError: null, failedLast24h: 0 });
  }, 40_000);

  test('a run left "running" past its time limit (a crashed instance) shows as interrupted', async () => {
    const photos = JOBS.find((j) => j.name === 'photos')!;
    await prisma.jobRun.create({
      data: { job: 'photos', instance: 'gone:1', startedAt: new Date(Date.now() - (photos.expireInSeconds + 60) * 1000) },
    });
    const editor: SessionUser = { id: 'e', role: 'EDITOR', name: 'Eva', organisationId: null, orgRole: 'MEMBER', locale: 'nl' };
    expect((await jobOverview(editor))!.find((j) => j.name === 'photos')!.lastRun!.state).toBe('INTERRUPTED');
  });
});

describe('stopping', () => {
  test('a stopping worker lets its running job finish and fetches no new one', async () => {
    let started = 0;
    const slow = job({
      name: 'slow',
      run: async () => {
        started++;
        await sleep(1500);
      },
    });
    const worker = await start([slow], 'a');
    await worker.boss.send('slow', {});
    await until(
      () => runsOf('slow'),
      (r) => r.length === 1,
    );
    const sender = await start([], 'b');
    await worker.stop(10_000);
    // Stopped only after the run finished.
    expect((await runsOf('slow')).map((r) => r.outcome)).toEqual(['OK']);
    await sender.boss.send('slow', {});
    await sleep(1500);
    expect(started).toBe(1);
  });
});

describe('mail with two instances', () => {
  test('two senders on the same outbox send every message once', async () => {
    const received: string[] = [];
    const smtp = await startSmtpServer({
      onData(stream, _session, callback) {
        let data = '';
        stream.on('data', (chunk) => (data += chunk));
        stream.on('end', () => {
          received.push(/^Subject: (.*)$/m.exec(data)![1].trim());
          callback();
        });
      },
    });
    try {
      const count = 45; // more than one batch of each sender
      await prisma.outboxMessage.createMany({
        data: Array.from({ length: count }, (_, i) => ({
          to: `partner${i}@voorbeeld.nl`,
          subject: `Bericht ${i}`,
          template: 'Test',
          html: `<p>${i}</p>`,
          text: `${i}`,
          nextAttemptAt: new Date(Date.now() - 1000),
        })),
      });
      // Two copies of the sender, each with its own database pool: two instances.
      const instanceA = await import('@/lib/mail/sender');
      const shared = globalThis as unknown as { prisma?: unknown };
      const prismaA = shared.prisma;
      vi.resetModules();
      shared.prisma = undefined;
      const instanceB = await import('@/lib/mail/sender');
      const prismaB = shared.prisma as typeof prisma;
      shared.prisma = prismaA;
      expect(prismaB).not.toBe(prisma);
      expect(instanceB.deliverDueMail).not.toBe(instanceA.deliverDueMail);

      const rounds = async (sender: typeof instanceA) => {
        let sent = 0;
        for (let i = 0; i < 5; i++) sent += (await sender.deliverDueMail({ smtpUrl: smtp.url })).sent;
        return sent;
      };
      const [a, b] = await Promise.all([rounds(instanceA), rounds(instanceB)]);
      await prismaB.$disconnect();

      expect(a + b).toBe(count);
      expect(received.toSorted()).toEqual(Array.from({ length: count }, (_, i) => `Bericht ${i}`).toSorted());
      expect(await prisma.outboxMessage.count({ where: { status: 'SENT', attempts: 1 } })).toBe(count);
    } finally {
      await smtp.close();
    }
  });
});
