import type { OfferContent } from '@/lib/offers/schema';
import type { TariffBand } from './schema';

// What a discount action ("actievoorstel") holds besides the common offer content. While the partner
// fills the wizard it is a flat draft of what was typed (ProposalContent); on submission it becomes
// a DiscountContent, which the editors then rewrite like any other offer.
export type DiscountDetails = {
  subject: string;
  validFrom: string;
  validUntil: string;
  validityNote: string;
  editorsInfo: string;
  tips: string;
  reservationRequired: boolean;
  discountType: 'PERCENT' | 'TARIFFS';
  percent: number | null;
  usage: 'ONCE' | 'REPEATED';
  tariffs: TariffBand[];
  /** Who the editors can call about this action; not shown on the site. */
  contactName: string;
};

export type DiscountContent = OfferContent & { discount: DiscountDetails };

/** Everything the partner typed, by form field name ("tariffs.0.pass" for the bands), valid or not. */
export type ProposalDraft = Record<string, string>;

/** An offer's content while it is a proposal; the title is the subject, for lists. */
export type ProposalContent = { title: string; draft: ProposalDraft };

export function isDiscountContent(content: unknown): content is DiscountContent {
  return Boolean(content && typeof content === 'object' && 'discount' in content);
}
