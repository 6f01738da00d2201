import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { SelectField } from '@/components/ui/Field';
import { secondaryButtonClass } from '@/components/ui/classes';
import { nl } from '@/lib/i18n/nl';
import { formatDateTime } from '@/lib/i18n/format';
import { requireEditorAdmin } from '@/lib/auth/session';
import { AUDIT_GROUPS, LOG_PATH, auditLog, logFilters, logHref } from '@/lib/editors/audit-log';

export const metadata: Metadata = { title: nl.editors.log.pageTitle };

/** "Logboek": who did what, newest first; filters in the URL (a plain GET form, no script needed). */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireEditorAdmin(LOG_PATH);
  const filters = logFilters(await searchParams);
  const log = await auditLog(user, filters);
  if (!log) notFound();
  const t = nl.editors.log;
  return (
    <PageMain wide>
      <p>
        <Link href="/redactie/beheer">← {nl.editors.adminHome.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t.title}</h1>
      <p className="mt-2 max-w-prose">{t.intro}</p>

      <form method="get" action={LOG_PATH} aria-label={t.filters} className="mt-6 flex flex-wrap items-end gap-4 rounded-lg bg-white p-4">
        <SelectField name="wie" label={t.byActor} defaultValue={filters.actorId ?? ''} className="w-full sm:w-64">
          <option value="">{t.anyone}</option>
          {log.editors.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </SelectField>
        <SelectField name="soort" label={t.byGroup} defaultValue={filters.group ?? ''} className="w-full sm:w-64">
          <option value="">{t.anything}</option>
          {AUDIT_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t.groups[g]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className={secondaryButtonClass}>
          {t.apply}
        </button>
      </form>

      <p className="mt-6 text-sm text-muted" role="status">
        {t.count(log.total)}
        {log.pages > 1 ? ` · ${t.page(filters.page, log.pages)}` : ''}
      </p>
      {log.entries.length === 0 ? (
        <p className="mt-3">{t.empty}</p>
      ) : (
        <ol className="mt-3 divide-y divide-line/30 rounded-lg bg-white">
          {log.entries.map((e) => (
            <li key={e.id} className="grid gap-1 p-4 md:grid-cols-[11rem_12rem_1fr] md:gap-4">
              <p className="text-sm text-muted">
                <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
              </p>
              <p className="font-semibold break-words">{e.actor}</p>
              <div className="min-w-0">
                <p>{e.action}</p>
                <p className="text-sm break-words text-muted">
                  {e.entity.href ? <Link href={e.entity.href}>{e.entity.label}</Link> : e.entity.label}
                  {e.detail ? ` · ${e.detail}` : ''}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
      {log.pages > 1 ? (
        <nav aria-label={t.pagination} className="mt-4 flex justify-between gap-4">
          {filters.page > 1 ? <Link href={logHref({ ...filters, page: filters.page - 1 })}>{t.previous}</Link> : <span />}
          {filters.page < log.pages ? <Link href={logHref({ ...filters, page: filters.page + 1 })}>{t.next}</Link> : null}
        </nav>
      ) : null}
    </PageMain>
  );
}
