import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { SelectField } from '@/components/ui/Field';
import { secondaryButtonClass } from '@/components/ui/classes';
import type { PortalLocale } from '@/lib/i18n/locales';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { translateFixed, translateMessage } from '@/lib/i18n/translate';
import { formatDateTime } from '@/lib/i18n/format';
import { requireEditorAdmin } from '@/lib/auth/session';
import { AUDIT_GROUPS, LOG_PATH, auditLog, logFilters, logHref } from '@/lib/editors/audit-log';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.editors.log.pageTitle };
}

/**
 * What an entry is about, as the log's query wrote it in Dutch, in `locale`: the kind ("Partner", a
 * kind of offer) before a name ("Partner: Sportschool"), or before an id when the thing is gone.
 */
function entityText(label: string, locale: PortalLocale): string {
  const colon = label.indexOf(': ');
  if (colon >= 0) return `${translateMessage(label.slice(0, colon), locale)}: ${translateFixed(label.slice(colon + 2), locale)}`;
  const whole = translateMessage(label, locale);
  const space = label.lastIndexOf(' ');
  if (whole !== label || space < 0) return whole;
  return `${translateMessage(label.slice(0, space), locale)}${label.slice(space)}`;
}

/** "Logboek": who did what, newest first; filters in the URL (a plain GET form, no script needed). */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireEditorAdmin(LOG_PATH);
  const filters = logFilters(await searchParams);
  const log = await auditLog(user, filters);
  if (!log) notFound();
  const texts = await portalText();
  const locale = await requestLocale();
  const t = texts.editors.log;
  return (
    <PageMain wide>
      <p>
        <Link href="/redactie/beheer">← {texts.editors.adminHome.title}</Link>
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
                <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time>
              </p>
              <p className="font-semibold break-words">{translateMessage(e.actor, locale)}</p>
              <div className="min-w-0">
                <p>{translateMessage(e.action, locale)}</p>
                <p className="text-sm break-words text-muted">
                  {e.entity.href ? (
                    <Link href={e.entity.href}>{entityText(e.entity.label, locale)}</Link>
                  ) : (
                    entityText(e.entity.label, locale)
                  )}
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
