import { prisma } from '@/lib/db';
import type { OfferStatus } from '@/lib/generated/prisma/enums';
import { toIsoDate, todayInDordrecht } from '@/lib/i18n/format';
import { diffContent, type FieldChange } from './diff';
import type { OfferContent } from './schema';
import { toOfferView, type OfferView } from './view';
import { photoSources } from '@/lib/photos/sources';
import { orgName } from '@/lib/partners/names';

const photoSelect = { select: { variants: true, width: true, height: true } } as const;

/** A credit listing's status in the queue; proposals (PROPOSAL, SUBMITTED) belong to discount actions. */
export type QueueStatus = Exclude<OfferStatus, 'PROPOSAL' | 'SUBMITTED'> | 'NONE';

/** The editors' work queue: every confirmed partner that offers credit spending, with its listing's status. */
export async function editorQueue() {
  const organisations = await prisma.organisation.findMany({
    where: { status: 'CONFIRMED', partnerType: { in: ['CREDIT', 'BOTH'] } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      legalName: true,
      displayName: true,
      category: true,
      createdAt: true,
      offers: { where: { kind: 'CREDIT_LISTING' }, select: { status: true, updatedAt: true, slug: true, publishedAt: true } },
    },
  });
  const rows = organisations.map((o) => ({
    id: o.id,
    name: orgName(o),
    category: o.category,
    status: (o.offers[0]?.status ?? 'NONE') as QueueStatus,
    online: Boolean(o.offers[0]?.publishedAt),
    since: o.offers[0]?.updatedAt ?? o.createdAt,
  }));
  const counts: Record<QueueStatus, number> = { NONE: 0, DRAFT: 0, AWAITING_PARTNER: 0, CHANGES_REQUESTED: 0, PUBLISHED: 0, WITHDRAWN: 0 };
  for (const r of rows) counts[r.status]++;
  return { rows, counts };
}

/** The editors' discount actions: every submitted one (proposals being written are the partner's). */
export async function discountQueue() {
  const offers = await prisma.offer.findMany({
    where: { kind: 'DISCOUNT_ACTION', status: { not: 'PROPOSAL' } },
    orderBy: { updatedAt: 'asc' },
    select: {
      id: true,
      status: true,
      content: true,
      updatedAt: true,
      publishedAt: true,
      validUntil: true,
      organisation: { select: { displayName: true, legalName: true } },
    },
  });
  return offers.map((o) => ({
    id: o.id,
    name: orgName(o.organisation),
    title: (o.content as OfferContent).title,
    status: o.status,
    online: Boolean(o.publishedAt) && !isExpired(o.validUntil),
    expired: Boolean(o.publishedAt) && isExpired(o.validUntil),
    since: o.updatedAt,
  }));
}

/** One discount action for the editor, with its organisation and photos. */
export function editorDiscountAction(offerId: string) {
  return prisma.offer.findFirst({
    where: { id: offerId, kind: 'DISCOUNT_ACTION', status: { not: 'PROPOSAL' } },
    include: {
      photo: photoSelect,
      organisation: {
        include: { photo: photoSelect, users: { where: { role: 'PARTNER' }, select: { name: true, email: true, phone: true } } },
      },
    },
  });
}

/**
 * One entry of an offer's history. `proposal` is the number of the version the partner was asked
 * to approve ("Voorstel 1, 2, …"), on the sending and on the partner's answer to it; other entries
 * have none. The row's `version` (optimistic concurrency, raised by every autosave of the wizard)
 * means nothing to a person and is not shown.
 */
export type HistoryEntry = {
  id: string;
  action: string;
  actorName: string;
  comment: string | null;
  proposal: number | null;
  at: Date;
  changes: FieldChange[];
};

