import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatPhone } from '@/lib/i18n/phone';
import { PageMain } from '@/components/layout/SiteHeader';
import { Alert } from '@/components/ui/Alert';
import { OfferPage } from '@/components/offer/OfferPage';
import { History } from '@/components/offer/History';
import { nl } from '@/lib/i18n/nl';
import { requireEditor } from '@/lib/auth/session';
import { draftView, editorOrganisation, offerHistory } from '@/lib/offers/queries';
import { formValuesFromContent, type OfferContent } from '@/lib/offers/schema';
import { OfferForm } from '../../OfferForm';
import { WithdrawForm } from '../../WithdrawForm';

export const metadata: Metadata = { title: 'Inschrijving tegoeden — redactie' };

export default async function EditorPartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireEditor(`/redactie/partners/${id}`);
  const org = await editorOrganisation(id);
  if (!org) notFound();
  const offer = org.offers[0] ?? null;
  const history = offer ? await offerHistory(offer.id) : [];
  const name = org.displayName || org.legalName;
  const t = nl.offer.editor;
  // A new listing starts from what the partner wrote at registration.
  const initial = offer
    ? formValuesFromContent(offer.content as OfferContent, offer.version)
    : {
        title: name,
        body: org.description,
        category: org.category,
        street: org.visitStreet,
        houseNumber: org.visitHouseNumber,
        addition: org.visitAddition,
        postcode: org.visitPostcode,
        city: org.visitCity,
        phone: org.users[0]?.phone ?? '',
        email: org.users[0]?.email ?? '',
        keepPhoto: org.photoId ?? '',
        version: '0',
      };
  const currentPhotoId = offer?.photoId ?? org.photoId;
  return (
    <PageMain>
      <p>
        <Link href="/redactie">← {nl.editorHome.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{name}</h1>
      <p className="mt-1 text-muted">
        {org.legalName} · KvK {org.kvkNumber} · {nl.partnerTypeShort[org.partnerType]} · {org.users.map((u) => `${u.name} (${u.email}, ${formatPhone(u.phone)})`).join(', ')}
      </p>
      <p className="mt-2 font-semibold">
        {t.listingTitle}: {nl.offer.statuses[offer?.status ?? 'NONE']}
        {offer?.publishedAt ? (
          <>
            {' · '}
            <Link href={`/aanbod/${offer.slug}`}>{t.viewPublic}</Link>
          </>
        ) : null}
      </p>
      {org.partnerType === 'DISCOUNT' ? (
        <div className="mt-4">
          <Alert kind="info">{t.noCredit}</Alert>
        </div>
      ) : (
        <div className="mt-6 grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="form-title" className="rounded-lg bg-white p-5">
            <h2 id="form-title" className="mb-4 text-xl font-bold">
              {t.listingTitle}
            </h2>
            {!offer ? <p className="mb-4 rounded-md bg-brand-light p-3">{t.newListing}</p> : null}
            {offer?.status === 'AWAITING_PARTNER' ? <p className="mb-4 rounded-md bg-brand-light p-3">{t.awaitingNote}</p> : null}
            {offer?.publishedAt ? <p className="mb-4 rounded-md bg-brand-light p-3">{t.publishedNote}</p> : null}
            <OfferForm target={{ kind: 'CREDIT_LISTING', organisationId: org.id }} initial={initial} currentPhotoId={currentPhotoId} />
          </section>
          <div className="space-y-8">
            {offer ? (
              <section aria-labelledby="preview-title">
                <h2 id="preview-title" className="mb-3 text-xl font-bold">
                  {t.preview}
                </h2>
                <OfferPage offer={draftView(offer, org)} headingLevel={2} />
              </section>
            ) : null}
            {offer ? <WithdrawForm offerId={offer.id} online={Boolean(offer.publishedAt)} /> : null}
            {offer ? <History entries={history} /> : null}
          </div>
        </div>
      )}
    </PageMain>
  );
}
