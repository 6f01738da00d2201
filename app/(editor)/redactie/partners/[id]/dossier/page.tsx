import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { PageMain } from '@/components/layout/SiteHeader';
import { HistoryItem } from '@/components/offer/History';
import { Panel } from '@/components/ui/Panel';
import { requireEditor } from '@/lib/auth/session';
import { formatAddress, formatDate, formatDateTime, formatIsoDate } from '@/lib/i18n/format';
import { formatPhone } from '@/lib/i18n/phone';
import type { PortalLocale } from '@/lib/i18n/locales';
import type { PortalMessages } from '@/lib/i18n/portal';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { translateMessage } from '@/lib/i18n/translate';
import { categoryLabel } from '@/lib/partners/categories';
import { orgName } from '@/lib/partners/names';
import { partnerRecord, RECORD_MAILS, type PartnerRecord, type RecordOffer } from '@/lib/partners/record';
import { InactivePartnerNote } from '../../../InactivePartnerNote';
import { NoteForm, StatusForm } from './RecordForms';

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<{ mails?: string }> };

type Texts = PortalMessages['record'];

// Only for an editor (requireEditor before reading, and partnerRecord checks the role again), read
// once per request for the title and the page.
const record = cache(async (id: string, mails: number) =>
  partnerRecord(await requireEditor(`/redactie/partners/${id}/dossier`), id, { mails }),
);

/** How many mails to list: ?mails=100 after "meer", within reason. */
async function mailLimit(searchParams: Props['searchParams']): Promise<number> {
  const asked = Number((await searchParams)?.mails);
  return Number.isInteger(asked) && asked > RECORD_MAILS ? Math.min(asked, 1000) : RECORD_MAILS;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const found = await record((await params).id, await mailLimit(searchParams));
  const t = (await portalText()).record;
  return { title: found ? t.pageTitle(orgName(found.organisation)) : t.title };
}

export default async function PartnerRecordPage({ params, searchParams }: Props) {
  const { id } = await params;
  const limit = await mailLimit(searchParams);
  const found = await record(id, limit);
  if (!found) notFound();
  const org = found.organisation;
  const name = orgName(org);
  const texts = await portalText();
  const locale = await requestLocale();
  const t = texts.record;
  return (
    <PageMain wide>
      <p>
        <Link href={`/redactie/partners/${org.id}`}>← {t.back}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        {t.title}: {name}
      </h1>
      <p className="mt-1 text-muted">
        {org.legalName} · KvK {org.kvkNumber} · {t.data.statuses[org.status]}
      </p>
      <InactivePartnerNote organisation={org} recordLink={false} />

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <DataSection texts={texts} locale={locale} organisation={org} />
        <div className="grid content-start gap-6">
          <UsersSection t={t} locale={locale} users={found.users} />
          <Panel id="status-title" title={org.status === 'INACTIVE' ? t.reactivate.title : t.deactivate.title} className={box}>
            {org.status === 'CONFIRMED' || org.status === 'INACTIVE' ? (
              <StatusForm organisationId={org.id} version={org.version} inactive={org.status === 'INACTIVE'} />
            ) : (
              <p className="mt-2">{t.deactivate.notConfirmed}</p>
            )}
          </Panel>
        </div>
      </div>

      <OffersSection texts={texts} locale={locale} offers={found.offers} />

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Panel id="notes-title" title={t.notes.title} className={box}>
          <NoteForm organisationId={org.id} />
          {found.notes.length === 0 ? (
            <p className="mt-4 text-muted">{t.notes.empty}</p>
          ) : (
            <ol className="mt-4 space-y-3">
              {found.notes.map((n) => (
                <li key={n.id} className="border-l-4 border-focus pl-3">
                  <p className="text-sm text-muted">
                    <span className="font-semibold text-ink">{n.authorName}</span> · {formatDateTime(n.createdAt, locale)}
                  </p>
                  <p className="mt-1 whitespace-pre-line">{n.text}</p>
                </li>
              ))}
            </ol>
          )}
        </Panel>
        <MailsSection t={t} locale={locale} record={found} limit={limit} />
      </div>

      <HistorySection t={t} locale={locale} events={found.events} />
    </PageMain>
  );
}

