import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { PartnerComment } from '@/components/offer/PartnerComment';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { translateMessage } from '@/lib/i18n/translate';
import { Alert } from '@/components/ui/Alert';
import { orgName } from '@/lib/partners/names';
import { formatDate, formatIsoDate, toIsoDate } from '@/lib/i18n/format';
import { editorDiscountAction, isExpired, keepablePhoto, offerReview } from '@/lib/offers/queries';
import { formValuesFromContent } from '@/lib/offers/schema';
import { discountFormValues } from '@/lib/discounts/draft';
import { statusLabel } from '@/lib/offers/change';
import { EditorOfferFooter } from '../../EditorOfferFooter';
import { EditorOfferHeader } from '../../EditorOfferHeader';
import { EditorOfferNotes } from '../../EditorOfferNotes';
import { OfferForm } from '../../OfferForm';
import { editorRead } from '../../editorRead';
import { ClosedPartnerNote } from '../../ClosedPartnerNote';
import { InactivePartnerNote } from '../../InactivePartnerNote';
import { Panel } from '@/components/ui/Panel';
import { requireEditor } from '@/lib/auth/session';
import { lastRejection, rejectionOf } from '@/lib/offers/reject';
import { rejectionReasons } from '@/lib/rejections/reasons';
import { RejectForm } from '../../RejectForm';
import { RejectedNote } from '../../RejectedNote';

import { locationsOf } from '@/lib/locations/queries';

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<{ afgewezen?: string }> };

// Read once per request, for the title and the page; only for an editor. Null also when its content
// cannot be read (logged): the page is then not found.
const discountAction = editorRead((id) => `/redactie/acties/${id}`, editorDiscountAction);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const offer = await discountAction((await params).id);
  const org = offer?.organisation;
  const t = await portalText();
  return {
    title: org ? t.offer.editor.actionPageTitle(orgName(org), offer.content.discount.subject) : t.discount.editor.formTitle,
  };
}

/** A submitted discount action: the editors rewrite it and send it for approval, like a credit listing. */
export default async function EditorDiscountActionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const offer = await discountAction(id);
  if (!offer) notFound();
  const org = offer.organisation;
  const { content } = offer;
  const { history, comment } = await offerReview(offer.id);
  const name = orgName(org);
  const t = await portalText();
  const locale = await requestLocale();
  const d = t.discount;
  const initial = { ...formValuesFromContent(content, offer.version), ...discountFormValues(content.discount) };
  const expired = Boolean(offer.publishedAt) && isExpired(offer.validUntil);
  // The partner ended it early (ADR 0020), it is still on the site and no approval since moved the last day: say until when.
  const endedOn = history.find((e) => e.action === 'ended')?.lastDay;
  const ended = offer.publishedAt && !expired && offer.validUntil && endedOn === toIsoDate(offer.validUntil) ? endedOn : null;
  // Refusing it (issue 18): a proposal never online, or a change of what is online; not a closed partner's.
  const rejection = org.status === 'CLOSED' ? null : rejectionOf(offer);
  const reasons = rejection ? await rejectionReasons(await requireEditor(`/redactie/acties/${id}`), 'PROPOSAL') : null;
  const rejected = offer.status === 'REJECTED' ? lastRejection(history) : null;
  // Refused just now (rejectProposalAction's redirect): a proposal, or a change of what is online.
  const justRejected = (await searchParams)?.afgewezen;
  return (
    <PageMain wide>
      <EditorOfferHeader
        title={
          <>
            {name}: {content.discount.subject}
          </>
        }
        organisation={org}
        label={d.editor.formTitle}
        status={expired ? d.partner.expiredOn(formatDate(offer.validUntil!, locale)) : translateMessage(statusLabel(offer), locale)}
        publicSlug={offer.publishedAt && !expired && org.status !== 'INACTIVE' ? offer.slug : null}
      />
      {justRejected === 'voorstel' || justRejected === 'wijziging' ? (
        <div className="mt-4">
          <Alert kind="success">{justRejected === 'voorstel' ? t.reject.doneProposal : t.reject.doneChange}</Alert>
        </div>
      ) : null}
      <InactivePartnerNote organisation={org} />
      <div className="mt-4 grid gap-4 lg:grid-cols-2 lg:gap-8">
        {comment ? <PartnerComment entry={comment} /> : null}
        <Panel id="from-partner" title={d.editor.fromPartner} className="rounded-lg border-l-4 border-brand bg-white p-5">
          <dl className="mt-2 space-y-2">
            <div>
              <dt className="text-sm font-semibold text-muted">{d.fields.subject}</dt>
              <dd>{content.discount.subject}</dd>
            </div>
            <div>
              <dt className="text-sm font-semibold text-muted">{d.fields.editorsInfo}</dt>
              <dd className="whitespace-pre-line">{content.discount.editorsInfo || d.summary.none}</dd>
            </div>
            <div>
              <dt className="text-sm font-semibold text-muted">{d.fields.contactName}</dt>
              <dd>{content.discount.contactName}</dd>
            </div>
          </dl>
        </Panel>
      </div>
      {org.status === 'CLOSED' ? (
        <ClosedPartnerNote organisation={org} />
      ) : offer.status === 'REJECTED' ? (
        // Final (issue 18), as a retraction: the partner goes on with a copy.
        <RejectedNote
          note={t.reject.proposalNote}
          at={rejected?.at ?? null}
          by={rejected?.actorName ?? null}
          reason={rejected?.comment ?? null}
        />
      ) : offer.status === 'RETRACTED' ? (
        // Final (issue 17): nothing to rewrite any more; the partner's reason is in the history.
        <div className="mt-6">
          <Alert kind="info">{d.editor.retractedNote}</Alert>
        </div>
      ) : (
        <OfferForm
          target={{ kind: 'DISCOUNT_ACTION', offerId: offer.id }}
          initial={initial}
          currentPhoto={keepablePhoto(offer, org)}
          organisationName={name}
          locations={await locationsOf(offer.organisationId)}
          title={d.editor.formTitle}
        >
          <EditorOfferNotes
            own={
              offer.status === 'SUBMITTED'
                ? offer.publishedAt
                  ? t.offer.change.editorNote
                  : d.editor.submittedNote
                : ended
                  ? d.editor.endedNote(formatIsoDate(ended, {}, locale))
                  : null
            }
            awaiting={offer.status === 'AWAITING_PARTNER'}
            published={Boolean(offer.publishedAt) && org.status !== 'INACTIVE'}
          />
        </OfferForm>
      )}
      <EditorOfferFooter offerId={offer.id} online={Boolean(offer.publishedAt)} history={history}>
        {rejection && reasons ? (
          <RejectForm kind={rejection === 'rejectChange' ? 'change' : 'proposal'} id={offer.id} version={offer.version} reasons={reasons} />
        ) : null}
      </EditorOfferFooter>
    </PageMain>
  );
}
