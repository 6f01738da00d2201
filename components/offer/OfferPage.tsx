import { nl } from '@/lib/i18n/nl';
import { RowTable } from '@/components/ui/RowTable';
import { formatPhone, phoneHref } from '@/lib/i18n/phone';
import type { DiscountView, OfferView } from '@/lib/offers/view';
import { OrganisationPhoto } from '@/components/photo/OrganisationPhoto';
import { dotBefore } from '@/components/ui/classes';

/**
 * The ONE component that renders an offer: the public detail page and every preview (editor and
 * partner) use it with the same OfferView shape, so what the partner approves is what pass holders
 * see. Plain HTML, no client JavaScript.
 */
export function OfferPage({ offer, headingLevel = 1 }: { offer: OfferView; headingLevel?: 1 | 2 }) {
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  const t = nl.offer.page;
  return (
    <article className="offer-page overflow-hidden rounded-lg bg-white" data-offer>
      <OrganisationPhoto photo={offer.photo} category={offer.category} alt={offer.title} sizes="(min-width: 768px) 720px, 100vw" />
      <div className="space-y-5 p-5 sm:p-8">
        <header>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand">
            {nl.offer.kinds[offer.kind]}
            <span className={dotBefore}>{offer.categoryLabel}</span>
          </p>
          <Title className="mt-1 text-3xl font-bold">{offer.title}</Title>
          <p className="mt-1 text-muted">{offer.organisationName}</p>
        </header>
        {offer.kind === 'CREDIT_LISTING' ? (
          <p className="rounded-md bg-brand-light p-4 font-semibold text-brand-dark">
            {t.credit} {t.creditNote}
          </p>
        ) : null}
        {offer.discount ? <DiscountTerms discount={offer.discount} Sub={Sub} /> : null}
        <div className="whitespace-pre-line text-lg">{offer.body}</div>
        {offer.discount?.tips ? (
          <section>
            <Sub className="text-xl font-bold">{nl.discount.page.tips}</Sub>
            <p className="mt-1 whitespace-pre-line">{offer.discount.tips}</p>
          </section>
        ) : null}
        <section>
          <Sub className="text-xl font-bold">{t.address}</Sub>
          <p className="mt-1">{offer.address}</p>
          <p className="mt-1">
            <a href={offer.mapUrl} rel="noopener noreferrer" target="_blank">
              {t.map}
            </a>
          </p>
        </section>
        {offer.openingInfo ? (
          <section>
            <Sub className="text-xl font-bold">{t.opening}</Sub>
            <p className="mt-1 whitespace-pre-line">{offer.openingInfo}</p>
          </section>
        ) : null}
        {offer.contact.phone || offer.contact.email || offer.contact.website ? (
          <section>
            <Sub className="text-xl font-bold">{t.contact}</Sub>
            <ul className="mt-1 space-y-1">
              {offer.contact.phone ? (
                <li>
                  <a href={phoneHref(offer.contact.phone)}>{formatPhone(offer.contact.phone)}</a>
                </li>
              ) : null}
              {offer.contact.email ? (
                <li>
                  <a href={`mailto:${offer.contact.email}`}>{offer.contact.email}</a>
                </li>
              ) : null}
              {offer.contact.website ? (
                <li>
                  <a href={offer.contact.website} rel="noopener noreferrer" target="_blank">
                    {offer.contact.website.replace(/^https?:\/\//, '')}
                  </a>
                </li>
              ) : null}
            </ul>
          </section>
        ) : null}
      </div>
    </article>
  );
}

/** What the pass holder gets and when: the percentage or the age tariffs, period, use, reservation. */
function DiscountTerms({ discount: d, Sub }: { discount: DiscountView; Sub: 'h2' | 'h3' }) {
  const t = nl.discount.page;
  return (
    <section className="space-y-3 rounded-md bg-brand-light p-4 text-brand-dark">
      <Sub className="text-xl font-bold">{d.headline}</Sub>
      {d.tariffs.length ? (
        <RowTable
          tone="brand"
          columns={[t.age, t.regular, t.pass]}
          rows={d.tariffs.map((b) => ({ key: b.ages, head: b.ages, cells: [<s key="regular">{b.regular}</s>, b.pass] }))}
          cellClassName={(i) => (i === 1 ? 'font-bold' : '')}
        />
      ) : null}
      <ul className="space-y-1">
        <li>{d.validity}</li>
        {d.validityNote ? <li className="whitespace-pre-line">{d.validityNote}</li> : null}
        <li>{d.usage}</li>
        {d.reservationRequired ? <li className="font-bold">{t.reservation}</li> : null}
      </ul>
    </section>
  );
}