const box = 'rounded-lg bg-white p-5';

function Row({ label, none, children }: { label: string; none: string; children: ReactNode }) {
  return (
    <div className="sm:grid sm:grid-cols-[12rem_1fr] sm:gap-3">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="whitespace-pre-line">{children || none}</dd>
    </div>
  );
}

function DataSection({
  texts,
  locale,
  organisation: org,
}: {
  texts: PortalMessages;
  locale: PortalLocale;
  organisation: PartnerRecord['organisation'];
}) {
  const d = texts.record.data;
  const postal =
    org.postalStreet && org.postalPostcode
      ? formatAddress({
          street: org.postalStreet,
          houseNumber: org.postalHouseNumber ?? '',
          addition: org.postalAddition ?? '',
          postcode: org.postalPostcode,
          city: org.postalCity ?? '',
        })
      : d.samePostal;
  const visit = formatAddress({
    street: org.visitStreet,
    houseNumber: org.visitHouseNumber,
    addition: org.visitAddition,
    postcode: org.visitPostcode,
    city: org.visitCity,
  });
  // When, by whom and why it ended, was refused or deactivated, beside the status.
  const ended =
    org.status === 'CLOSED'
      ? { at: org.closedAt, by: org.closedByName, reason: org.closedReason }
      : org.status === 'REJECTED'
        ? { at: org.rejectedAt, by: org.rejectedByName, reason: org.rejectedReason }
        : org.status === 'INACTIVE'
          ? { at: org.deactivatedAt, by: org.deactivatedByName, reason: org.deactivatedReason }
          : null;
  return (
    <Panel id="data-title" title={d.title} className={box}>
      <dl className="mt-3 space-y-2">
        <Row label={d.status} none={d.none}>
          {d.statuses[org.status]}
          {ended?.at ? ` ${d.since(formatDate(ended.at, locale), ended.by ?? '')}` : ''}
        </Row>
        {ended?.reason ? (
          <Row label={d.reason} none={d.none}>
            {ended.reason}
          </Row>
        ) : null}
        <Row label={d.legalName} none={d.none}>
          {org.legalName}
        </Row>
        <Row label={d.displayName} none={d.none}>
          {org.displayName ?? ''}
        </Row>
        <Row label={d.kvk} none={d.none}>
          {org.kvkNumber}
        </Row>
        <Row label={d.partnerType} none={d.none}>
          {texts.partnerTypeShort[org.partnerType]}
        </Row>
        <Row label={d.category} none={d.none}>
          {translateMessage(categoryLabel(org.category), locale)}
        </Row>
        <Row label={d.visitAddress} none={d.none}>
          {visit}
        </Row>
        <Row label={d.postalAddress} none={d.none}>
          {postal}
        </Row>
        <Row label={d.description} none={d.none}>
          {org.description}
        </Row>
        <Row label={d.registered} none={d.none}>
          {formatDateTime(org.createdAt, locale)}
        </Row>
        <Row label={d.confirmedAt} none={d.none}>
          {org.confirmedAt ? formatDateTime(org.confirmedAt, locale) : ''}
        </Row>
        <Row label={d.terms} none={d.none}>
          {d.termsAccepted(org.termsVersion, formatDate(org.termsAcceptedAt, locale))}
        </Row>
      </dl>
    </Panel>
  );
}

