import type { OfferContent } from '@/lib/offers/schema';
import type { TariffBand } from './schema';
import { defaultValidity } from './schema';

// What a discount action ("actievoorstel") holds besides the common offer content. The partner fills
// it step by step in the wizard; the editors rewrite the common part (title, body, photo) later.
export type DiscountDetails = {
  subject: string;
  validFrom: string;
  validUntil: string;
  validityNote: string;
  editorsInfo: string;
  tips: string;
  reservationRequired: boolean;
  discountType: 'PERCENT' | 'TARIFFS' | null;
  percent: number | null;
  usage: 'ONCE' | 'REPEATED' | null;
  tariffs: TariffBand[];
};

export type DiscountContent = OfferContent & { discount: DiscountDetails };

type OrganisationForProposal = {
  displayName: string | null;
  legalName: string;
  category: string;
  visitStreet: string;
  visitHouseNumber: string;
  visitAddition: string;
  visitPostcode: string;
  visitCity: string;
};

/** A new proposal: validity the whole current year, address and contact from the partner (manual §11). */
export function emptyProposal(org: OrganisationForProposal, contact: { phone: string; email: string }, today?: string): DiscountContent {
  return {
    title: '',
    body: '',
    category: org.category,
    address: { street: org.visitStreet, houseNumber: org.visitHouseNumber, addition: org.visitAddition, postcode: org.visitPostcode, city: org.visitCity },
    openingInfo: '',
    contact: { phone: contact.phone, email: contact.email, website: '', showPhone: true, showEmail: true, showWebsite: false },
    photoId: null,
    discount: {
      subject: '',
      ...defaultValidity(today),
      validityNote: '',
      editorsInfo: '',
      tips: '',
      reservationRequired: false,
      discountType: null,
      percent: null,
      usage: null,
      tariffs: [],
    },
  };
}
