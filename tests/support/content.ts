import type { DiscountContent, DiscountDetails } from '@/lib/discounts/content';
import type { OfferContent } from '@/lib/offers/schema';

// Offer content as the code stores it, for tests that write rows themselves (no database client
// here, so e2e specs can use it too).

/** A credit listing's content. */
export function credit(): OfferContent {
  return {
    title: 'Zwemmen bij De Wielen',
    body: 'Met je Dordtpas betaal je het zwemmen met je tegoed.',
    category: 'sport',
    address: { street: 'Wielenpad', houseNumber: '4', addition: '', postcode: '3311 AB', city: 'Dordrecht' },
    openingInfo: '',
    contact: { phone: '', email: '', website: '', showPhone: false, showEmail: false, showWebsite: false },
    photoId: null,
  };
}

/** A discount offer's content with these details. */
export function discount(details: Partial<DiscountDetails>): DiscountContent {
  return {
    ...credit(),
    discount: {
      subject: 'toegang',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      validityNote: '',
      editorsInfo: '',
      tips: '',
      reservationRequired: false,
      discountType: 'PERCENT',
      percent: 25,
      usage: 'REPEATED',
      tariffs: [],
      contactName: 'Fatima Bakker',
      ...details,
    },
  };
}
