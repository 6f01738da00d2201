import { hostname } from 'node:os';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { JOBS, JOBS_TIME_ZONE, type JobDefinition } from '@/lib/jobs/definitions';
import { recordRun } from '@/lib/jobs/runs';
import { onShutdown, stopping } from '@/lib/shutdown';
import { sendThrough } from '@/lib/jobs/send';
import { env } from '@/lib/env';

// The job worker (ADR 0030): pg-boss on the app's PostgreSQL, in its own schema. Any number of
// instances may run it; pg-boss lets one of them per cron interval turn a due schedule into a job
// (once per minute slot, a singleton), and a job is fetched by one worker (FOR UPDATE SKIP LOCKED).

export type JobWorkerOptions = {
  connectionString: string;
  /** The jobs to schedule and work; the portal's by default (tests bring their own). */
  jobs?: readonly JobDefinition[];
  /** pg-boss's schema; beside Prisma's tables, never managed by Prisma. */
  schema?: string;
  /** How often an idle worker asks for a job of each queue. */
  pollingIntervalSeconds?: number;
  /**
   * How often the due schedules are checked and turned into jobs, once per cluster per interval. A
   * check that finds the last one a hair under the interval ago skips, so a due job waits up to twice this.
   */
  cronIntervalSeconds?: number;
  /** Connections of the worker's own pool. */
  max?: number;
  /** Names this process in the recorded runs. */
  instance?: string;
};

export type JobWorker = {
  boss: PgBoss;
  /** Fetches no new job, lets the running ones finish for at most `timeoutMs`, closes the pool. */
  stop: (timeoutMs?: number) => Promise<void>;
};

/** How long a stopping instance waits for its running jobs: below a platform's usual 30 s grace period. */
export const STOP_TIMEOUT_MS = 20_000;

export const thisInstance = () => `${hostname()}:${process.pid}`;

export async function startJobWorker(options: JobWorkerOptions): Promise<JobWorker> {
  const jobs: readonly JobDefinition[] = options.jobs ?? JOBS;
  const {
    connectionString,
    schema = 'pgboss',
    pollingIntervalSeconds = 5,
    cronIntervalSeconds = 10,
    max = 2,
    instance = thisInstance(),
  } = options;
  const boss = new PgBoss({
    connectionString,
    schema,
    max,
    application_name: 'dordtpas-jobs',
    cronMonitorIntervalSeconds: cronIntervalSeconds,
    cronWorkerIntervalSeconds: Math.min(5, cronIntervalSeconds),
    // Finished jobs stay a week in pg-boss's archive; the runs the editors see are in JobRun.
    deleteAfterDays: 7,
  });
  // An EventEmitter without an 'error' listener would crash the process on a lost connection.
  // (One line: while the database restarts, every poll reports the same lost connection.)
  boss.on('error', (error) => console.error(`[jobs] queue error: ${error.message}`));
  await boss.start();

  try {
    await withSetupLock(connectionString, schema, () => retryOnDeadlock(() => setUp(boss, jobs)));
    for (const job of jobs) {
      await boss.work(job.name, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds }, async ([queued]) =>
        recordRun(job.name, { queueJobId: queued.id, attempt: queued.retryCount + 1, instance }, job.run),
      );
      if (job.atStart && !stopping())
        // Several instances starting together: one run (singleton for the first minute).
        await boss.send(job.name, {}, { singletonKey: 'at-start', singletonSeconds: 60 });
    }
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return {
    boss,
    stop: (timeoutMs = STOP_TIMEOUT_MS) => (stopped ??= boss.stop({ graceful: true, wait: true, timeout: timeoutMs })),
  };
}

/** Started by instrumentation.ts unless JOBS_WORKER=0; stopped gracefully on SIGTERM (lib/shutdown.ts). */
export async function startAppJobWorker(connectionString: string): Promise<JobWorker> {
  const worker = await startJobWorker({ connectionString });
  sendThrough(worker.boss);
  // Within the server's bound on the shutdown hooks (SHUTDOWN_TIMEOUT_MS, ADR 0033), so that pg-boss
  // still closes its pool itself when a job outlasts it.
  onShutdown('jobs', () => worker.stop(Math.max(1_000, Math.min(STOP_TIMEOUT_MS, env().SHUTDOWN_TIMEOUT_MS - 1_000))));
  return worker;
}

/** The queues and their schedules, as the list says. */
async function setUp(boss: PgBoss, jobs: readonly JobDefinition[]) {
  for (const job of jobs) {
    const queue = {
      policy: 'standard' as const,
      retryLimit: job.retryLimit,
      retryDelay: job.retryDelaySeconds,
      retryBackoff: job.retryDelaySeconds > 0,
      expireInSeconds: job.expireInSeconds,
    };
    await boss.createQueue(job.name, { name: job.name, ...queue });
    // createQueue leaves an existing queue as it is: a changed retry or time limit is applied here.
    await boss.updateQueue(job.name, { name: job.name, ...queue });
    const { policy: _, ...sendOptions } = queue;
    await boss.schedule(job.name, job.cron, {}, { ...sendOptions, tz: JOBS_TIME_ZONE });
  }
  // A job removed from the list stops being planned.
  const known = new Set(jobs.map((j) => j.name));
  for (const s of await boss.getSchedules()) if (!known.has(s.name)) await boss.unschedule(s.name);
}

/**
 * A new queue is a new partition of pg-boss's job table, attached while the other instances' workers
 * read that table: PostgreSQL may then end one of them as a deadlock (found by tests/unit/jobs.test.ts
 * on Node 22). It is a transient error by design — the other side went on — so the setup, which
 * changes nothing twice (createQueue of an existing queue does nothing), is simply run again.
 */
export async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= attempts) throw error;
      console.warn(`[jobs] the queues' setup met a deadlock (attempt ${attempt}), trying again`);
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    }
  }
}

/**
 * One instance at a time sets the queues up: pg-boss's create_queue makes a table per queue, and two
 * instances creating the same queues at once deadlock (found by tests/unit/jobs.test.ts). A session
 * advisory lock on a connection of its own, released when it ends. (On the embedded PGlite every
 * connection is one session, so the lock is always free there; there is one instance anyway.)
 */
async function withSetupLock(connectionString: string, schema: string, work: () => Promise<void>) {
  const client = new pg.Client({ connectionString, application_name: 'dordtpas-jobs-setup' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`${schema}.setup`]);
    await work();
  } finally {
    await client.end();
  }
}
