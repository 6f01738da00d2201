import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain, PartnerPageTitle } from '@/components/layout/SiteHeader';
import { LocationDetails } from '@/components/locations/LocationDetails';
import { LocationChanges } from '@/components/locations/LocationChanges';
import { Alert } from '@/components/ui/Alert';
import { buttonClass, secondaryButtonClass } from '@/components/ui/Button';
import { Panel } from '@/components/ui/Panel';
import { requirePartner } from '@/lib/auth/session';
import { isOrgAdmin } from '@/lib/auth/roles';
import { formatDate } from '@/lib/i18n/format';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { locationsWithRequests } from '@/lib/locations/request-queries';
import { RemoveLocationForm } from './RemoveLocationForm';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.locations.pageTitle };
}

/** "Locaties" (issue 20): every partner user sees them; the beheerder proposes additions, changes and removals. */
export default async function LocationsPage({ searchParams }: { searchParams: Promise<{ voorgesteld?: string }> }) {
  // Checked here too, not only in the layout: this page reads the organisation's data.
  const user = await requirePartner('/partner/locaties');
  const t = (await portalText()).locations;
  const locale = await requestLocale();
  const admin = isOrgAdmin(user);
  const { locations, requests, refused } = await locationsWithRequests(user.organisationId);
  const sent = Boolean((await searchParams).voorgesteld);
  const pendingFor = new Set(requests.map((r) => r.locationId).filter(Boolean));
  return (
    <PageMain>
      <PartnerPageTitle>{t.title}</PartnerPageTitle>
      <p className="mt-2 max-w-2xl">{t.intro}</p>
      {sent ? (
        <div className="mt-4">
          <Alert kind="success">{t.sent}</Alert>
        </div>
      ) : null}
      {admin ? (
        <p className="mt-6">
          <Link href="/partner/locaties/nieuw" className={buttonClass}>
            <span aria-hidden="true">+</span> {t.add}
          </Link>
        </p>
      ) : (
        <p className="mt-4 text-sm text-muted">{t.memberNote}</p>
      )}

      {requests.length ? (
        <Panel id="pending-title" title={t.pendingTitle} className="mt-8">
          <ul className="mt-3 grid gap-3">
            {requests.map((r) => (
              <li key={r.id} className="rounded-lg border-l-4 border-brand bg-white p-4">
                <p className="font-semibold">
                  {t.pendingKind[r.kind]}: {r.proposed?.name ?? r.current?.name}
                </p>
                <p className="text-sm text-muted">{t.pendingBy(formatDate(r.requestedAt, locale), r.requestedByName)}</p>
                <LocationChanges changes={r.changes} kind={r.kind} />
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}

      {locations.length === 0 ? (
        <p className="mt-8 rounded-lg bg-white p-5">{t.none}</p>
      ) : (
        <ul className="mt-8 grid gap-4 lg:grid-cols-2" aria-label={t.title}>
          {locations.map((l) => (
            <li key={l.id} className="rounded-lg bg-white p-5">
              <h2 className="text-xl font-bold">{l.name}</h2>
              {l.position === 0 ? <p className="text-sm text-muted">{t.first}</p> : null}
              <LocationDetails location={l} />
              {pendingFor.has(l.id) ? <p className="mt-3 rounded-md bg-brand-light p-3">{t.pendingHere}</p> : null}
              {admin ? (
                <div className="mt-4 flex flex-wrap items-start gap-4">
                  <Link href={`/partner/locaties/${l.id}/wijzigen`} className={secondaryButtonClass} aria-label={t.changeOf(l.name)}>
                    {t.change}
                  </Link>
                  {l.position === 0 ? null : <RemoveLocationForm locationId={l.id} name={l.name} />}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {refused.length ? (
        <Panel id="refused-title" title={t.refusedTitle} className="mt-8">
          <ul className="mt-3 grid gap-3">
            {refused.map((r) => (
              <li key={r.id} className="rounded-lg border-l-4 border-danger bg-white p-4">
                <p className="font-semibold">
                  {t.pendingKind[r.kind]}: {r.name}
                </p>
                <p className="text-sm text-muted">{t.refusedOn(formatDate(r.decidedAt, locale), r.decidedByName)}</p>
                <p className="mt-1 whitespace-pre-line">{r.reason}</p>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
    </PageMain>
  );
}
