import type { LocationView } from '@/lib/locations/queries';
import { photoSources, type PhotoSources } from '@/lib/photos/sources';
import { formatAddress, formatEuro, formatIsoDate, formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { categoryName, publicMessages } from '@/lib/i18n/messages';
import { isDiscountContent, type DiscountContent } from '@/lib/discounts/content';
import { locationsOfOffer } from '@/lib/locations/resolve';
import { formatPeriods, WEEKDAYS } from '@/lib/locations/hours';
import type { OfferContent } from './schema';

/** A discount action's terms in plain words of the page's language, ready to show. */
export type DiscountView = {
  headline: string;
  tariffs: { ages: string; regular: string; pass: string }[];
  usage: string;
  validity: string;
  validityNote: string;
  reservationRequired: boolean;
  tips: string;
};

// The ONE shape the offer page is rendered from: the public page with the published content, every
// preview with the draft. Nothing else reaches OfferPage.
export type OfferView = {
  kind: 'CREDIT_LISTING' | 'DISCOUNT_ACTION';
  organisationName: string;
  title: string;
  body: string;
  /** Title and text are the editors' translation into the page's language (issue 21); else Dutch. */
  translated: boolean;
  category: string;
  categoryLabel: string;
  photo: PhotoSources | null;
  /** Where it applies: its locations, or — none known — the content's own address (name null). */
  places: PlaceView[];
  openingInfo: string;
  contact: { phone?: string; email?: string; website?: string };
  discount: DiscountView | null;
};

/** One place on the offer's page, with the links that open it in a map (ADR 0036). */
export type PlaceView = {
  /** The location's name; null for the content's own address. */
  name: string | null;
  address: string;
  phone: string | null;
  /** Per weekday ("maandag", "09:00–17:00" or "gesloten"); null when the partner gave no hours. */
  hours: { day: string; text: string }[] | null;
  remark: string;
  /** A web map (OpenStreetMap): works everywhere, without JavaScript. */
  mapUrl: string;
  /** What a phone opens in its own map app: Android's geo: URI, Apple Maps' link. */
  appUrls: { android: string; apple: string };
};

/** A location of the partner, as the offer's page shows it (its order is the list's). */
export type PlaceLocation = Omit<LocationView, 'position'>;

/**
 * The map links of a place: with coordinates its point (and name), else its address as the search.
 * geo: is opened by Android's map apps only, maps.apple.com by Apple's Maps: the page links the web
 * map, and on those phones components/offer/MapLink.tsx swaps in their own (ADR 0036).
 */
export function mapLinks(name: string | null, address: string, point: { latitude: number; longitude: number } | null) {
  const q = encodeURIComponent;
  const label = name ?? address;
  if (!point)
    return {
      mapUrl: `https://www.openstreetmap.org/search?query=${q(address)}`,
      appUrls: { android: `geo:0,0?q=${q(address)}`, apple: `https://maps.apple.com/?q=${q(label)}&address=${q(address)}` },
    };
  const ll = `${point.latitude},${point.longitude}`;
  return {
    mapUrl: `https://www.openstreetmap.org/?mlat=${point.latitude}&mlon=${point.longitude}#map=18/${point.latitude}/${point.longitude}`,
    appUrls: { android: `geo:${ll}?q=${ll}(${q(label)})`, apple: `https://maps.apple.com/?q=${q(label)}&address=${q(address)}&ll=${ll}` },
  };
}

/** The places an offer with this content shows: its locations among the partner's, else its own address. */
export function placesOf(content: OfferContent, locations: readonly PlaceLocation[], locale: Locale = 'nl'): PlaceView[] {
  const t = publicMessages(locale).places;
  const found = locationsOfOffer(content, locations);
  if (!found.length) {
    const address = formatAddress(content.address);
    return [{ name: null, address, phone: null, hours: null, remark: '', ...mapLinks(null, address, null) }];
  }
  return found.map((l) => {
    const address = formatAddress(l);
    const point = l.latitude !== null && l.longitude !== null ? { latitude: l.latitude, longitude: l.longitude } : null;
    const hours = l.openingHours;
    return {
      name: l.name,
      address,
      phone: l.phone || null,
      hours: hours && WEEKDAYS.map((d) => ({ day: t.weekdays[d], text: hours[d].length ? formatPeriods(hours[d]) : t.closed })),
      remark: l.hoursRemark,
      ...mapLinks(l.name, address, point),
    };
  });
}

type PhotoRow = { variants: unknown; width: number; height: number } | null;

/** `locations`: the partner's, live (the content names which of them it applies to). */
export function toOfferView(
  kind: OfferView['kind'],
  content: OfferContent,
  organisationName: string,
  photo: PhotoRow,
  locations: readonly PlaceLocation[] = [],
  locale: Locale = 'nl',
): OfferView {
  return offerView(kind, content, organisationName, photo ? photoSources(photo) : null, locations, locale);
}

/** The same, with the photo's sources already known (the editors' live preview has no photo row). */
export function offerView(
  kind: OfferView['kind'],
  content: OfferContent,
  organisationName: string,
  photo: PhotoSources | null,
  locations: readonly PlaceLocation[] = [],
  locale: Locale = 'nl',
): OfferView {
  const c = content.contact;
  const translation = locale === 'nl' ? undefined : content.translations?.[locale];
  return {
    kind,
    organisationName,
    title: translation?.title ?? content.title,
    body: translation?.body ?? content.body,
    translated: translation !== undefined,
    category: content.category,
    categoryLabel: categoryName(content.category, locale),
    photo,
    places: placesOf(content, locations, locale),
    openingInfo: content.openingInfo,
    contact: {
      ...(c.showPhone && c.phone ? { phone: c.phone } : {}),
      ...(c.showEmail && c.email ? { email: c.email } : {}),
      ...(c.showWebsite && c.website ? { website: c.website } : {}),
    },
    discount: isDiscountContent(content) ? discountView(content, locale) : null,
  };
}

export function discountView({ discount: d }: DiscountContent, locale: Locale = 'nl'): DiscountView {
  const t = publicMessages(locale).discountPage;
  return {
    headline: d.discountType === 'PERCENT' && d.percent !== null ? t.discount(formatPercent(d.percent, locale)) : t.tariffs,
    tariffs:
      d.discountType === 'TARIFFS'
        ? [...d.tariffs]
            .sort((a, b) => a.minAge - b.minAge)
            .map((b) => ({ ages: t.ages(b.minAge, b.maxAge), regular: formatEuro(b.regular, locale), pass: formatEuro(b.pass, locale) }))
        : [],
    usage: d.usage === 'ONCE' ? t.once : t.repeated,
    validity: t.validity(formatIsoDate(d.validFrom, {}, locale), formatIsoDate(d.validUntil, {}, locale)),
    validityNote: d.validityNote,
    reservationRequired: d.reservationRequired,
    tips: d.tips,
  };
}
