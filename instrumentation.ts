// Runs once when the server starts: background work that must not wait for a request.
//  - the mail worker retries the outbox with backoff (only with SMTP_URL);
//  - photos that were uploaded but never attached are removed after a day;
//  - the catalog's entries are made from the offers if they disagree (e.g. after the migration);
//  - the daily job (/api/jobs/daily): at start, every hour and just after midnight the public pages
//    are made anew and partners are told once that an action has ended. It is a request the server
//    sends to itself, because Next.js can only drop cached pages inside a request (ADR 0009).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const every = (ms: number, job: () => Promise<unknown>, label: string) =>
    setInterval(() => job().catch((error) => console.error(`[${label}] failed`, error)), ms).unref();

  if (process.env.SMTP_URL) {
    const { deliverDueMail } = await import('@/lib/mail/sender');
    every(15_000, () => deliverDueMail(), 'mail');
  }
  const { cleanupUnusedPhotos } = await import('@/lib/photos/service');
  every(60 * 60 * 1000, () => cleanupUnusedPhotos(), 'photos');

  const { rebuildCatalog } = await import('@/lib/offers/catalog');
  await rebuildCatalog().catch((error) => console.error('[catalog] rebuild failed', error));

  const { jobToken, markPagesFresh } = await import('@/lib/jobs');
  const { secondsUntilTomorrow } = await import('@/lib/i18n/format');
  const token = jobToken();
  if (!token) return console.warn('[daily] AUTH_SECRET is not set: the daily job does not run');
  const runDaily = async () => {
    const response = await fetch(`http://127.0.0.1:${process.env.PORT ?? 3000}/api/jobs/daily`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  };
  // At start: as soon as the server answers (it starts listening after this function returns).
  const gaveUp = (error: unknown) => {
    console.error('[daily] could not reach this server at start: cached pages may be from an earlier run', error);
    markPagesFresh();
  };
  const atStart = (attempt = 0) =>
    setTimeout(() => runDaily().catch((error) => (attempt < 60 ? atStart(attempt + 1) : gaveUp(error))), 500).unref();
  atStart();
  every(60 * 60 * 1000, runDaily, 'daily');
  const atMidnight = () =>
    setTimeout(
      () =>
        runDaily()
          .catch((error) => console.error('[daily] failed', error))
          .finally(atMidnight),
      secondsUntilTomorrow() * 1000 + 5_000,
    ).unref();
  atMidnight();
}
