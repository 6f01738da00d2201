import { prisma } from '@/lib/db';
import type { DiscountDetails } from '@/lib/discounts/content';
import { catalogPage } from '@/lib/offers/catalog';
import { NO_FILTERS, type CatalogFilters } from '@/lib/offers/filters';
import { approveOffer, saveDiscountAction, saveListing } from '@/lib/offers/review';
import { listingForm, makeEditor, makePartner } from './offers';
import { editorDiscount, submittedProposal } from './proposals';

// Helpers for the public catalog tests (lib/offers/catalog.ts, lib/offers/filters.ts): offers
// published through the real review loop, and the catalog's query in short.

type ListingOverrides = Record<string, string | number | undefined>;

/**
 * A credit listing saved and sent by an editor and approved by the partner: PUBLISHED. The
 * organisation is shown as `organisation` (its display name).
 */
export async function publishedListing(organisation: string, listingOverrides: ListingOverrides = {}) {
  const editor = await makeEditor();
  const partner = await makePartner({ partnerType: 'BOTH', showDisplayName: 'on', displayName: organisation });
  const sent = await saveListing(editor, partner.organisationId, listingForm({ intent: 'send', ...listingOverrides }));
  if (!sent.ok) throw new Error(`saveListing refused: ${sent.reason}`);
  const approved = await approveOffer(partner.actor, sent.offerId, sent.version);
  if (!approved.ok) throw new Error(`approveOffer refused: ${approved.reason}`);
  return { editor, partner, offerId: sent.offerId, version: sent.version, slug: approved.slug };
}

/**
 * A discount offer proposed by `organisation` (about `subject`), rewritten and sent by an editor
 * and approved by the partner: PUBLISHED. Like publishedAction, with the subject under control
 * (it is part of the search text).
 */
export async function publishedDiscount(
  organisation: string,
  options: {
    subject?: string;
    listing?: ListingOverrides;
    discount?: Partial<Omit<DiscountDetails, 'subject' | 'editorsInfo' | 'contactName'>>;
  } = {},
) {
  const editor = await makeEditor();
  const { partner, offerId, version } = await submittedProposal(
    { displayName: organisation },
    { onderwerp: { subject: options.subject ?? 'toegang' } },
  );
  const sent = await saveDiscountAction(
    editor,
    offerId,
    listingForm({ version, intent: 'send', ...options.listing }),
    editorDiscount(options.discount),
  );
  if (!sent.ok) throw new Error(`saveDiscountAction refused: ${sent.reason}`);
  const approved = await approveOffer(partner.actor, offerId, sent.version);
  if (!approved.ok) throw new Error(`approveOffer refused: ${approved.reason}`);
  return { editor, partner, offerId, version: sent.version, slug: approved.slug };
}

/** The catalog entry of an offer (null when there is none). */
export const entryOf = (offerId: string) => prisma.catalogEntry.findUnique({ where: { offerId } });

/** Catalog filters: the defaults with these changed. */
export const filters = (overrides: Partial<CatalogFilters> = {}): CatalogFilters => ({ ...NO_FILTERS, ...overrides });

/** The titles of the cards catalogPage shows for these filters on `today`, in its order. */
export async function titlesFor(overrides: Partial<CatalogFilters>, today: string): Promise<string[]> {
  return (await catalogPage(filters(overrides), today)).cards.map((c) => c.title);
}

/** Offer content for benefitOf: a credit listing, or a discount offer with these details. */
export { credit, discount } from './content';
