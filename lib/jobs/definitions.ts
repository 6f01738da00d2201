import cronParser from 'cron-parser';
import { jobToken } from '@/lib/jobs';

// The background jobs of the portal (ADR 0030). Each runs on the pg-boss queue (lib/jobs/worker.ts):
// its schedule fires once per cluster however many instances run the worker; a failure is retried
// with backoff; every run is recorded (JobRun, shown at /redactie/taken). The handlers import their
// modules when they run, so the editors' page can read this list without loading them.

/** Dordrecht's clock: "midnight" is the municipality's, summer time included. */
export const JOBS_TIME_ZONE = 'Europe/Amsterdam';

export type JobDefinition = {
  name: string;
  /** Five-field cron in JOBS_TIME_ZONE. */
  cron: string;
  /** Retries after a failed run (pg-boss retryLimit), with backoff from retryDelaySeconds. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** A run taking longer than this is failed by the queue (and retried). */
  expireInSeconds: number;
  /** Also sent once when a worker starts (e.g. the catalog after a migration). */
  atStart?: boolean;
  run: () => Promise<unknown>;
};

/** A request to this server's own /api/jobs/daily: Next.js drops cached pages only inside a request (ADR 0009). */
export async function requestDailyWork(query = ''): Promise<unknown> {
  const token = jobToken();
  if (!token) throw new Error('AUTH_SECRET is not set: /api/jobs/daily refuses every request');
  const response = await fetch(`http://127.0.0.1:${process.env.PORT ?? 3000}/api/jobs/daily${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  if (!response.ok)
    throw new Error(`/api/jobs/daily answered HTTP ${response.status}${body?.error ? ` (error id ${body.error} in the server log)` : ''}`);
  return body;
}

export const JOBS = [
  {
    // The outbox, every minute: what the immediate delivery after an action (kickMailer) missed,
    // and the retries with backoff (lib/mail/sender.ts). A message's own attempts are its retries.
    name: 'mail',
    cron: '* * * * *',
    retryLimit: 0,
    retryDelaySeconds: 0,
    expireInSeconds: 5 * 60,
    run: async () => (await import('@/lib/mail/sender')).deliverDueMail(),
  },
  {
    // Expiry notices, approval reminders, old sessions and counters, retention, the public pages.
    name: 'daily',
    cron: '30 * * * *',
    retryLimit: 3,
    retryDelaySeconds: 60,
    expireInSeconds: 10 * 60,
    run: () => requestDailyWork(),
  },
  {
    // Just after Dordrecht's midnight: actions past their last day leave the public pages.
    name: 'midnight',
    cron: '0 0 * * *',
    retryLimit: 5,
    retryDelaySeconds: 30,
    expireInSeconds: 10 * 60,
    run: () => requestDailyWork(),
  },
  {
    name: 'photos',
    cron: '15 * * * *',
    retryLimit: 3,
    retryDelaySeconds: 60,
    expireInSeconds: 10 * 60,
    run: async () => (await import('@/lib/photos/service')).cleanupUnusedPhotos(),
  },
  {
    // The catalog's entries made from the offers where they disagree (after a migration, at a deploy).
    name: 'catalog',
    cron: '0 4 * * *',
    retryLimit: 3,
    retryDelaySeconds: 30,
    expireInSeconds: 10 * 60,
    atStart: true,
    run: async () => (await import('@/lib/offers/catalog')).rebuildCatalog(),
  },
  {
    // Coordinates of locations that have none (ADR 0036), a few at a time: hourly, at start, and sent
    // (sendJob) right after a registration or a location the editors applied.
    name: 'geocode',
    cron: '5 * * * *',
    retryLimit: 2,
    retryDelaySeconds: 60,
    expireInSeconds: 5 * 60,
    atStart: true,
    run: async () => (await import('@/lib/locations/geocode')).geocodeLocations(),
  },
] as const satisfies readonly JobDefinition[];

export type JobName = (typeof JOBS)[number]['name'];

/** When the schedule fires next after `from`. */
export function nextRunAt(cron: string, from = new Date()): Date {
  return cronParser.parseExpression(cron, { tz: JOBS_TIME_ZONE, currentDate: from }).next().toDate();
}
