import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/layout/SiteHeader';
import { nl } from '@/lib/i18n/nl';
import { formatDateTime } from '@/lib/i18n/format';
import { requireEditor } from '@/lib/auth/session';
import { listUnconfirmedRegistrations, partnerTypeRequests } from '@/lib/partners/queries';
import { grantPartnerTypeAction } from '@/lib/partners/actions';
import { ActionForm } from '@/components/ui/ActionForm';
import { categoryLabel } from '@/lib/partners/categories';
import { orgName } from '@/lib/partners/names';
import { discountQueue, editorQueue, type QueueStatus } from '@/lib/offers/queries';
import type { OfferStatus } from '@/lib/generated/prisma/enums';

export const metadata: Metadata = { title: 'Redactie' };

const ORDER: QueueStatus[] = ['NONE', 'CHANGES_REQUESTED', 'DRAFT', 'AWAITING_PARTNER', 'PUBLISHED', 'WITHDRAWN'];
const ACTION_ORDER: OfferStatus[] = ['SUBMITTED', 'CHANGES_REQUESTED', 'DRAFT', 'AWAITING_PARTNER', 'PUBLISHED', 'WITHDRAWN'];

type QueueRow = { id: string; href: string; name: string; detail: string; status: string; urgent: boolean; since: Date };

function QueueList({ rows }: { rows: QueueRow[] }) {
  return (
    <ul className="mt-3 grid gap-3">
      {rows.map((r) => (
        <li key={r.id} className="rounded-lg bg-white p-4 sm:flex sm:items-center sm:justify-between sm:gap-4">
          <div>
            <p className="text-lg font-semibold">
              <Link href={r.href}>{r.name}</Link>
            </p>
            <p className="text-sm text-muted">{r.detail}</p>
          </div>
          <div className="mt-2 text-sm sm:mt-0 sm:text-right">
            <p className={r.urgent ? 'font-semibold text-danger' : 'font-semibold'}>{r.status}</p>
            <p className="text-muted">{formatDateTime(r.since)}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}

export default async function EditorHomePage() {
  await requireEditor();
  const [queue, discountActions, unconfirmed, requests] = await Promise.all([
    editorQueue(),
    discountQueue(),
    listUnconfirmedRegistrations(),
    partnerTypeRequests(),
  ]);
  const t = nl.editorHome;
  const s = nl.offer.statuses;
  const rows = [...queue.rows].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  const actions = [...discountActions].sort((a, b) => ACTION_ORDER.indexOf(a.status) - ACTION_ORDER.indexOf(b.status));
  return (
    <PageMain wide>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      {requests.length ? (
        <section aria-labelledby="requests-title" className="mt-6">
          <h2 id="requests-title" className="text-xl font-bold">
            {t.requests.title}
          </h2>
          <ul className="mt-3 grid gap-3">
            {requests.map((r) => (
              <li key={r.id} className="rounded-lg border-l-4 border-focus bg-white p-4">
                <p className="text-lg font-semibold">
                  <Link href={`/redactie/partners/${r.id}`}>{orgName(r)}</Link>
                </p>
                <p className="text-sm text-muted">{t.requests.discounts(formatDateTime(r.partnerTypeRequestedAt ?? new Date()))}</p>
                <ActionForm
                  action={grantPartnerTypeAction}
                  fields={[]}
                  hidden={{ organisationId: r.id }}
                  submit={t.requests.grant}
                  pending={t.requests.granting}
                  hideAfterSuccess
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="queue-title" className="mt-6">
        <h2 id="queue-title" className="text-xl font-bold">
          {nl.offer.editor.queue}: {nl.offer.editor.listingTitle.toLowerCase()}
        </h2>
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Aantallen per status">
          {ORDER.map((status) => (
            <li key={status} className="rounded-full bg-white px-3 py-1 text-sm">
              {s[status]}: <strong>{queue.counts[status]}</strong>
            </li>
          ))}
        </ul>
        {rows.length === 0 ? (
          <p className="mt-3 rounded-lg bg-white p-5">{t.empty}</p>
        ) : (
          <QueueList
            rows={rows.map((r) => ({
              id: r.id,
              href: `/redactie/partners/${r.id}`,
              name: r.name,
              detail: categoryLabel(r.category),
              status: `${s[r.status]}${r.online && r.status !== 'PUBLISHED' ? ' · online' : ''}`,
              urgent: r.status === 'NONE' || r.status === 'CHANGES_REQUESTED',
              since: r.since,
            }))}
          />
        )}
      </section>
      <section aria-labelledby="actions-title" className="mt-8">
        <h2 id="actions-title" className="text-xl font-bold">
          {nl.offer.editor.queue}: {nl.discount.editor.title.toLowerCase()}
        </h2>
        {actions.length === 0 ? (
          <p className="mt-3 rounded-lg bg-white p-5">{nl.discount.editor.empty}</p>
        ) : (
          <QueueList
            rows={actions.map((a) => ({
              id: a.id,
              href: `/redactie/acties/${a.id}`,
              name: `${a.name}: ${a.title}`,
              detail: nl.offer.kinds.DISCOUNT_ACTION,
              status: a.expired ? nl.discount.partner.expired : s[a.status],
              urgent: a.status === 'SUBMITTED' || a.status === 'CHANGES_REQUESTED',
              since: a.since,
            }))}
          />
        )}
      </section>
      {unconfirmed.length ? (
        <section aria-labelledby="unconfirmed-title" className="mt-8">
          <h2 id="unconfirmed-title" className="text-xl font-bold">
            {t.statuses.REGISTERED} <span className="font-normal text-muted">({t.count(unconfirmed.length)})</span>
          </h2>
          <ul className="mt-3 grid gap-2">
            {unconfirmed.map((r) => (
              <li key={r.id} className="rounded-lg bg-white p-3">
                <span className="font-semibold">{orgName(r)}</span>{' '}
                <span className="text-sm text-muted">
                  · {nl.partnerTypeShort[r.partnerType]} · {formatDateTime(r.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </PageMain>
  );
}
