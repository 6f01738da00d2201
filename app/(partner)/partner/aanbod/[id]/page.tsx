import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { OfferPage } from '@/components/offer/OfferPage';
import { History } from '@/components/offer/History';
import { nl } from '@/lib/i18n/nl';
import { requirePartner } from '@/lib/auth/session';
import { draftView, offerHistory, partnerOffer } from '@/lib/offers/queries';
import { ReviewForms } from './ReviewForms';

export const metadata: Metadata = { title: 'Aanbod bekijken — partnerportaal' };

/** "behandel": the preview (the public page's component and data shape, with the draft) and the choice. */
export default async function PartnerOfferPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePartner(`/partner/aanbod/${id}`);
  // Only the partner's own organisation's offer: another one's id is simply not found.
  const offer = await partnerOffer(user.organisationId, id);
  if (!offer) notFound();
  // A proposal the partner is still writing has no preview yet: back to the wizard.
  if (offer.status === 'PROPOSAL') redirect(`/partner/acties/${offer.id}/indienen`);
  const history = await offerHistory(offer.id);
  const waiting = offer.status === 'AWAITING_PARTNER' && offer.sentVersion === offer.version;
  const t = nl.offer.partner;
  return (
    <PageMain>
      <p>
        <Link href="/partner">← {nl.nav.home}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t.previewTitle}</h1>
      {waiting ? <p className="mt-2">{t.previewIntro}</p> : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-label="Voorbeeld">
          <OfferPage offer={draftView(offer, offer.organisation)} headingLevel={2} />
        </section>
        <div className="space-y-8">
          <ReviewForms offerId={offer.id} version={offer.version} waiting={waiting} />
          <History entries={history} />
        </div>
      </div>
    </PageMain>
  );
}
