import type { Metadata } from 'next';
import { statusLabel } from '@/lib/offers/change';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { Alert } from '@/components/ui/Alert';
import { PartnerComment } from '@/components/offer/PartnerComment';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { translateMessage } from '@/lib/i18n/translate';
import { orgName } from '@/lib/partners/names';
import { editorOrganisation, keepablePhoto, offerReview } from '@/lib/offers/queries';
import { formValuesFromContent } from '@/lib/offers/schema';
import { EditorOfferFooter } from '../../EditorOfferFooter';
import { describeChange, readRequestedChange } from '@/lib/partners/change-request';
import { ChangeRequest } from './ChangeRequest';
import { LocationRequests } from './LocationRequests';
import { editorLocations } from '@/lib/locations/request-queries';
import { EditorOfferHeader } from '../../EditorOfferHeader';
import { EditorOfferNotes } from '../../EditorOfferNotes';
import { OfferForm } from '../../OfferForm';
import { editorRead } from '../../editorRead';
import { ClosedPartnerNote } from '../../ClosedPartnerNote';
import { requireEditor } from '@/lib/auth/session';
import { formatDate } from '@/lib/i18n/format';
import { rejectionOf } from '@/lib/offers/reject';
import { mayRejectRegistration, readPreviousRejection } from '@/lib/partners/reject';
import { rejectionReasons } from '@/lib/rejections/reasons';
import { RejectForm } from '../../RejectForm';
import { RejectedNote } from '../../RejectedNote';
import { InactivePartnerNote } from '../../InactivePartnerNote';
import { locationsOf } from '@/lib/locations/queries';

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<{ verwerkt?: string; afgewezen?: string; locatie?: string }> };

// Read once per request, for the title and the page; only for an editor. Null also when its listing's
// content cannot be read (logged): the page is then not found.
const organisation = editorRead((id) => `/redactie/partners/${id}`, editorOrganisation);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await organisation((await params).id);
  const t = await portalText();
  return { title: t.offer.editor.listingPageTitle(org ? orgName(org) : t.offer.editor.listingTitle) };
}

export default async function EditorPartnerPage({ params, searchParams }: Props) {
  const { id } = await params;
  const org = await organisation(id);
  if (!org) notFound();
  const offer = org.offers[0] ?? null;
  const { history, comment } = await offerReview(offer?.id ?? null);
  const name = orgName(org);
  const texts = await portalText();
  const locale = await requestLocale();
  const t = texts.offer.editor;
  const requested = readRequestedChange(org);
  const query = await searchParams;
  const applied = Boolean(query?.verwerkt);
  // Refused just now (the reject actions' redirect): the registration, or a change of the listing.
  const justRejected =
    query?.afgewezen === 'aanmelding' ? texts.reject.doneRegistration : query?.afgewezen === 'wijziging' ? texts.reject.doneChange : null;
  // Refusing (issue 18): the registration while it waits and nothing of it was online; a change of the listing that is online.
  const editor = await requireEditor(`/redactie/partners/${id}`);
  const rejectRegistration = await mayRejectRegistration(org);
  const rejectChange = org.status !== 'CLOSED' && offer && rejectionOf(offer) === 'rejectChange';
  const registrationReasons = rejectRegistration ? await rejectionReasons(editor, 'REGISTRATION') : null;
  const changeReasons = rejectChange ? await rejectionReasons(editor, 'PROPOSAL') : null;
  const previous = readPreviousRejection(org);
  const places = await editorLocations(editor, org.id);
  const locationDecided = query?.locatie === 'toegepast' || query?.locatie === 'afgewezen' ? query.locatie : null;
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
        locations: 'all',
      };
  return (
    <PageMain wide>
      <EditorOfferHeader
        title={name}
        organisation={org}
        label={t.listingTitle}
        status={offer ? translateMessage(statusLabel(offer), locale) : texts.offer.statuses.NONE}
        publicSlug={offer?.publishedAt && org.status !== 'INACTIVE' ? offer.slug : null}
      />
      {justRejected ? (
        <div className="mt-4">
          <Alert kind="success">{justRejected}</Alert>
        </div>
      ) : null}
      {previous ? (
        <div className="mt-4">
          <Alert kind="info">
            <span className="whitespace-pre-line">
              {texts.reject.previous(formatDate(new Date(previous.rejectedAt), locale), previous.reason)}
            </span>
          </Alert>
        </div>
      ) : null}
      {registrationReasons ? (
        <div className="mt-6">
          <RejectForm kind="registration" id={org.id} version={org.version} reasons={registrationReasons} />
        </div>
      ) : null}
      <InactivePartnerNote organisation={org} />
      {applied ? (
        <div className="mt-4">
          <Alert kind="success">{texts.ownChange.applied}</Alert>
        </div>
      ) : null}
      {requested && org.changeRequestedAt ? (
        <ChangeRequest
          organisationId={org.id}
          changes={describeChange(org, requested)}
          at={org.changeRequestedAt}
          by={org.changeRequestedBy ?? ''}
          online={org.onlineOffers > 0}
          acceptedAt={org.changeAcceptedAt}
        />
      ) : null}
      {places && (places.locations.length || places.requests.length) ? (
        <LocationRequests locations={places.locations} requests={places.requests} decided={locationDecided} />
      ) : null}
      {comment ? (
        <div className="mt-4 grid gap-4 lg:grid-cols-2 lg:gap-8">
          <PartnerComment entry={comment} />
        </div>
      ) : null}
      {org.status === 'CLOSED' ? (
        <>
          <ClosedPartnerNote organisation={org} />
          {offer ? <EditorOfferFooter offerId={offer.id} online={false} history={history} /> : null}
        </>
      ) : org.status === 'REJECTED' ? (
        <>
          <RejectedNote note={texts.reject.registrationNote} at={org.rejectedAt} by={org.rejectedByName} reason={org.rejectedReason} />
          {offer ? <EditorOfferFooter offerId={offer.id} online={false} history={history} /> : null}
        </>
      ) : org.partnerType === 'DISCOUNT' ? (
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
            locations={await locationsOf(org.id)}
            title={t.listingTitle}
          >
            <EditorOfferNotes
              own={offer ? (offer.status === 'SUBMITTED' ? texts.offer.change.editorNote : null) : t.newListing}
              awaiting={offer?.status === 'AWAITING_PARTNER'}
              published={Boolean(offer?.publishedAt) && org.status !== 'INACTIVE'}
            />
          </OfferForm>
          {offer ? (
            <EditorOfferFooter offerId={offer.id} online={Boolean(offer.publishedAt)} history={history}>
              {changeReasons ? <RejectForm kind="change" id={offer.id} version={offer.version} reasons={changeReasons} /> : null}
            </EditorOfferFooter>
          ) : null}
        </>
      )}
    </PageMain>
  );
}