function UsersSection({ t, locale, users }: { t: Texts; locale: PortalLocale; users: PartnerRecord['users'] }) {
  const u = t.users;
  return (
    <Panel id="users-title" title={u.title} className={box}>
      {users.length === 0 ? (
        <p className="mt-2 text-muted">{u.empty}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {users.map((user) => (
            <li key={user.id} className="border-l-4 border-brand-light pl-3">
              <p className="font-semibold">
                {user.name} <span className="font-normal text-muted">· {u.roles[user.orgRole ?? 'MEMBER']}</span>
              </p>
              <p className="[overflow-wrap:anywhere]">
                <a href={`mailto:${user.email}`}>{user.email}</a>
                {user.phone ? ` · ${formatPhone(user.phone)}` : ''}
              </p>
              <p className="text-sm text-muted">
                {u.confirmed}: {user.emailConfirmedAt ? `${u.yes}, ${formatDate(user.emailConfirmedAt, locale)}` : u.no}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function OffersSection({ texts, locale, offers }: { texts: PortalMessages; locale: PortalLocale; offers: RecordOffer[] }) {
  const o = texts.record.offers;
  return (
    <Panel id="offers-title" title={o.title} className={`mt-6 ${box}`}>
      {offers.length === 0 ? (
        <p className="mt-2 text-muted">{o.empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line/40">
          {offers.map((offer) => (
            <li key={offer.id} className="py-3 lg:grid lg:grid-cols-[1fr_14rem_18rem] lg:gap-4">
              <div>
                <p className="text-sm text-muted">{texts.offer.kinds[offer.kind]}</p>
                <p className="font-semibold">{offer.href ? <Link href={offer.href}>{offer.title}</Link> : offer.title}</p>
              </div>
              <p className="mt-1 lg:mt-0">
                <span className="sr-only">{o.status}: </span>
                {texts.offer.statuses[offer.status]}
                {offer.online ? ' · online' : ''}
              </p>
              <div className="mt-1 text-sm lg:mt-0">
                {offer.wait ? (
                  <>
                    <p>
                      {o.waiting} {o.on[offer.wait.on]}: {o.since(offer.wait.workingDays, formatDate(offer.wait.since, locale))}
                    </p>
                    {offer.wait.overdue ? (
                      <p className="mt-1">
                        <span className="inline-block rounded-full bg-danger px-2 font-semibold text-white">{o.overdue}</span>{' '}
                        <span className="text-muted">{o.dueOn(formatIsoDate(offer.wait.dueOn, {}, locale))}</span>
                      </p>
                    ) : null}
                  </>
                ) : (
                  <p className="text-muted">
                    {o.waiting}: {o.nobody}
                  </p>
                )}
                {offer.remindersSent ? <p className="text-muted">{o.reminders(offer.remindersSent)}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function MailsSection({ t, locale, record: found, limit }: { t: Texts; locale: PortalLocale; record: PartnerRecord; limit: number }) {
  const m = t.mails;
  return (
    <Panel id="mails-title" title={m.title} className={box}>
      {found.mails.length === 0 ? (
        <p className="mt-2 text-muted">{m.empty}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {found.mails.map((mail) => (
            <li key={mail.id} className="border-l-4 border-brand-light pl-3">
              <p className="font-semibold">{mail.subject}</p>
              <p className="text-sm [overflow-wrap:anywhere] text-muted">
                {m.to} {mail.to} · {formatDateTime(mail.sentAt ?? mail.createdAt, locale)} · {m.statuses[mail.status]}
              </p>
            </li>
          ))}
        </ul>
      )}
      {found.mailCount > found.mails.length ? (
        <p className="mt-3">
          <Link href={`?mails=${limit + RECORD_MAILS}#mails-title`}>{m.more(found.mails.length)}</Link>
        </p>
      ) : null}
    </Panel>
  );
}

function HistorySection({ t, locale, events }: { t: Texts; locale: PortalLocale; events: PartnerRecord['events'] }) {
  const h = t.history;
  return (
    <Panel id="record-history-title" title={h.title} className={`mt-6 ${box}`}>
      {events.length === 0 ? (
        <p className="mt-2 text-muted">{h.empty}</p>
      ) : (
        <ol className="mt-3 space-y-4">
          {events.map((e) =>
            e.source === 'offer' ? (
              <HistoryItem key={e.entry.id} entry={e.entry} about={h.offer(e.offerTitle)} locale={locale} />
            ) : (
              <li key={e.id} className="border-l-4 border-focus pl-3">
                <p className="text-sm text-muted">{h.organisation}</p>
                <p>
                  <span className="font-semibold">{translateMessage(e.actorName, locale)}</span> {translateMessage(e.text, locale)}{' '}
                  <span className="text-sm text-muted">· {formatDateTime(e.at, locale)}</span>
                </p>
                {e.comment ? <blockquote className="mt-1 rounded-md bg-paper p-3 whitespace-pre-line">{e.comment}</blockquote> : null}
              </li>
            ),
          )}
        </ol>
      )}
    </Panel>
  );
}
