import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { formatDateTime } from '@/lib/i18n/format';
import type { PortalLocale } from '@/lib/i18n/locales';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { requireEditor } from '@/lib/auth/session';
import { jobOverview, type RunState } from '@/lib/jobs/queries';
import { jobWorkerEnabled } from '@/lib/jobs';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.jobs.pageTitle };
}

const stateClass: Record<RunState, string> = {
  OK: 'bg-ok-light text-ok',
  FAILED: 'bg-danger-light text-danger',
  INTERRUPTED: 'bg-danger-light text-danger',
  RUNNING: 'bg-brand-light text-brand-dark',
};

const When = ({ date, locale }: { date: Date; locale: PortalLocale }) => (
  <time dateTime={date.toISOString()}>{formatDateTime(date, locale)}</time>
);

/** "Achtergrondtaken": per background job its last run, last error, next run and failures of the last day (ADR 0030). */
export default async function JobsPage() {
  const user = await requireEditor('/redactie/taken');
  const jobs = await jobOverview(user);
  if (!jobs) notFound();
  const t = (await portalText()).jobs;
  const locale = await requestLocale();
  const neverRan = jobs.every((j) => !j.lastRun);
  return (
    <PageMain wide>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-2 max-w-prose">{t.intro}</p>
      {jobWorkerEnabled() ? null : <p className="mt-4 max-w-prose rounded-lg bg-white p-4">{t.noWorker}</p>}
      {neverRan ? <p className="mt-4 max-w-prose">{t.empty}</p> : null}
      <ul className="mt-6 grid gap-4 lg:grid-cols-2">
        {jobs.map((job) => (
          <li key={job.name} className="rounded-lg bg-white p-4 sm:p-5">
            <h2 className="text-lg font-semibold">{t.names[job.name]}</h2>
            <p className="text-sm text-muted">{t.schedules[job.name]}</p>
            <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
              <dt className="font-semibold">{t.lastRun}</dt>
              <dd>
                {job.lastRun ? (
                  <>
                    <span className={`mr-2 inline-block rounded-full px-2 text-sm font-semibold ${stateClass[job.lastRun.state]}`}>
                      {t.states[job.lastRun.state]}
                    </span>
                    <When date={job.lastRun.startedAt} locale={locale} />
                    {job.lastRun.durationMs === null ? '' : ` · ${t.duration(job.lastRun.durationMs)}`}
                    {job.lastRun.attempt > 1 ? ` · ${t.attempt(job.lastRun.attempt)}` : ''}
                  </>
                ) : (
                  t.never
                )}
              </dd>
              <dt className="font-semibold">{t.nextRun}</dt>
              <dd>
                <When date={job.nextRunAt} locale={locale} />
              </dd>
              <dt className="font-semibold">{t.failed24h}</dt>
              <dd className={job.failedLast24h > 0 ? 'font-semibold text-danger' : undefined}>{job.failedLast24h}</dd>
              <dt className="font-semibold">{t.lastError}</dt>
              <dd className="min-w-0 break-words">
                {job.lastError ? (
                  <>
                    <When date={job.lastError.startedAt} locale={locale} />:{' '}
                    <span className="font-mono text-sm">{job.lastError.message}</span>
                  </>
                ) : (
                  t.noError
                )}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </PageMain>
  );
}
