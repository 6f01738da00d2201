import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { Alert } from '@/components/ui/Alert';
import { buttonClass } from '@/components/ui/Button';
import { requirePartner } from '@/lib/auth/session';
import { portalText } from '@/lib/i18n/request';
import type { PortalMessages } from '@/lib/i18n/portal';
import { partnerHome } from '@/lib/partners/queries';
import { isOrgAdmin } from '@/lib/auth/roles';
import { ApprovalRequests } from './home/ApprovalRequests';
import { ContactCard } from './home/ContactCard';
import { DiscountsRequest } from './home/DiscountsRequest';
import { NextSteps } from './home/NextSteps';
import { OfferList } from './home/OfferList';
import { OrganisationCard } from './home/OrganisationCard';
import { ProposalDrafts } from './home/ProposalDrafts';
import { DataAndPartnership } from './home/DataAndPartnership';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.app.portalPageTitle(t.nav.home) };
}

/** What an action that lands on Home says it did, by the query it redirects with. */
const flashesOf = (t: PortalMessages) =>
  ({
    ingediend: t.discount.summary.submitted,
    verwijderd: t.discount.summary.deleted,
    ingetrokken: t.discount.retract.done,
    gewijzigd: t.offer.change.done,
    beeindigd: t.discount.end.done,
  }) as const;
type Flash = keyof ReturnType<typeof flashesOf>;

export default async function PartnerHomePage({ searchParams }: { searchParams: Promise<Partial<Record<Flash, string>>> }) {
  // Checked here too, not only in the layout and proxy: this page reads the organisation's data.
  const user = await requirePartner();
  const query = await searchParams;
  const t = await portalText();
  const d = t.discount;
  const flashes = flashesOf(t);
  const flash = (Object.keys(flashes) as Flash[]).find((key) => query[key]);
  const home = await partnerHome(user.organisationId, user.id);
  if (!home) notFound();
  const { organisation: org, me, drafts, submitted } = home;
  // A medewerker writes proposals and approves; the organisation's data and colleagues are the beheerder's.
  const admin = isOrgAdmin(user);
  return (
    <PageMain>
      {home.mayPropose ? (
        // The manual: "linksboven in het partnerportaal".
        <p className="mb-6">
          <Link href="/partner/acties/nieuw" className={buttonClass}>
            <span aria-hidden="true">+</span> {d.add}
          </Link>
        </p>
      ) : null}
      <h1 className="text-3xl font-bold">{t.partnerHome.welcome(me.name)}</h1>
      {flash ? (
        <div className="mt-4">
          <Alert kind="success">{flashes[flash]}</Alert>
        </div>
      ) : null}
      {org.partnerType === 'CREDIT' && admin ? <DiscountsRequest requestedAt={org.partnerTypeRequestedAt} /> : null}
      <ApprovalRequests groups={home.approvals} />
      {drafts.length ? <ProposalDrafts drafts={drafts} /> : null}
      {submitted.length === 0 && drafts.length === 0 ? (
        <NextSteps partnerType={org.partnerType} />
      ) : submitted.length ? (
        <OfferList offers={submitted} />
      ) : null}
      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <OrganisationCard organisation={org} admin={admin} />
        <ContactCard me={me} version={org.version} />
      </div>
      {admin ? <DataAndPartnership /> : null}
    </PageMain>
  );
}
