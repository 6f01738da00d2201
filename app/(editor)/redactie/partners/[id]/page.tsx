import type { Metadata } from 'next';
import { cache } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatPhone } from '@/lib/i18n/phone';
import { PageMain } from '@/components/layout/SiteHeader';
import { Alert } from '@/components/ui/Alert';
import { History } from '@/components/offer/History';
import { PartnerComment } from '@/components/offer/PartnerComment';
import { nl } from '@/lib/i18n/nl';
import { orgName } from '@/lib/partners/names';
import { requireEditor } from '@/lib/auth/session';
import { editorOrganisation, keepablePhoto, offerHistory, openPartnerComment } from '@/lib/offers/queries';
import { formValuesFromContent } from '@/lib/offers/schema';
import { OfferForm } from '../../OfferForm';
import { WithdrawForm } from '../../WithdrawForm';

type Props = { params: Promise<{ id: string }> };

// Read once per request, for the title and the page; only for an editor. Null also when its listing's
// content cannot be read (logged): the page is then not found.
const organisation = cache(async (id: string) => {
  await requireEditor(`/redactie/partners/${id}`);
  return editorOrganisation(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await organisation((await params).id);
  return { title: nl.offer.editor.listingPageTitle(org ? orgName(org) : nl.offer.editor.listingTitle) };
}

export default async function EditorPartnerPage({ params }: Props) {
  const { id } = await params;
  const org = await organisation(id);
  if (!org) notFound();
  const offer = org.offers[0] ?? null;
  const history = offer ? await offerHistory(offer.id) : [];
  const comment = openPartnerComment(history);
  const name = orgName(org);
  const t = nl.offer.editor;
  // A new listing starts from what the partner wrote at registration.
  const initial = offer
    ? formValuesFromContent(offer.content, offer.version)
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
  return (
    <PageMain wide>
      <p>
        <Link href="/redactie">← {nl.editorHome.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{name}</h1>
      <p className="mt-1 text-muted">
        {org.legalName} · KvK {org.kvkNumber} · {nl.partnerTypeShort[org.partnerType]} ·{' '}
        {org.users.map((u) => `${u.name} (${u.email}, ${formatPhone(u.phone)})`).join(', ')}
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
      {comment ? (
        <div className="mt-4 grid gap-4 lg:grid-cols-2 lg:gap-8">
          <PartnerComment entry={comment} />
        </div>
      ) : null}
      {org.partnerType === 'DISCOUNT' ? (
        <div className="mt-4">
          <Alert kind="info">{t.noCredit}</Alert>
        </div>
      ) : (
        <>
          <OfferForm
            target={{ kind: 'CREDIT_LISTING', organisationId: org.id }}
            initial={initial}
            currentPhoto={keepablePhoto(offer, org)}
            organisationName={name}
            title={t.listingTitle}
          >
            {!offer ? <p className="mb-4 rounded-md bg-brand-light p-3">{t.newListing}</p> : null}
            {offer?.status === 'AWAITING_PARTNER' ? <p className="mb-4 rounded-md bg-brand-light p-3">{t.awaitingNote}</p> : null}
            {offer?.publishedAt ? <p className="mb-4 rounded-md bg-brand-light p-3">{t.publishedNote}</p> : null}
          </OfferForm>
          {offer ? (
            <div className="mt-8 grid gap-8 lg:grid-cols-2">
              <History entries={history} />
              <WithdrawForm offerId={offer.id} online={Boolean(offer.publishedAt)} />
            </div>
          ) : null}
        </>
      )}
    </PageMain>
  );
}
