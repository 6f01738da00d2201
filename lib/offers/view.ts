import { categoryLabel } from '@/lib/partners/categories';
import { photoSources, type PhotoSources } from '@/lib/photos/sources';
import { nl } from '@/lib/i18n/nl';
import { formatAddress, formatEuro, formatIsoDate } from '@/lib/i18n/format';
import { isDiscountContent, type DiscountContent } from '@/lib/discounts/content';
import type { OfferContent } from './schema';

/** A discount action's terms in plain Dutch, ready to show. */
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
  category: string;
  categoryLabel: string;
  photo: PhotoSources | null;
  address: string;
  mapUrl: string;
  openingInfo: string;
  contact: { phone?: string; email?: string; website?: string };
  discount: DiscountView | null;
};

type PhotoRow = { variants: unknown; width: number; height: number } | null;

export function toOfferView(kind: OfferView['kind'], content: OfferContent, organisationName: string, photo: PhotoRow): OfferView {
  return offerView(kind, content, organisationName, photo ? photoSources(photo) : null);
}

/** The same, with the photo's sources already known (the editors' live preview has no photo row). */
export function offerView(kind: OfferView['kind'], content: OfferContent, organisationName: string, photo: PhotoSources | null): OfferView {
  const address = formatAddress(content.address);
  const c = content.contact;
  return {
    kind,
    organisationName,
    title: content.title,
    body: content.body,
    category: content.category,
    categoryLabel: categoryLabel(content.category),
    photo,
    address,
    mapUrl: `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`,
    openingInfo: content.openingInfo,
    contact: {
      ...(c.showPhone && c.phone ? { phone: c.phone } : {}),
      ...(c.showEmail && c.email ? { email: c.email } : {}),
      ...(c.showWebsite && c.website ? { website: c.website } : {}),
    },
    discount: isDiscountContent(content) ? discountView(content) : null,
  };
}

export function discountView({ discount: d }: DiscountContent): DiscountView {
  const t = nl.discount.page;
  return {
    headline: d.discountType === 'PERCENT' && d.percent !== null ? t.discount(`${String(d.percent).replace('.', ',')}%`) : t.tariffs,
    tariffs:
      d.discountType === 'TARIFFS'
        ? [...d.tariffs]
            .sort((a, b) => a.minAge - b.minAge)
            .map((b) => ({ ages: t.ages(b.minAge, b.maxAge), regular: formatEuro(b.regular), pass: formatEuro(b.pass) }))
        : [],
    usage: d.usage === 'ONCE' ? t.once : t.repeated,
    validity: t.validity(formatIsoDate(d.validFrom), formatIsoDate(d.validUntil)),
    validityNote: d.validityNote,
    reservationRequired: d.reservationRequired,
    tips: d.tips,
  };
}
