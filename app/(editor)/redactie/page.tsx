import type { Metadata } from 'next';
import { PageMain } from '@/components/layout/SiteHeader';
import { nl } from '@/lib/i18n/nl';
import { formatDateTime } from '@/lib/i18n/format';
import { requireEditor } from '@/lib/auth/session';
import { listNewRegistrations } from '@/lib/partners/queries';
import { categoryLabel } from '@/lib/partners/categories';

export const metadata: Metadata = { title: 'Redactie' };

export default async function EditorHomePage() {
  await requireEditor();
  const registrations = await listNewRegistrations();
  const t = nl.editorHome;
  return (
    <PageMain>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <section aria-labelledby="new-title" className="mt-6">
        <h2 id="new-title" className="text-xl font-bold">
          {t.newRegistrations} <span className="font-normal text-muted">({t.count(registrations.length)})</span>
        </h2>
        {registrations.length === 0 ? (
          <p className="mt-3 rounded-lg bg-white p-5">{t.empty}</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {registrations.map((r) => (
              <li key={r.id} className="rounded-lg bg-white p-4 sm:flex sm:items-start sm:justify-between sm:gap-4">
                <div>
                  <p className="text-lg font-semibold">{r.displayName || r.legalName}</p>
                  {r.displayName ? <p className="text-sm text-muted">{r.legalName}</p> : null}
                  <p className="mt-1 text-sm">
                    {nl.partnerTypeShort[r.partnerType]} · {categoryLabel(r.category)}
                  </p>
                </div>
                <div className="mt-2 text-sm sm:mt-0 sm:text-right">
                  <p>
                    <span className="sr-only">{t.columns.registered}: </span>
                    {formatDateTime(r.createdAt)}
                  </p>
                  <p className={r.status === 'CONFIRMED' ? 'font-semibold text-ok' : 'text-muted'}>{t.statuses[r.status]}</p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageMain>
  );
}
