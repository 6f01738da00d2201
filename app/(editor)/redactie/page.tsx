import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/layout/SiteHeader';
import { LOCALES, type PortalLocale } from '@/lib/i18n/locales';
import type { PortalMessages } from '@/lib/i18n/portal';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { LanguageForm } from '@/components/account/LanguageForm';
import { changeEditorLocaleAction } from '@/lib/accounts/own-account-actions';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { requireEditor } from '@/lib/auth/session';
import { closedPartners, listUnconfirmedRegistrations, partnerTypeRequests } from '@/lib/partners/queries';
import { grantPartnerTypeAction } from '@/lib/partners/actions';
import { ActionForm } from '@/components/ui/ActionForm';
import { orgName } from '@/lib/partners/names';
import { Panel } from '@/components/ui/Panel';
import { env } from '@/lib/env';
import { BUCKETS, NO_WORKSPACE_FILTERS, type Bucket } from '@/lib/workspace/filters';
import type { Counts } from '@/lib/workspace/list';
import { workspaceOffers } from '@/lib/workspace/offers';
import { workspacePartners } from '@/lib/workspace/partners';
import type { Wait } from '@/lib/offers/waiting';
import { WaitCell } from './WorkspaceList';
import { openLocationRequests } from '@/lib/locations/request-queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await portalText()).editorHome.title };
}

/** The dashboard shows the longest waiting rows of each list; the lists have them all, with filters and pages. */
const WAITING_SHOWN = 10;

type WaitingRow = { id: string; href: string; name: string; sub: string | null; since: Date; wait: Wait | null };

