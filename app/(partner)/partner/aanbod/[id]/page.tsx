import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound, redirect } from 'next/navigation';
import { PartnerPageTitle, PageMain } from '@/components/layout/SiteHeader';
import { OfferPage } from '@/components/offer/OfferPage';
import { History } from '@/components/offer/History';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { requirePartner } from '@/lib/auth/session';
import { currentProposal, draftView, offerHistory, partnerOffer } from '@/lib/offers/queries';
import { formatDateTime } from '@/lib/i18n/format';
import { ReviewForms } from './ReviewForms';
import { RejectedNotice } from '../../home/RejectedNotice';
import { lastRejection } from '@/lib/offers/reject';
import { mayPropose } from '@/lib/discounts/service';
import { locationsOf } from '@/lib/locations/queries';
import { LOCALES, PREFIXED_LOCALES } from '@/lib/i18n/locales';

type Props = { params: Promise<{ id: string }> };

// Only the partner's own organisation's offer: another one's id is simply not found, nor one whose
// content cannot be read (logged). Cached per request: the title and the page read it once.
const ownOffer = cache(async (id: string) => {
  const user = await requirePartner(`/partner/aanbod/${id}`);
  return partnerOffer(user.organisationId, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const offer = await ownOffer((await params).id);
  const title = offer?.content.title;
  const t = (await portalText()).offer.partner;
  return { title: t.pageTitle(title || t.previewTitle) };
}

/** "behandel": the preview (the public page's component and data shape, with the draft) and the choice. */
export default async function PartnerOfferPage({ params }: Props) {
  const { id } = await params;
  const offer = await ownOffer(id);
  if (!offer) notFound();
  const user = await requirePartner(`/partner/aanbod/${id}`);
  // A proposal the partner is still writing has no preview yet: back to the wizard.
  if (offer.status === 'PROPOSAL') redirect(`/partner/acties/${offer.id}/indienen`);
  const history = await offerHistory(offer.id);
  const waiting = offer.status === 'AWAITING_PARTNER' && offer.sentVersion === offer.version;
  // The number the history gives this proposal, so "Voorstel 2" means the same in both places.
  const proposal = currentProposal(history);
  const sent = history.find((e) => e.action === 'sent');
  const texts = await portalText();
  const t = texts.offer.partner;
  const locale = await requestLocale();
  const locations = await locationsOf(user.organisationId);
  const translated = PREFIXED_LOCALES.map((l) => ({ l, view: draftView(offer, offer.organisation, locations, l) })).filter(
    (x) => x.view.translated,
  );
  const rejected = offer.status === 'REJECTED';
  return (
    <PageMain>
      <PartnerPageTitle>{t.previewTitle}</PartnerPageTitle>
      {waiting && proposal && sent ? <p className="mt-2 font-semibold">{t.proposalOf(proposal, formatDateTime(sent.at, locale))}</p> : null}
      {waiting ? <p className="mt-2">{t.previewIntro}</p> : null}
      {rejected ? (
        // Refused (issue 18): why, and the way on, before the preview of what was proposed.
        <div className="mt-4">
          <RejectedNotice offerId={offer.id} reason={lastRejection(history)?.comment ?? ''} copyable={await mayPropose(user)} />
        </div>
      ) : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-4">
          <section aria-label={texts.offer.previewLabel}>
            <OfferPage offer={draftView(offer, offer.organisation, locations)} headingLevel={2} />
          </section>
          {/* The editors' translations (issue 21): each as pass holders reading that language see it. */}
          {translated.map(({ l, view }) => (
            <details key={l} className="rounded-lg bg-white p-4">
              <summary className="cursor-pointer font-semibold text-brand">
                {texts.offer.translations.previewIn} <span lang={l}>{LOCALES[l].name}</span>
              </summary>
              <div dir={LOCALES[l].dir} className="mt-3">
                <OfferPage offer={view} headingLevel={2} locale={l} />
              </div>
            </details>
          ))}
        </div>
        <div className="space-y-8">
          {rejected ? null : <ReviewForms offerId={offer.id} version={offer.version} waiting={waiting} />}
          <History entries={history} />
        </div>
      </div>
    </PageMain>
  );
}
