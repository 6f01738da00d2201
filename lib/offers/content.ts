import type { OfferKind, OfferStatus } from '@/lib/generated/prisma/enums';
import { discountContentSchema, proposalContentSchema, type DiscountContent, type ProposalContent } from '@/lib/discounts/content';
import { offerContentSchema, type OfferContent } from './schema';

// Offer.content, Offer.publishedContent and OfferEvent.content are JSON columns: what is in them is
// whatever the code of the day wrote. Every read parses them with their kind's schema. A row that
// does not parse is one clear log line (offer, column, zod's issues) and `null` here; the caller
// turns that into something controlled — a 404, a row left out of a list, a typed refusal — instead
// of a crash three calls later. ADR 0016.

export type ContentColumn = 'Offer.content' | 'Offer.publishedContent' | 'OfferEvent.content';

/** Which row the JSON came from, for the log line. */
export type ContentSource = { offerId: string; column: ContentColumn; eventId?: string };

const SCHEMAS = { listing: offerContentSchema, discount: discountContentSchema, proposal: proposalContentSchema };

/** The kinds of content: a credit listing's, a discount action's (once submitted), a proposal's draft. */
export type ContentKind = keyof typeof SCHEMAS;

function describe(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`).join('; ');
}

/** The JSON as content of this kind, or null (logged) when it is not. */
export function readContent(kind: 'listing', json: unknown, where: ContentSource): OfferContent | null;
export function readContent(kind: 'discount', json: unknown, where: ContentSource): DiscountContent | null;
export function readContent(kind: 'proposal', json: unknown, where: ContentSource): ProposalContent | null;
export function readContent(
  kind: ContentKind,
  json: unknown,
  where: ContentSource,
): OfferContent | DiscountContent | ProposalContent | null {
  const parsed = SCHEMAS[kind].safeParse(json);
  if (parsed.success) return parsed.data;
  const event = where.eventId ? ` (event ${where.eventId})` : '';
  console.error(
    `[content] offer ${where.offerId}${event}: ${where.column} does not parse as ${kind} content: ${describe(parsed.error.issues)}`,
  );
  return null;
}

/**
 * A submitted offer's content — the working copy, the published copy or a history entry's — as its
 * kind stores it: a discount action's with its `discount` part (isDiscountContent tells them apart).
 */
export function readOfferContent(
  offer: { id: string; kind: OfferKind },
  json: unknown,
  column: ContentColumn,
  eventId?: string,
): OfferContent | null {
  const where = { offerId: offer.id, column, eventId };
  return offer.kind === 'DISCOUNT_ACTION' ? readContent('discount', json, where) : readContent('listing', json, where);
}

type WorkingRow = { id: string; kind: OfferKind; status: OfferStatus; content: unknown };

/** A row whose `content` is read: the wizard's draft while it is a PROPOSAL, the offer's content after. */
export type WithContent<R extends WorkingRow> =
  | (Omit<R, 'status' | 'content'> & { status: 'PROPOSAL'; content: ProposalContent })
  | (Omit<R, 'status' | 'content'> & { status: Exclude<OfferStatus, 'PROPOSAL'>; content: OfferContent });

/** The row with its working copy (`Offer.content`) read by what the row is; null (logged) when it does not parse. */
export function withContent<R extends WorkingRow>(row: R): WithContent<R> | null {
  const { status } = row;
  if (status === 'PROPOSAL') {
    const content = readContent('proposal', row.content, { offerId: row.id, column: 'Offer.content' });
    return content && { ...row, status, content };
  }
  const content = readOfferContent(row, row.content, 'Offer.content');
  return content && { ...row, status, content };
}
