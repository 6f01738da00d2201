import { z } from 'zod';
import { offerContentSchema, type OfferContent } from '@/lib/offers/schema';
import type { TariffBand } from './schema';

// What a discount action ("actievoorstel") holds besides the common offer content. While the partner
// fills the wizard it is a flat draft of what was typed (ProposalContent); on submission it becomes
// a DiscountContent, which the editors then rewrite like any other offer. These schemas describe what
// is stored (lib/offers/content.ts reads every row through them), not the wizard's rules.

/** A stored age band: ages in years (maxAge null: "and older"), prices in cents. */
const storedTariffBand = z.object({
  minAge: z.number(),
  maxAge: z.number().nullable(),
  regular: z.number(),
  pass: z.number(),
}) satisfies z.ZodType<TariffBand>;

export const discountDetailsSchema = z.object({
  subject: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  validityNote: z.string(),
  editorsInfo: z.string(),
  tips: z.string(),
  reservationRequired: z.boolean(),
  discountType: z.enum(['PERCENT', 'TARIFFS']),
  percent: z.number().nullable(),
  usage: z.enum(['ONCE', 'REPEATED']),
  tariffs: z.array(storedTariffBand),
  /**
   * Who the editors can call about this action; not shown on the site. An action submitted before
   * the wizard asked for it (the first proposals of 24 November 2026) has none: read as empty.
   */
  contactName: z.string().default(''),
});

export type DiscountDetails = z.infer<typeof discountDetailsSchema>;

export const discountContentSchema = offerContentSchema.extend({ discount: discountDetailsSchema });

export type DiscountContent = z.infer<typeof discountContentSchema>;

/** Everything the partner typed, by form field name ("tariffs.0.pass" for the bands), valid or not. */
export type ProposalDraft = Record<string, string>;

/** An offer's content while it is a proposal; the title is the subject, for lists. */
export const proposalContentSchema = z.object({ title: z.string(), draft: z.record(z.string(), z.string()) });

export type ProposalContent = z.infer<typeof proposalContentSchema>;

/** A discount action's content, told from a credit listing's (both read through lib/offers/content.ts). */
export function isDiscountContent(content: OfferContent): content is DiscountContent {
  return 'discount' in content;
}
