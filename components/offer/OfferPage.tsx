import { nl } from '@/lib/i18n/nl';
import { RowTable } from '@/components/ui/RowTable';
import { formatPhone, phoneHref } from '@/lib/i18n/phone';
import type { DiscountView, OfferView, PlaceView } from '@/lib/offers/view';
import { OrganisationPhoto } from '@/components/photo/OrganisationPhoto';
import { dotBefore } from '@/components/ui/classes';
import { MapLink } from './MapLink';

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
        <Places places={offer.places} organisationName={offer.organisationName} Sub={Sub} />
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

/**
 * Where it applies: "Adres" for one place, "Locaties" for more, each with its address, phone, hours
 * per weekday, remark and a link to open it in the phone's map app. One place named as the
 * organisation is not named again under the page's title.
 */
function Places({ places, organisationName, Sub }: { places: PlaceView[]; organisationName: string; Sub: 'h2' | 'h3' }) {
  const t = nl.offerLocations;
  const Name = Sub === 'h2' ? 'h3' : 'h4';
  const one = places.length === 1;
  return (
    <section data-places>
      <Sub className="text-xl font-bold">{t.heading(places.length)}</Sub>
      <ul className={one ? 'mt-1' : 'mt-2 grid items-start gap-4 sm:grid-cols-2'}>
        {places.map((p) => (
          <li key={`${p.name}|${p.address}`} className={one ? 'space-y-1' : 'space-y-1 rounded-md border border-line/50 p-4'} data-place>
            {p.name && !(one && p.name === organisationName) ? <Name className="text-lg font-bold">{p.name}</Name> : null}
            <p>{p.address}</p>
            {p.phone ? (
              <p>
                {t.phone}: <a href={phoneHref(p.phone)}>{formatPhone(p.phone)}</a>
              </p>
            ) : null}
            {p.hours ? (
              <div>
                <p className="font-semibold">{t.hours}</p>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4">
                  {p.hours.map((h) => (
                    <div key={h.day} className="contents">
                      <dt>{h.day}</dt>
                      <dd>{h.text}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            ) : null}
            {p.remark ? <p className="whitespace-pre-line">{p.remark}</p> : null}
            <p className="pt-1">
              <MapLink href={p.mapUrl} android={p.appUrls.android} apple={p.appUrls.apple}>
                {t.openInMaps}
                {places.length > 1 ? <span className="sr-only">{t.openInMapsOf(p.name ?? p.address)}</span> : null}
              </MapLink>
            </p>
          </li>
        ))}
      </ul>
    </section>
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
