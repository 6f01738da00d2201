import type { LocationView } from '@/lib/locations/queries';
import { nl } from '@/lib/i18n/nl';
import { formatAddress } from '@/lib/i18n/format';
import { PREFIXED_LOCALES } from '@/lib/i18n/locales';
import { formatPhone } from '@/lib/i18n/phone';
import { categoryLabel } from '@/lib/partners/categories';
import { isDiscountContent, type DiscountContent } from '@/lib/discounts/content';
import { locationsOfOffer } from '@/lib/locations/resolve';
import type { OfferContent } from './schema';
import { discountView } from './view';

export type FieldChange = { field: string; before: string; after: string };

/** A partner's location as the review of changes names it. */
export type NamedLocation = Pick<LocationView, 'id' | 'name' | 'street' | 'houseNumber' | 'addition' | 'postcode' | 'city'>;

/**
 * Where it applies, as read: "Alle locaties", or the names and addresses of the chosen ones — for
 * content from before locations, the one at its address (what its page shows).
 */
function locationsText(c: OfferContent, locations: readonly NamedLocation[]): string {
  if (c.locations === 'all') return nl.offerLocations.all;
  return locationsOfOffer(c, locations)
    .map((l) => `${l.name} (${formatAddress(l)})`)
    .join('; ');
}

/** The fields as a person reads them: label → text. Without the partner's locations, none of them. */
function readable(c: OfferContent, locations: readonly NamedLocation[]): Record<string, string> {
  const f = nl.offer.fields;
  const yes = (b: boolean) => (b ? nl.offer.shown : nl.offer.hidden);
  return {
    [f.title]: c.title,
    [f.body]: c.body,
    [f.category]: categoryLabel(c.category),
    [f.address]: formatAddress(c.address),
    ...(locations.length ? { [nl.offerLocations.field]: locationsText(c, locations) } : {}),
    [f.openingInfo]: c.openingInfo,
    [f.phone]: `${formatPhone(c.contact.phone)} (${yes(c.contact.showPhone)})`,
    [f.email]: `${c.contact.email} (${yes(c.contact.showEmail)})`,
    [f.website]: `${c.contact.website} (${yes(c.contact.showWebsite)})`,
    [f.photo]: c.photoId ? nl.offer.photoSet : nl.offer.photoNone,
    ...(isDiscountContent(c) ? discountReadable(c) : {}),
    ...translationsReadable(c),
  };
}

/** The editors' translations (issue 21), each language's title and text; empty where there is none. */
function translationsReadable(c: OfferContent): Record<string, string> {
  const t = nl.offer.translations;
  return Object.fromEntries(
    PREFIXED_LOCALES.flatMap((l) => [
      [t.titleIn(t.names[l]), c.translations?.[l]?.title ?? ''],
      [t.bodyIn(t.names[l]), c.translations?.[l]?.body ?? ''],
    ]),
  );
}

function discountReadable(c: DiscountContent): Record<string, string> {
  const d = discountView(c);
  const f = nl.discount.fields;
  return {
    [f.discountType]: [d.headline, ...d.tariffs.map((b) => `${b.ages}: ${b.regular} → ${b.pass}`)].join('; '),
    [nl.discount.steps.looptijd]: d.validity,
    [f.validityNote]: d.validityNote,
    [f.usage]: d.usage,
    [f.reservationRequired]: d.reservationRequired ? nl.discount.summary.yes : nl.discount.summary.no,
    [f.tips]: d.tips,
  };
}

/**
 * What changed between two versions of an offer's content, field by field. `locations`: the
 * partner's, to name the chosen ones (without, a change of them is not seen).
 */
export function diffContent(before: OfferContent | null, after: OfferContent, locations: readonly NamedLocation[] = []): FieldChange[] {
  const b = before ? readable(before, locations) : {};
  const a = readable(after, locations);
  const changes: FieldChange[] = [];
  for (const field of Object.keys(a)) {
    if (b[field] !== a[field] && !(before === null && a[field].trim() === ''))
      changes.push({ field, before: b[field] ?? '', after: a[field] });
  }
  if (before && before.photoId !== after.photoId && before.photoId && after.photoId) {
    const label = nl.offer.fields.photo;
    if (!changes.some((c) => c.field === label)) changes.push({ field: label, before: nl.offer.photoSet, after: nl.offer.photoOther });
  }
  return changes;
}
