// Runs once when the server starts: background work that must not wait for a request.
//  - the job worker (lib/jobs/worker.ts, ADR 0030): mail, photo cleanup, the catalog, the daily and
//    the midnight job run on a queue in PostgreSQL, each once per cluster however many instances run
//    it. JOBS_WORKER=0 leaves it to other instances. On SIGTERM it finishes its running jobs.
//  - this instance's own cached pages are made anew as soon as it answers (ADR 0009): a request to
//    itself, because Next.js can only drop cached pages inside a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { jobToken, jobWorkerEnabled, markPagesFresh } = await import('@/lib/jobs');

  if (jobWorkerEnabled()) {
    const { startAppJobWorker } = await import('@/lib/jobs/worker');
    const { env } = await import('@/lib/env');
    // Not awaited: the server answers (and /api/health says why) while the queue starts.
    startAppJobWorker(env().DATABASE_URL).catch((error) => console.error('[jobs] the job worker did not start', error));
  } else console.log('[jobs] JOBS_WORKER=0: this instance runs no background jobs');

  if (!jobToken()) return console.warn('[daily] AUTH_SECRET is not set: the daily job does not run');
  const { requestDailyWork } = await import('@/lib/jobs/definitions');
  // At start: as soon as the server answers (it starts listening after this function returns).
  const gaveUp = (error: unknown) => {
    console.error('[daily] could not reach this server at start: cached pages may be from an earlier run', error);
    markPagesFresh();
  };
  const atStart = (attempt = 0) =>
    setTimeout(() => requestDailyWork('?only=pages').catch((error) => (attempt < 60 ? atStart(attempt + 1) : gaveUp(error))), 500).unref();
  atStart();
}