/** The history of an offer, newest first, each save with the fields it changed. */
export async function offerHistory(offerId: string): Promise<HistoryEntry[]> {
  const events = await prisma.offerEvent.findMany({ where: { offerId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  let previous: OfferContent | null = null;
  // The partner answers the version it was sent: its number is that sending's.
  const proposalOfVersion = new Map<number, number>();
  const entries = events.map((e) => {
    const content = e.content as OfferContent;
    const changes = e.action === 'saved' ? diffContent(previous, content) : [];
    // A submitted proposal is where the editors' changes start from.
    if (e.action === 'saved' || e.action === 'submitted') previous = content;
    if (e.action === 'sent') proposalOfVersion.set(e.version, proposalOfVersion.size + 1);
    const proposal = ['sent', 'commented', 'approved'].includes(e.action) ? (proposalOfVersion.get(e.version) ?? null) : null;
    return { id: e.id, action: e.action, actorName: e.actorName, comment: e.comment, proposal, at: e.createdAt, changes };
  });
  return entries.reverse();
}

/** The partner's latest comment while the editors have not sent a new proposal since (newest-first history). */
export function openPartnerComment(history: HistoryEntry[]): HistoryEntry | null {
  for (const entry of history) {
    if (entry.action === 'sent' || entry.action === 'approved') return null;
    if (entry.action === 'commented') return entry;
  }
  return null;
}

/** The number of the proposal the partner is asked to approve now, if any. */
export function currentProposal(history: HistoryEntry[]): number | null {
  const latest = history.find((e) => e.action === 'sent' || e.action === 'commented' || e.action === 'approved' || e.action === 'saved');
  return latest?.action === 'sent' ? latest.proposal : null;
}

/** One organisation for the editor, with its credit listing (draft content) and photo. */
export function editorOrganisation(organisationId: string) {
  return prisma.organisation.findUnique({
    where: { id: organisationId },
    include: {
      photo: photoSelect,
      users: { where: { role: 'PARTNER' }, select: { name: true, email: true, phone: true } },
      offers: { where: { kind: 'CREDIT_LISTING' }, include: { photo: photoSelect } },
    },
  });
}

type PhotoRow = { variants: unknown; width: number; height: number };

/** The photo the editor's form offers to keep: the offer's own, or else the organisation's. */
export function keepablePhoto(
  offer: { photoId: string | null; photo: PhotoRow | null } | null,
  organisation: { photoId: string | null; photo: PhotoRow | null },
) {
  const own = offer?.photoId && offer.photo ? { id: offer.photoId, row: offer.photo } : null;
  const theirs = organisation.photoId && organisation.photo ? { id: organisation.photoId, row: organisation.photo } : null;
  const photo = own ?? theirs;
  return photo ? { id: photo.id, sources: photoSources(photo.row) } : null;
}

/** The draft as it would be published: the preview's data, same shape as the public page. */
export function draftView(
  offer: {
    kind: 'CREDIT_LISTING' | 'DISCOUNT_ACTION';
    content: unknown;
    photo: { variants: unknown; width: number; height: number } | null;
  },
  organisation: { displayName: string | null; legalName: string },
): OfferView {
  return toOfferView(offer.kind, offer.content as OfferContent, orgName(organisation), offer.photo);
}

/** The partner's offers waiting for its approval. */
export function pendingApprovals(organisationId: string) {
  return prisma.offer.findMany({
    where: { organisationId, status: 'AWAITING_PARTNER' },
    orderBy: { updatedAt: 'asc' },
    select: { id: true, kind: true, content: true, updatedAt: true },
  });
}

/** The partner's offers and where they stand. */
export function partnerOffers(organisationId: string) {
  return prisma.offer.findMany({
    where: { organisationId },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      kind: true,
      status: true,
      slug: true,
      content: true,
      publishedContent: true,
      publishedAt: true,
      validUntil: true,
      createdAt: true,
      updatedAt: true,
    },
  });
}

/** One offer of the partner's own organisation, or null (another organisation's is not found). */
export function partnerOffer(organisationId: string, offerId: string) {
  return prisma.offer.findFirst({
    where: { id: offerId, organisationId },
    include: { photo: photoSelect, organisation: { select: { displayName: true, legalName: true, category: true } } },
  });
}

/** A discount action is shown up to and including its last day (in Dordrecht), then no more. */
export function isExpired(validUntil: Date | null, today = todayInDordrecht()): boolean {
  return validUntil !== null && toIsoDate(validUntil) < today;
}

/** What pass holders see: the published content only, never a draft. */
export async function publishedOffer(slug: string, today = todayInDordrecht()): Promise<(OfferView & { startsOn: string | null }) | null> {
  const offer = await prisma.offer.findUnique({
    where: { slug },
    include: { publishedPhoto: photoSelect, organisation: { select: { displayName: true, legalName: true } } },
  });
  if (!offer || !offer.publishedContent || !offer.publishedAt || isExpired(offer.validUntil, today)) return null;
  // The published period's first day (set on publication): an action that has not started yet says so.
  const start = offer.validFrom ? toIsoDate(offer.validFrom) : null;
  return {
    ...toOfferView(offer.kind, offer.publishedContent as OfferContent, orgName(offer.organisation), offer.publishedPhoto),
    startsOn: start && start > today ? start : null,
  };
}
