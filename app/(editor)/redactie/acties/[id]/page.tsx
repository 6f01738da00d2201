import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { OfferPage } from '@/components/offer/OfferPage';
import { History } from '@/components/offer/History';
import { nl } from '@/lib/i18n/nl';
import { formatDate } from '@/lib/i18n/format';
import { formatPhone } from '@/lib/i18n/phone';
import { requireEditor } from '@/lib/auth/session';
import { draftView, editorDiscountAction, isExpired, offerHistory } from '@/lib/offers/queries';
import { formValuesFromContent } from '@/lib/offers/schema';
import { discountFormValues } from '@/lib/actions/draft';
import type { DiscountContent } from '@/lib/actions/content';
import { OfferForm } from '../../OfferForm';
import { WithdrawForm } from '../../WithdrawForm';

export const metadata: Metadata = { title: 'Kortingsactie — redactie' };

/** A submitted discount action: the editors rewrite it and send it for approval, like a credit listing. */
export default async function EditorDiscountActionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireEditor(`/redactie/acties/${id}`);
  const offer = await editorDiscountAction(id);
  if (!offer) notFound();
  const org = offer.organisation;
  const content = offer.content as DiscountContent;
  const history = await offerHistory(offer.id);
  const name = org.displayName || org.legalName;
  const t = nl.offer.editor;
  const d = nl.discount;
  const initial = { ...formValuesFromContent(content, offer.version), ...discountFormValues(content.discount) };
  const expired = Boolean(offer.publishedAt) && isExpired(offer.validUntil);
  return (
    <PageMain>
      <p>
        <Link href="/redactie">← {nl.editorHome.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        {name}: {content.discount.subject}
      </h1>
      <p className="mt-1 text-muted">
        {org.legalName} · KvK {org.kvkNumber} · {nl.partnerTypeShort[org.partnerType]} · {org.users.map((u) => `${u.name} (${u.email}, ${formatPhone(u.phone)})`).join(', ')}
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
      <section aria-labelledby="from-partner" className="mt-4 rounded-lg border-l-4 border-brand bg-white p-5">
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
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="form-title" className="rounded-lg bg-white p-5">
          <h2 id="form-title" className="mb-4 text-xl font-bold">
            {d.editor.formTitle}
          </h2>
          {offer.status === 'SUBMITTED' ? <p className="mb-4 rounded-md bg-brand-light p-3">{d.editor.submittedNote}</p> : null}
          {offer.status === 'AWAITING_PARTNER' ? <p className="mb-4 rounded-md bg-brand-light p-3">{t.awaitingNote}</p> : null}
          {offer.publishedAt ? <p className="mb-4 rounded-md bg-brand-light p-3">{t.publishedNote}</p> : null}
          <OfferForm target={{ kind: 'DISCOUNT_ACTION', offerId: offer.id }} initial={initial} currentPhotoId={offer.photoId ?? org.photoId} />
        </section>
        <div className="space-y-8">
          <section aria-labelledby="preview-title">
            <h2 id="preview-title" className="mb-3 text-xl font-bold">
              {t.preview}
            </h2>
            <OfferPage offer={draftView(offer, org)} headingLevel={2} />
          </section>
          <WithdrawForm offerId={offer.id} online={Boolean(offer.publishedAt)} />
          <History entries={history} />
        </div>
      </div>
    </PageMain>
  );
}
