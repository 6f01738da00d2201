import PgBoss from 'pg-boss';
import { env } from '@/lib/env';
import { onShutdown } from '@/lib/shutdown';
import type { JobName } from './definitions';

// A job sent now, rather than at its next scheduled run (ADR 0030): e.g. the geocode job after a
// registration. Through this instance's own worker when it runs one (registered by
// startAppJobWorker), else through a pg-boss that only sends (JOBS_WORKER=0: another instance works
// the queue). On globalThis: the instrumentation's bundle and the app's each load this module.

const state = globalThis as unknown as { __dordtpasJobSender?: Promise<PgBoss> };

/** The worker's queue, used for sending from now on. */
export function sendThrough(boss: PgBoss): void {
  state.__dordtpasJobSender = Promise.resolve(boss);
}

function sender(): Promise<PgBoss> {
  state.__dordtpasJobSender ??= (async () => {
    // Sends only: no maintenance, no schedules, no migrations (the workers' pg-boss does those).
    const boss = new PgBoss({
      connectionString: env().DATABASE_URL,
      schema: 'pgboss',
      max: 1,
      application_name: 'dordtpas-jobs-send',
      supervise: false,
      schedule: false,
      migrate: false,
    });
    boss.on('error', (error) => console.error(`[jobs] queue error: ${error.message}`));
    await boss.start();
    onShutdown('jobs-send', () => boss.stop({ graceful: false }));
    return boss;
  })().catch((error) => {
    state.__dordtpasJobSender = undefined;
    throw error;
  });
  return state.__dordtpasJobSender;
}

/**
 * Puts a run of `name` on the queue; never throws (it runs after a response, in `after()`): a job
 * that could not be sent runs at its next scheduled time anyway. Returns whether it was sent.
 */
export async function sendJob(name: JobName): Promise<boolean> {
  try {
    return (await (await sender()).send(name, {})) !== null;
  } catch (error) {
    console.error(`[jobs] could not send ${name}; it runs at its next scheduled time`, error);
    return false;
  }
}
