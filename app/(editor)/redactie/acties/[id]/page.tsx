import type { Metadata } from 'next';
import { cache } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { History } from '@/components/offer/History';
import { PartnerComment } from '@/components/offer/PartnerComment';
import { nl } from '@/lib/i18n/nl';
import { orgName } from '@/lib/partners/names';
import { formatDate } from '@/lib/i18n/format';
import { formatPhone } from '@/lib/i18n/phone';
import { requireEditor } from '@/lib/auth/session';
import { editorDiscountAction, isExpired, keepablePhoto, offerHistory, openPartnerComment } from '@/lib/offers/queries';
import { formValuesFromContent } from '@/lib/offers/schema';
import { discountFormValues } from '@/lib/discounts/draft';
import { OfferForm } from '../../OfferForm';
import { WithdrawForm } from '../../WithdrawForm';

type Props = { params: Promise<{ id: string }> };

// Read once per request, for the title and the page; only for an editor. Null also when its content
// cannot be read (logged): the page is then not found.
const discountAction = cache(async (id: string) => {
  await requireEditor(`/redactie/acties/${id}`);
  return editorDiscountAction(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const offer = await discountAction((await params).id);
  const org = offer?.organisation;
  return {
    title: org ? nl.offer.editor.actionPageTitle(orgName(org), offer.content.discount.subject) : nl.discount.editor.formTitle,
  };
}

/** A submitted discount action: the editors rewrite it and send it for approval, like a credit listing. */
export default async function EditorDiscountActionPage({ params }: Props) {
  const { id } = await params;
  const offer = await discountAction(id);
  if (!offer) notFound();
  const org = offer.organisation;
  const { content } = offer;
  const history = await offerHistory(offer.id);
  const comment = openPartnerComment(history);
  const name = orgName(org);
  const t = nl.offer.editor;
  const d = nl.discount;
  const initial = { ...formValuesFromContent(content, offer.version), ...discountFormValues(content.discount) };
  const expired = Boolean(offer.publishedAt) && isExpired(offer.validUntil);
  return (
    <PageMain wide>
      <p>
        <Link href="/redactie">← {nl.editorHome.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        {name}: {content.discount.subject}
      </h1>
      <p className="mt-1 text-muted">
        {org.legalName} · KvK {org.kvkNumber} · {nl.partnerTypeShort[org.partnerType]} ·{' '}
        {org.users.map((u) => `${u.name} (${u.email}, ${formatPhone(u.phone)})`).join(', ')}
      </p>
      <p className="mt-2 font-semibold">
        {d.editor.formTitle}: {expired ? d.partner.expiredOn(formatDate(offer.validUntil!)) : nl.offer.statuses[offer.status]}
        {offer.publishedAt && !expired ? (
          <>
            {' · '}
            <Link href={`/aanbod/${offer.slug}`}>{t.viewPublic}</Link>
          </>
        ) : null}
      </p>
      <div className="mt-4 grid gap-4 lg:grid-cols-2 lg:gap-8">
        {comment ? <PartnerComment entry={comment} /> : null}
        <section aria-labelledby="from-partner" className="rounded-lg border-l-4 border-brand bg-white p-5">
          <h2 id="from-partner" className="text-xl font-bold">
            {d.editor.fromPartner}
          </h2>
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
        </section>
      </div>
      <OfferForm
        target={{ kind: 'DISCOUNT_ACTION', offerId: offer.id }}
        initial={initial}
        currentPhoto={keepablePhoto(offer, org)}
        organisationName={name}
        title={d.editor.formTitle}
      >
        {offer.status === 'SUBMITTED' ? <p className="mb-4 rounded-md bg-brand-light p-3">{d.editor.submittedNote}</p> : null}
        {offer.status === 'AWAITING_PARTNER' ? <p className="mb-4 rounded-md bg-brand-light p-3">{t.awaitingNote}</p> : null}
        {offer.publishedAt ? <p className="mb-4 rounded-md bg-brand-light p-3">{t.publishedNote}</p> : null}
      </OfferForm>
      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <History entries={history} />
        <WithdrawForm offerId={offer.id} online={Boolean(offer.publishedAt)} />
      </div>
    </PageMain>
  );
}