/** What waits on the editors, the longest waiting first, with a link to the whole list. */
function Waiting({
  w,
  id,
  title,
  rows,
  total,
  more,
  empty,
}: {
  w: PortalMessages['workspace']['dashboard'];
  id: string;
  title: string;
  rows: WaitingRow[];
  total: number;
  more: string;
  empty: string;
}) {
  return (
    <Panel id={id} title={title} className="mt-6">
      {rows.length === 0 ? (
        <p className="mt-3 rounded-lg bg-white p-5">{empty}</p>
      ) : (
        <>
          <ul className="mt-3 grid gap-3">
            {rows.slice(0, WAITING_SHOWN).map((r) => (
              <li key={r.id} className="rounded-lg bg-white p-4 sm:flex sm:items-start sm:justify-between sm:gap-4">
                <div>
                  <p className="text-lg font-semibold">
                    <Link href={r.href}>{r.name}</Link>
                  </p>
                  {r.sub ? <p className="text-sm text-muted">{r.sub}</p> : null}
                </div>
                <div className="mt-2 sm:mt-0 sm:text-right">
                  <WaitCell wait={r.wait} since={r.since} />
                </div>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <a href={more}>{total > WAITING_SHOWN ? w.more(total - WAITING_SHOWN) : w.toList}</a>
          </p>
        </>
      )}
    </Panel>
  );
}

/** One list's counts on the dashboard: what waits on the editors first, with what is overdue, each a link into the list. */
function Dashboard({
  w,
  locale,
  id,
  title,
  path,
  counts,
}: {
  w: PortalMessages['workspace'];
  locale: PortalLocale;
  id: string;
  title: string;
  path: string;
  counts: Counts;
}) {
  const overdue = counts.nieuw.overdue + counts.redactie.overdue;
  const waits = (b: Bucket) => b === 'nieuw' || b === 'redactie' || b === 'partner';
  return (
    <section aria-labelledby={id} className="rounded-lg bg-white p-4 sm:p-5">
      <h2 id={id} className="text-xl font-bold">
        <a href={path}>{title}</a>
      </h2>
      <p className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <a href={`${path}?status=redactie`} className="text-3xl font-bold">
          {(counts.nieuw.count + counts.redactie.count).toLocaleString(LOCALES[locale].intl)}
        </a>
        <span>{w.waitingOn.editors}</span>
        {overdue ? (
          <a href={`${path}?laat=1`} className="rounded bg-danger px-2 py-0.5 font-semibold text-white no-underline hover:text-white">
            {w.dashboard.overdue(overdue)}
          </a>
        ) : (
          <span className="text-ok">{w.dashboard.noneOverdue}</span>
        )}
      </p>
      <ul className="mt-3 grid gap-1 sm:grid-cols-2">
        {BUCKETS.map((b) => (
          <li key={b}>
            <a href={`${path}?status=${b}`}>{w.buckets[b]}</a>: <strong>{counts[b].count.toLocaleString(LOCALES[locale].intl)}</strong>
            {waits(b) && counts[b].overdue ? (
              <>
                {' '}
                <a href={`${path}?status=${b}&laat=1`} className="font-semibold text-danger">
                  ({w.dashboard.overdue(counts[b].overdue)})
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function EditorHomePage() {
  const editor = await requireEditor();
  const texts = await portalText();
  const locale = await requestLocale();
  const only = (status: Bucket) => ({ ...NO_WORKSPACE_FILTERS, status });
  // The pages bring the counts per status of their list (counted without the status filter).
  const [newOffers, waitingOffers, newPartners, unconfirmed, requests, closed, locationRequests] = await Promise.all([
    workspaceOffers(editor, only('nieuw')),
    workspaceOffers(editor, only('redactie')),
    workspacePartners(editor, only('nieuw')),
    listUnconfirmedRegistrations(),
    partnerTypeRequests(),
    closedPartners(),
    openLocationRequests(editor),
  ]);
  const offerCounts = waitingOffers.counts;
  const partnerCounts = newPartners.counts;
  // New proposals and the rest that waits on the editors, in one list: the longest waiting first.
  const offers = [...newOffers.rows, ...waitingOffers.rows]
    .sort((a, b) => a.since.getTime() - b.since.getTime())
    .map((r) => ({
      ...r,
      name: r.title || r.partner,
      sub: r.title ? `${r.partner} · ${texts.offer.kinds[r.kind]}` : texts.offer.kinds[r.kind],
    }));
  const partners = newPartners.rows.map((r) => ({ ...r, sub: r.legalName }));
  const w = texts.workspace.dashboard;
  const t = texts.editorHome;
  return (
    <PageMain wide>
      <h1 className="text-3xl font-bold">{w.title}</h1>
      <p className="mt-2">{w.target(env().EDITOR_TARGET_WORKING_DAYS)}</p>
      {/* Said in both languages, so that a reader of either finds it (issue 21). */}
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold text-brand">{texts.ownData.locale.open}</summary>
        <div className="max-w-md">
          <LanguageForm locale={editor.locale} action={changeEditorLocaleAction} />
        </div>
      </details>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <Dashboard
          w={texts.workspace}
          locale={locale}
          id="dashboard-offers"
          title={w.offers}
          path="/redactie/aanbod"
          counts={offerCounts}
        />
        <Dashboard
          w={texts.workspace}
          locale={locale}
          id="dashboard-partners"
          title={w.partners}
          path="/redactie/partners"
          counts={partnerCounts}
        />
      </div>
      {requests.length ? (
        <Panel id="requests-title" title={t.requests.title} className="mt-6">
          <ul className="mt-3 grid gap-3">
            {requests.map((r) => (
              <li key={r.id} className="rounded-lg border-l-4 border-focus bg-white p-4">
                <p className="text-lg font-semibold">
                  <Link href={`/redactie/partners/${r.id}`}>{orgName(r)}</Link>
                </p>
                <p className="text-sm text-muted">{t.requests.discounts(formatDateTime(r.partnerTypeRequestedAt ?? new Date(), locale))}</p>
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
        </Panel>
      ) : null}
      {locationRequests.length ? (
        // Proposals for locations wait on the editors too (issue 20): applied or refused on the partner's page.
        <Panel id="location-requests-title" title={texts.locations.editor.homeTitle} className="mt-6">
          <ul className="mt-3 grid gap-3">
            {locationRequests.map((r) => (
              <li key={r.id} className="rounded-lg border-l-4 border-focus bg-white p-4">
                <p className="text-lg font-semibold">
                  <Link href={`/redactie/partners/${r.organisationId}#locations-title`}>{r.organisation}</Link>
                </p>
                <p className="text-sm text-muted">
                  {texts.locations.editor.homeItem(texts.locations.editor.kind[r.kind], formatDateTime(r.requestedAt, locale))}
                </p>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
      <Waiting
        w={w}
        id="waiting-offers-title"
        title={w.waitingOffers}
        rows={offers}
        total={offerCounts.nieuw.count + offerCounts.redactie.count}
        more="/redactie/aanbod?status=redactie"
        empty={w.noWaitingOffers}
      />
      <Waiting
        w={w}
        id="new-partners-title"
        title={w.newPartners}
        rows={partners}
        total={partnerCounts.nieuw.count}
        more="/redactie/partners?status=nieuw"
        empty={w.noNewPartners}
      />
      {closed.length ? (
        // Off the work queue: nothing of theirs waits for an editor (ADR 0024).
        <Panel id="closed-title" title={texts.close.closedTitle} className="mt-8">
          <ul className="mt-3 grid gap-2">
            {closed.map((r) => (
              <li key={r.id} className="rounded-lg bg-white p-3">
                <Link href={`/redactie/partners/${r.id}`} className="font-semibold">
                  {orgName(r)}
                </Link>
                <p className="text-sm text-muted">{texts.close.closedOn(r.closedAt ? formatDate(r.closedAt, locale) : '')}</p>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
      {unconfirmed.length ? (
        <Panel
          id="unconfirmed-title"
          title={
            <>
              {t.statuses.REGISTERED} <span className="font-normal text-muted">({t.count(unconfirmed.length)})</span>
            </>
          }
          className="mt-8"
        >
          <ul className="mt-3 grid gap-2">
            {unconfirmed.map((r) => (
              <li key={r.id} className="rounded-lg bg-white p-3">
                <span className="font-semibold">{orgName(r)}</span>{' '}
                <span className="text-sm text-muted">
                  · {texts.partnerTypeShort[r.partnerType]} · {formatDateTime(r.createdAt, locale)}
                </span>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
    </PageMain>
  );
}
