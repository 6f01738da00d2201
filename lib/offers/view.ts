import { categoryLabel } from '@/lib/partners/categories';
import { photoSources, type PhotoSources } from '@/lib/photos/service';
import type { OfferContent } from './schema';

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
};

type PhotoRow = { variants: unknown; width: number; height: number } | null;

export function toOfferView(
  kind: OfferView['kind'],
  content: OfferContent,
  organisationName: string,
  photo: PhotoRow,
): OfferView {
  const a = content.address;
  const address = `${a.street} ${a.houseNumber}${a.addition ? ` ${a.addition}` : ''}, ${a.postcode} ${a.city}`;
  const c = content.contact;
  return {
    kind,
    organisationName,
    title: content.title,
    body: content.body,
    category: content.category,
    categoryLabel: categoryLabel(content.category),
    photo: photo ? photoSources(photo) : null,
    address,
    mapUrl: `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`,
    openingInfo: content.openingInfo,
    contact: {
      ...(c.showPhone && c.phone ? { phone: c.phone } : {}),
      ...(c.showEmail && c.email ? { email: c.email } : {}),
      ...(c.showWebsite && c.website ? { website: c.website } : {}),
    },
  };
}
