import type { Locale } from '@/lib/i18n/locales';
import { dutchText, publicMessages, type PublicMessages } from '@/lib/i18n/messages';
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
export function OfferPage({ offer, headingLevel = 1, locale = 'nl' }: { offer: OfferView; headingLevel?: 1 | 2; locale?: Locale }) {
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  const m = publicMessages(locale);
  const t = m.offerPage;
  // The editors write in Dutch: on a page in another language their texts say so, for the reader and
  // for a screen reader's voice (lang="nl"), and run left to right also inside an Arabic page.
  const dutch = dutchText(locale);
  // Title and text in the page's language when the editors translated them; else marked as Dutch.
  const own = offer.translated ? {} : dutch;
  const inDutch =
    locale === 'nl' || offer.translated ? null : <span className="block text-sm font-normal text-muted">{m.site.inDutch}</span>;
  return (
    // In its language also inside the portal's English pages, where the preview is the Dutch public page.
    <article className="offer-page overflow-hidden rounded-lg bg-white" data-offer lang={locale}>
      <OrganisationPhoto
        photo={offer.photo}
        category={offer.category}
        alt={offer.title}
        categoryAlt={m.site.categoryImage(offer.categoryLabel)}
        sizes="(min-width: 768px) 720px, 100vw"
      />
      <div className="space-y-5 p-5 sm:p-8">
        <header>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand rtl:tracking-normal">
            {t.kinds[offer.kind]}
            <span className={dotBefore}>{offer.categoryLabel}</span>
          </p>
          <Title className="mt-1 text-3xl font-bold">
            <span {...own}>{offer.title}</span>
            {inDutch}
          </Title>
          <p className="mt-1 text-muted">{offer.organisationName}</p>
        </header>
        {offer.kind === 'CREDIT_LISTING' ? (
          <p className="rounded-md bg-brand-light p-4 font-semibold text-brand-dark">
            {t.credit} {t.creditNote}
          </p>
        ) : null}
        {offer.discount ? <DiscountTerms discount={offer.discount} Sub={Sub} m={m} dutch={dutch} /> : null}
        <div className="whitespace-pre-line text-lg" {...own}>
          {offer.body}
        </div>
        {offer.discount?.tips ? (
          <section>
            <Sub className="text-xl font-bold">{t.tips}</Sub>
            <p className="mt-1 whitespace-pre-line" {...dutch}>
              {offer.discount.tips}
            </p>
          </section>
        ) : null}
        <Places places={offer.places} organisationName={offer.organisationName} Sub={Sub} m={m} dutch={dutch} />
        {offer.openingInfo ? (
          <section>
            <Sub className="text-xl font-bold">{t.opening}</Sub>
            <p className="mt-1 whitespace-pre-line" {...dutch}>
              {offer.openingInfo}
            </p>
          </section>
        ) : null}
        {offer.contact.phone || offer.contact.email || offer.contact.website ? (
          <section>
            <Sub className="text-xl font-bold">{t.contact}</Sub>
            <ul className="mt-1 space-y-1">
              {offer.contact.phone ? (
                <li>
                  {/* A number reads left to right, also on an Arabic page (its groups would swap places). */}
                  <a href={phoneHref(offer.contact.phone)} dir="ltr">
                    {formatPhone(offer.contact.phone)}
                  </a>
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
function Places({
  places,
  organisationName,
  Sub,
  m,
  dutch,
}: {
  places: PlaceView[];
  organisationName: string;
  Sub: 'h2' | 'h3';
  m: PublicMessages;
  dutch: ReturnType<typeof dutchText>;
}) {
  const t = m.places;
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
                {t.phone}:{' '}
                <a href={phoneHref(p.phone)} dir="ltr">
                  {formatPhone(p.phone)}
                </a>
              </p>
            ) : null}
            {p.hours ? (
              <div>
                <p className="font-semibold">{t.hours}</p>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4">
                  {p.hours.map((h) => (
                    <div key={h.day} className="contents">
                      <dt>{h.day}</dt>
                      <dd>
                        {/* "09:00–17:00" stays in that order on an Arabic page. */}
                        <span dir="ltr">{h.text}</span>
                      </dd>
                    </div>
                  ))}
                </dl>
              </div>
            ) : null}
            {p.remark ? (
              <p className="whitespace-pre-line" {...dutch}>
                {p.remark}
              </p>
            ) : null}
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
function DiscountTerms({
  discount: d,
  Sub,
  m,
  dutch,
}: {
  discount: DiscountView;
  Sub: 'h2' | 'h3';
  m: PublicMessages;
  dutch: ReturnType<typeof dutchText>;
}) {
  const t = m.discountPage;
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
        {d.validityNote ? (
          <li className="whitespace-pre-line" {...dutch}>
            {d.validityNote}
          </li>
        ) : null}
        <li>{d.usage}</li>
        {d.reservationRequired ? <li className="font-bold">{t.reservation}</li> : null}
      </ul>
    </section>
  );
}
